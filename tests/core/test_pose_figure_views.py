"""Pictures a patient must copy: side-lying bodies, the views from above, arrows clear of the body."""

import math

import pytest

from ptplanner.core.figure import draw_pictures, draw_pose
from ptplanner.core.figure.arrows import crosses, motion_arrow
from ptplanner.core.figure.constraints import pose_problems
from ptplanner.core.figure.geometry import circle, inside
from ptplanner.core.figure.scene import placed_arrows, pose_camera, posed_skeleton
from ptplanner.core.figure.silhouette import FAR_GREY, NEAR_GREY, body_groups
from ptplanner.core.library import load_library
from ptplanner.core.pose import Arrow, BasePosture, Pictures, Pose, Prop, View
from ptplanner.core.pose_checks import PoseChecks
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
WITH_ARROWS = sorted(
    (e for e in LIBRARY.exercises.values() if e.pictures is not None and any(e.pictures.arrows())),
    key=lambda e: e.id,
)


def limb_groups(pose: Pose):
    """The body's groups by name, in the order they are drawn (back to front)."""
    skeleton = posed_skeleton(pose)
    groups = body_groups(skeleton, pose_camera(pose))
    names = ["trunk", "near arm", "near leg", "far arm", "far leg"]
    named = dict(zip(names, groups, strict=True))
    order = sorted(names, key=lambda name: named[name].depth)
    return named, order


def fill(group) -> float:
    return next(path.fill for path in group.paths if path.fill is not None)


@pytest.mark.parametrize("view", [View.SIDE, View.ABOVE, View.CORNER])
def test_lying_on_one_side_the_top_leg_is_drawn_over_the_bottom_one(view):
    # The bottom knee bent forward is nearer the viewer of the side view than the straight top
    # leg; the top leg must still be the one in front, in the darker grey.
    named, order = limb_groups(
        Pose(base="side-lying", view=view, near_hip=0, near_knee=0, far_hip=60, far_knee=90)
    )
    assert order.index("far leg") < order.index("trunk") < order.index("near leg")
    assert order.index("far arm") < order.index("trunk") < order.index("near arm")
    assert fill(named["near leg"]) == NEAR_GREY
    assert fill(named["far leg"]) == FAR_GREY


def test_lying_on_the_back_the_legs_keep_their_side_view_order():
    named, order = limb_groups(Pose(base="hook-lying"))
    assert order.index("far leg") < order.index("near leg")
    assert fill(named["far leg"]) == FAR_GREY


def test_side_lying_rests_on_its_side_with_the_upper_hand_on_the_hip():
    pose = Pose(base="side-lying")
    skeleton = posed_skeleton(pose)
    joints = skeleton.joints
    assert joints["near_hip"][1] > joints["far_hip"][1] + 0.15  # hips stacked, near on top
    assert joints["near_knee"][2] > 0.1  # knees bent forward
    checks = PoseChecks(touching=["side"], hand_on="hips", top_leg="near")
    assert pose_problems(pose, skeleton, checks) == []


def test_a_pillow_under_the_head_shows_around_the_head_of_a_body_on_its_side():
    pose = Pose(base="side-lying", props=[Prop.PILLOW_UNDER_HEAD])
    skeleton = posed_skeleton(pose)
    camera = pose_camera(pose)
    head = circle(camera.screen(skeleton.joints["head"]), 0.068, 32)
    pillow = next(path for path in draw_pose(pose).paths if path.fill == 0.9 and len(path.points) > 40)
    outside = [point for point in pillow.points if not inside(point, head)]
    assert min(x for x, _ in outside) < min(x for x, _ in head) - 0.03
    assert max(x for x, _ in outside) > max(x for x, _ in head) + 0.03
    # It lies between the floor and the head.
    assert min(y for _, y in pillow.points) < min(y for _, y in head)


@pytest.mark.parametrize("base", [BasePosture.HOOK_LYING, BasePosture.SIDE_LYING])
def test_the_corner_view_looks_from_the_feet_end(base):
    pose = Pose(base=base, view=View.CORNER)
    skeleton = posed_skeleton(pose)
    camera = pose_camera(pose)
    assert camera.depth(skeleton.joints["near_foot"]) > camera.depth(skeleton.joints["head"])
    assert camera.depth(skeleton.joints["near_knee"]) > camera.depth(skeleton.joints["far_knee"])


