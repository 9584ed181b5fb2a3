"""Pictures fixed after a fourth review, each against its own steps: the hands reaching back to the toilet
seat before sitting. Checked on the drawing's geometry, not its pixels."""

from ptplanner.core.figure.constraints import pictures_problems
from ptplanner.core.figure.contacts import surfaces
from ptplanner.core.figure.hands import hand_problem
from ptplanner.core.figure.props import PropScene, prop_lift
from ptplanner.core.figure.scene import fellows, pose_camera, posed_skeletons
from ptplanner.core.library import load_library
from ptplanner.core.pose import BasePosture
from ptplanner.core.pose_checks import Target
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())


def _scenes(exercise_id: str) -> list[PropScene]:
    """Each picture of the exercise as its props see it, with the pictures that place the fixed props."""
    poses = LIBRARY.exercises[exercise_id].pictures.poses()
    bodies = posed_skeletons(poses)
    return [
        PropScene(pose, body, pose_camera(pose), prop_lift(pose, body), fellows(poses, bodies, pose))
        for pose, body in zip(poses, bodies, strict=True)
    ]


def test_using_the_toilet_reaches_back_to_the_seat_with_both_hands_as_the_body_starts_to_sit():
    exercise = LIBRARY.exercises["using-the-toilet"]
    assert any("Reach back for the seat" in step for step in exercise.steps)
    assert pictures_problems(exercise.pictures) == []
    start, end = _scenes("using-the-toilet")
    assert start.pose.base is BasePosture.STANDING and end.pose.base is BasePosture.SITTING
    # The toilet's seat stands behind the body where the end picture sits on it, and both palms rest on it.
    (seat,) = [s for s in surfaces(start.pose, start.skeleton, start.fellows) if s.name == "seat"]
    assert hand_problem(Target.SEAT, True, start.pose, start.skeleton, start.fellows) is None
    joints = start.skeleton.joints
    for side in ("near", "far"):
        hand = joints[f"{side}_hand"]
        assert seat.span[0] < hand[0] < seat.span[1]
        assert hand[0] < joints["near_shoulder"][0] - 0.1  # reaching back, behind the shoulders
    # Starting to sit: hips and knees bent, the buttocks still above the seat.
    assert joints["near_hip"][1] - 0.06 - seat.top > 0.03
    assert joints["near_hip"][1] < end.skeleton.joints["near_hip"][1] + 0.15
