"""Pictures once judged weak now show their own steps (the old pictures themselves: WRONG_BEFORE in
test_pose_constraints.py)."""

import math

import pytest
from pydantic import ValidationError

from ptplanner.core.figure.constraints import pose_problems
from ptplanner.core.figure.props import PropScene, prop_lift
from ptplanner.core.figure.props.daily_living import band_from_side, step_beside
from ptplanner.core.figure.scene import pose_camera, posed_skeleton
from ptplanner.core.library import load_library
from ptplanner.core.pose import Pictures, Pose
from ptplanner.core.pose_checks import PoseChecks
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())


@pytest.mark.parametrize(
    "exercise_id", ["getting-down-to-the-floor", "getting-up-from-the-floor", "turning-in-place"]
)
def test_a_sequence_of_steps_has_a_picture_for_its_middle_step(exercise_id):
    # Two pictures, one the other's reverse, were all the floor transfers showed: the middle step is checked.
    pictures = LIBRARY.exercises[exercise_id].pictures
    assert pictures.middle is not None and pictures.checks.middle is not None
    start_and_end = {"start": pictures.start.model_dump(), "end": pictures.end.model_dump()}
    with pytest.raises(ValidationError, match="middle"):
        Pictures(**start_and_end, checks=pictures.checks)


def test_getting_down_and_getting_up_show_different_middle_steps():
    down = LIBRARY.exercises["getting-down-to-the-floor"].pictures
    up = LIBRARY.exercises["getting-up-from-the-floor"].pictures
    assert down.checks.middle.hands_on == "chair" and up.checks.middle.hands_on == "knees"
    for name, checks in (("down", down.checks.middle), ("up", up.checks.middle)):
        other = up.middle if name == "down" else down.middle
        assert pose_problems(other, posed_skeleton(other), checks), name


def _heel_over_the_step(pose: Pose) -> bool:
    """Whether the near heel is drawn over the step (inside any face of it) on the picture."""
    skeleton = posed_skeleton(pose)
    scene = PropScene(pose, skeleton, pose_camera(pose), prop_lift(pose, skeleton))
    x, y = scene.at("near_heel")
    faces = [path.points for group in step_beside(scene) for path in group.paths]
    return any(_inside((x, y - 0.026), face) for face in faces)  # the sole, under the heel joint


def _inside(point, polygon) -> bool:
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def test_the_side_step_down_lowers_the_free_heel_beside_the_step_not_over_it():
    pictures = LIBRARY.exercises["lateral-step-down"].pictures
    assert not _heel_over_the_step(pictures.start) and not _heel_over_the_step(pictures.end)
    seen_from_the_side = pictures.end.model_copy(update={"view": "side"})  # as it was drawn
    assert _heel_over_the_step(seen_from_the_side)


def test_the_band_post_stays_beside_the_body_while_the_hands_press_forward():
    pictures = LIBRARY.exercises["anti-rotation-press"].pictures
    anchors = []
    for pose in (pictures.start, pictures.end):
        skeleton = posed_skeleton(pose)
        scene = PropScene(pose, skeleton, pose_camera(pose), prop_lift(pose, skeleton))
        knot = band_from_side(scene)[0].paths[1]
        anchors.append(sum(x for x, _ in knot.points) / len(knot.points))
    assert abs(anchors[0] - anchors[1]) < 0.03


def _drawn_knee_angle(pose: Pose) -> float:
    """The angle at the top knee as the picture shows it, in degrees (180: straight)."""
    skeleton, camera = posed_skeleton(pose), pose_camera(pose)
    hip, knee, ankle = (camera.screen(skeleton.joints[f"near_{joint}"]) for joint in ("hip", "knee", "ankle"))
    a = math.atan2(hip[1] - knee[1], hip[0] - knee[0])
    b = math.atan2(ankle[1] - knee[1], ankle[0] - knee[0])
    return abs(math.degrees((a - b + math.pi) % (2 * math.pi) - math.pi))


@pytest.mark.parametrize("exercise_id", ["femoral-nerve-glide", "quadriceps-stretch-side-lying"])
def test_side_lying_knee_bends_are_seen_bending(exercise_id):
    # Seen from the corner or from above, where the body keeps its proportions, and the bend shows on paper.
    pictures = LIBRARY.exercises[exercise_id].pictures
    assert {pictures.start.view, pictures.end.view} <= {"corner", "above"}
    assert abs(_drawn_knee_angle(pictures.start) - _drawn_knee_angle(pictures.end)) > 45


def test_a_hand_on_the_ankle_is_checked():
    checks = PoseChecks(hand_on="ankle")
    held = LIBRARY.exercises["quadriceps-stretch-side-lying"].pictures.end
    assert pose_problems(held, posed_skeleton(held), checks) == []
    let_go = held.model_copy(update={"near_shoulder": 5, "near_elbow": 5})
    assert pose_problems(let_go, posed_skeleton(let_go), checks)[0].startswith("no hand on the ankle")