def test_in_the_corner_view_a_knee_falling_out_moves_across_the_picture():
    def knee_shift(view):
        start = Pose(base="hook-lying", view=view)
        end = Pose(base="hook-lying", view=view, near_hip_abduction=50, near_hip_rotation=35)
        (x0, y0), (x1, y1) = (
            pose_camera(p).screen(posed_skeleton(p).joints["near_knee"]) for p in (start, end)
        )
        return abs(x1 - x0), math.hypot(x1 - x0, y1 - y0)

    side_across, _ = knee_shift(View.SIDE)
    corner_across, corner_total = knee_shift(View.CORNER)
    assert corner_across > 2 * side_across
    assert corner_across > 0.1 and corner_total > 0.15


def test_a_mat_seen_from_above_lies_under_the_whole_body():
    for view in (View.ABOVE, View.CORNER):
        pose = Pose(base="side-lying", view=view, props=[Prop.MAT])
        skeleton = posed_skeleton(pose)
        camera = pose_camera(pose)
        top = next(path for path in draw_pose(pose).paths if path.fill == 0.93)
        for x, _, z in skeleton.joints.values():
            assert inside(camera.screen((x, 0.02, z)), top.points)


def test_the_knees_of_the_inner_thigh_stretch_come_to_rest_over_their_pillows():
    pictures = LIBRARY.exercises["inner-thigh-stretch"].pictures
    skeleton = posed_skeleton(pictures.end)
    camera = pose_camera(pictures.end)
    pillows = [
        path.points
        for path in draw_pictures(pictures)[1].paths
        if path.fill == 0.9 and len(path.points) > 20 and path.stroke is not None
    ]
    assert len(pillows) == 2
    for side in ("near", "far"):
        x, _, z = skeleton.joints[f"{side}_knee"]
        under = camera.screen((x, 0.05, z))
        assert any(inside(under, pillow) for pillow in pillows)


def test_the_clamshell_opens_the_top_knee_with_the_feet_together():
    pictures = LIBRARY.exercises["clamshell"].pictures
    start, end = posed_skeleton(pictures.start), posed_skeleton(pictures.end)
    assert end.joints["near_knee"][1] > start.joints["near_knee"][1] + 0.1
    assert math.dist(end.joints["near_ankle"], start.joints["near_ankle"]) < 0.05
    assert math.dist(end.joints["near_ankle"], end.joints["far_ankle"]) < 0.12


def test_in_a_knee_fall_out_the_foot_stays_on_the_floor():
    pictures = LIBRARY.exercises["bent-knee-fall-out"].pictures
    start, end = posed_skeleton(pictures.start), posed_skeleton(pictures.end)
    for skeleton in (start, end):
        sole = min(skeleton.joints["near_heel"][1] - 0.026, skeleton.joints["near_foot"][1] - 0.015)
        assert sole == pytest.approx(0.02, abs=0.015)  # on the mat
    assert end.joints["near_knee"][1] < start.joints["near_knee"][1] - 0.05


def test_the_side_plank_leans_on_a_forearm_under_the_shoulder():
    end = posed_skeleton(LIBRARY.exercises["side-plank"].pictures.end)
    shoulder, elbow, hand = (end.joints[f"far_{name}"] for name in ("shoulder", "elbow", "hand"))
    assert abs(elbow[0] - shoulder[0]) < 0.05  # the elbow right under the shoulder
    assert elbow[1] < 0.1 and hand[1] < 0.1  # the forearm flat on the mat
    assert (
        end.joints["pelvis"][1]
        > posed_skeleton(LIBRARY.exercises["side-plank"].pictures.start).joints["pelvis"][1]
    )


def test_an_arrow_is_moved_off_a_body_part_in_its_way():
    # The knee falls out across the thigh in the corner view: straight out from the knee the
    # arrow would lie over the leg.
    pictures = Pictures(
        start=Pose(base="hook-lying", view=View.CORNER),
        end=Pose(base="hook-lying", view=View.CORNER, near_hip_abduction=50, near_hip_rotation=35),
        arrow=Arrow(at="near_knee"),
    )
    skeleton, end = (posed_skeleton(pose) for pose in pictures.poses())
    camera = pose_camera(pictures.start)
    outlines = [path.points for group in body_groups(skeleton, camera) for path in group.paths if path.fill]
    plain = motion_arrow(pictures.arrow, skeleton, end, camera)
    placed = motion_arrow(pictures.arrow, skeleton, end, camera, outlines)
    assert crosses(plain, outlines)
    assert not crosses(placed, outlines)
    # Still beside the knee, pointing the same way.
    knee = camera.screen(skeleton.joints["near_knee"])
    assert math.dist(placed[0], knee) < 0.25
    direction = lambda segment: math.atan2(segment[1][1] - segment[0][1], segment[1][0] - segment[0][0])
    assert direction(placed) == pytest.approx(direction(plain))


