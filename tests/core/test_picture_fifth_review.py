"""Pictures fixed after a fifth review, each against its own steps: belly breathing with room between the
two arms, the golf swing's hands at shoulder height, sit to stand with the forearms along the chair arms, a
walk that swings the arm opposite the forward leg, a counter seen end-on that reads as one, the toilet's
arrow clear of the toilet, a bed seen from above that reads as a bed. Checked on the drawing's geometry."""

import itertools
import math

from ptplanner.core.figure.arrows import arc_points, crosses
from ptplanner.core.figure.body import HEAD_RADIUS
from ptplanner.core.figure.props import PropScene, prop_lift
from ptplanner.core.figure.props.daily_living import toilet
from ptplanner.core.figure.props.furniture import armrest, bed
from ptplanner.core.figure.props.nearby import counter_at_far_side
from ptplanner.core.figure.scene import placed_arrows, pose_camera, posed_skeleton, posed_skeletons
from ptplanner.core.pose import Direction, Pose
from tests.core.picture_scenes import LIBRARY, exercise_scenes, to_segment


def _apart(one: list, other: list) -> float:
    """How close two lines of points drawn on the picture come to each other."""
    return min(
        to_segment(p, a, b)
        for first, second in ((one, other), (other, one))
        for p in first
        for a, b in itertools.pairwise(second)
    )


def test_belly_breathing_keeps_the_whole_belly_arm_clear_of_the_chest_arm_its_forearm_lying_on_the_belly():
    assert any("one on your belly" in step for step in LIBRARY.exercises["diaphragmatic-breathing"].steps)
    for scene in exercise_scenes("diaphragmatic-breathing"):
        belly_arm = [scene.at(f"near_{joint}") for joint in ("elbow", "wrist", "hand")]
        chest_arm = [scene.at(f"far_{joint}") for joint in ("shoulder", "elbow", "wrist", "hand")]
        # Not one knot over the waist: the elbow too stays clear of the chest's arm (6 cm of a 170 cm body).
        assert _apart(belly_arm, chest_arm) > 0.035
        # The forearm lies across the belly at a slant, not standing straight up from the mat.
        (ex, ey), (wx, wy) = belly_arm[:2]
        assert math.degrees(math.atan2(abs(wx - ex), abs(wy - ey))) > 20


def test_golf_half_swing_lifts_the_hands_to_shoulder_height_not_to_the_head():
    exercise = LIBRARY.exercises["golf-half-swing"]
    assert any("until your hands reach shoulder height" in step for step in exercise.steps)
    _start, back, through = exercise_scenes("golf-half-swing")
    for scene, lead, trail in ((back, "far", "near"), (through, "near", "far")):
        grip = (scene.at("near_wrist")[1] + scene.at("far_wrist")[1]) / 2
        assert scene.at(f"{lead}_shoulder")[1] < grip < scene.at(f"{trail}_shoulder")[1] + 0.01
        chin = scene.at("head")[1] - HEAD_RADIUS
        assert max(scene.at("near_hand")[1], scene.at("far_hand")[1]) < chin


def test_sit_to_stand_rests_the_forearms_along_the_chair_arms_not_folded_up_behind_the_back():
    start, _end = exercise_scenes("sit-to-stand")
    _back, _front, top = armrest(start)
    for side in ("near", "far"):
        elbow, wrist = start.at(f"{side}_elbow"), start.at(f"{side}_wrist")
        assert 0.0 < elbow[1] - top < 0.04 and 0.0 < wrist[1] - top < 0.04  # along the arm's top
        assert start.at(f"{side}_shoulder")[1] - elbow[1] > 0.09  # the upper arm goes down to it


def test_carrying_swings_the_arm_opposite_the_leg_that_steps_forward():
    for scene in exercise_scenes("carrying-close"):
        arms = scene.at("near_hand")[0] - scene.at("far_hand")[0]
        legs = scene.at("near_ankle")[0] - scene.at("far_ankle")[0]
        assert abs(arms) > 0.03 and abs(legs) > 0.1
        assert arms * legs < 0  # the near arm ahead when the near leg is behind, as in a walk


def test_a_counter_seen_end_on_is_as_deep_as_a_kitchen_counter_its_top_overhanging_over_a_plinth():
    for scene in exercise_scenes("side-steps-with-band"):
        (group,) = counter_at_far_side(scene)
        spans = [(min(x for x, _ in p.points), max(x for x, _ in p.points)) for p in group.paths]
        width = max(right for _, right in spans) - min(left for left, _ in spans)
        assert width > 0.35  # about 60 cm, not a post

        # The side facing the body is its front: the top reaches past the cupboard, the plinth set back.
        def reach(path, pelvis: float = scene.at("pelvis")[0]) -> float:  # how near the body the path comes
            return min(abs(x - pelvis) for x, _ in path.points)

        worktop = max(
            group.paths, key=lambda path: max(x for x, _ in path.points) - min(x for x, _ in path.points)
        )
        plinth = [path for path in group.paths if min(y for _, y in path.points) < 0.01]
        assert plinth and reach(worktop) < min(map(reach, plinth)) - 0.04


def test_the_toilet_arrow_points_down_clear_of_the_toilet():
    exercise = LIBRARY.exercises["using-the-toilet"]
    assert exercise.pictures.arrow.direction is Direction.DOWN
    start = exercise_scenes("using-the-toilet")[0]
    placed = placed_arrows(exercise.pictures, posed_skeletons(exercise.pictures.poses()))[0]
    assert placed is not None and placed[0] is not None
    line = arc_points(*placed[0], exercise.pictures.arrow.curve)
    outlines = [path.points for group in toilet(start) for path in group.paths if path.fill is not None]
    assert outlines and not crosses(line, outlines)


def test_the_bed_seen_from_above_has_legs_a_pillow_at_the_head_and_a_blanket_at_the_foot():
    # A body on its side on the bed, seen from above, as the log roll's middle picture was drawn.
    pose = Pose(
        base="side-lying", view="above", props=["bed"], near_hip=70, far_hip=70, near_knee=110, far_knee=110
    )
    body = posed_skeleton(pose)
    middle = PropScene(pose, body, pose_camera(pose), prop_lift(pose, body))
    paths = [path for group in bed(middle) for path in group.paths]
    xs = [x for path in paths for x, _ in path.points]
    left, right = min(xs), max(xs)
    length = right - left

    def span(path):
        return min(x for x, _ in path.points), max(x for x, _ in path.points)

    def bottom(path):
        return min(y for _, y in path.points)

    # Under the frame (what spans the whole bed), legs.
    frame = min(bottom(path) for path in paths if span(path)[1] - span(path)[0] > 0.9 * length)
    assert min(bottom(path) for path in paths) < frame - 0.04
    head_at_left = middle.at("head")[0] < (left + right) / 2

    def at_end(path, head: bool) -> bool:
        low, high = span(path)
        short = high - low < 0.4 * length
        toward_left = (low + high) / 2 < left + length / 3
        toward_right = (low + high) / 2 > right - length / 3
        return short and (toward_left if head == head_at_left else toward_right)

    assert any(at_end(path, head=True) and path.fill == 1.0 for path in paths)  # the pillow
    assert any(at_end(path, head=False) and path.fill is not None and path.fill < 0.85 for path in paths)


def test_a_bed_seen_from_above_brings_no_second_pillow_where_one_lies_under_the_head():
    for scene in exercise_scenes("turning-over-in-bed"):
        assert "pillow-under-head" in scene.pose.props
        assert not [path for group in bed(scene) for path in group.paths if path.fill == 1.0]