def test_crossing_counts_the_arrows_white_halo():
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
    assert crosses(((0.5, 0.5), (0.5, 2.0)), [square])  # starts inside
    assert crosses(((1.01, -1.0), (1.01, 2.0)), [square])  # grazes the edge
    assert not crosses(((1.1, -1.0), (1.1, 2.0)), [square])


@pytest.mark.parametrize("exercise", WITH_ARROWS, ids=lambda e: e.id)
def test_no_bundled_arrow_crosses_the_body(exercise):
    pictures = exercise.pictures
    skeletons = [posed_skeleton(pose) for pose in pictures.poses()]
    placed = placed_arrows(pictures, skeletons)
    assert [arrow is not None for arrow in placed] == [arrow is not None for arrow in pictures.arrows()]
    for arrow in filter(None, placed):
        segment, outlines = arrow
        assert segment is not None
        assert not crosses(segment, outlines)


def picture_point(pose, joint):
    """Where a joint is on the drawn picture: mirrored pictures flip it."""
    x, y = pose_camera(pose).screen(posed_skeleton(pose).joints[joint])
    return (-x if pose.mirrored else x), y


def test_a_mirrored_picture_is_the_same_picture_turned_left_for_right():
    pose = Pose(base="hook-lying", props=[Prop.BED])
    mirrored = pose.model_copy(update={"mirrored": True})
    plain, flipped = draw_pose(pose), draw_pose(mirrored)
    assert len(plain.paths) == len(flipped.paths)
    for path, turned in zip(plain.paths, flipped.paths, strict=True):
        assert turned.points == tuple((-x, y) for x, y in path.points)
    assert flipped.left == pytest.approx(-(plain.left + plain.width))
    # Lying on the back, the head is now at the right, where a body on its side has it.
    head, pelvis = (picture_point(mirrored, joint)[0] for joint in ("head", "pelvis"))
    side_lying = Pose(base="side-lying")
    assert head > pelvis
    assert picture_point(side_lying, "head")[0] > picture_point(side_lying, "pelvis")[0]


def test_an_arrow_on_a_mirrored_picture_points_as_the_reader_sees_it():
    def tip_minus_tail(pictures):
        (x0, _), (x1, _) = placed_arrows(pictures, [posed_skeleton(p) for p in pictures.poses()])[0][0]
        return x1 - x0 if not pictures.start.mirrored else x0 - x1  # as drawn: the mirror flips it

    for mirrored in (False, True):
        start = Pose(base="standing", mirrored=mirrored)
        assert tip_minus_tail(Pictures(start=start, arrow=Arrow(at="pelvis", direction="right"))) > 0
        # Toward the next picture as it is drawn, whichever of the two is mirrored.
        step = Pictures(
            start=start,
            end=Pose(base="standing", near_hip=70, near_knee=80, mirrored=not mirrored),
            arrow=Arrow(at="near_knee"),
        )
        start_knee, end_knee = (picture_point(pose, "near_knee") for pose in step.poses())
        assert math.copysign(1, tip_minus_tail(step)) == math.copysign(1, end_knee[0] - start_knee[0])


def test_the_log_roll_goes_from_the_back_to_the_side_to_sitting_with_the_head_at_one_end():
    pictures = LIBRARY.exercises["log-roll"].pictures
    start, middle, end = pictures.poses()
    assert (start.base, middle.base, end.base) == ("hook-lying", "side-lying", "sitting")
    assert all(Prop.BED in pose.props for pose in pictures.poses())
    drawings = draw_pictures(pictures)
    assert len(drawings) == 3
    for pose in (start, middle):
        assert picture_point(pose, "head")[0] > picture_point(pose, "pelvis")[0]
    skeleton = posed_skeleton(middle)
    assert skeleton.lies_on_side()
    assert skeleton.joints["near_hand"][1] < skeleton.joints["near_shoulder"][1] - 0.1  # pushing on the bed
    # The roll: a curved arrow on the start; the push up: an arrow from the head, upward, on the middle.
    placed = placed_arrows(pictures, [posed_skeleton(pose) for pose in pictures.poses()])
    assert placed[0] is not None and pictures.arrow.curve != 0 and placed[2] is None
    (x0, y0), (x1, y1) = placed[1][0]
    assert y1 - y0 > 0.05 and abs(x1 - x0) < 1e-9
