"""Pictures fixed after a fourth review, each against its own steps: the hands reaching back to the toilet
seat before sitting, a bag in each hand. Checked on the drawing's geometry, not its pixels."""

import math

from ptplanner.core.figure.constraints import pictures_problems
from ptplanner.core.figure.contacts import surfaces
from ptplanner.core.figure.hands import hand_problem
from ptplanner.core.figure.props import PropScene, prop_lift
from ptplanner.core.figure.props.equipment import bags
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


def _to_segment(point, a, b) -> float:
    ab = (b[0] - a[0], b[1] - a[1])
    t = max(0.0, min(1.0, ((point[0] - a[0]) * ab[0] + (point[1] - a[1]) * ab[1]) / (ab[0] ** 2 + ab[1] ** 2)))
    return math.dist(point, (a[0] + ab[0] * t, a[1] + ab[1] * t))


def test_carrying_shows_a_bag_in_each_hand_the_far_one_not_hidden_behind_the_near_bag_or_leg():
    assert any("two light bags, one for each hand" in step for step in LIBRARY.exercises["carrying-close"].steps)
    for scene in _scenes("carrying-close"):
        far_group, near_group = bags(scene)
        (far_bag,) = [path for path in far_group.paths if path.closed]
        (near_bag,) = [path for path in near_group.paths if path.closed]
        assert far_group.depth < near_group.depth  # the far bag hangs behind the body, the near one in front
        near_xs = [x for x, _ in near_bag.points]
        xs, ys = [x for x, _ in far_bag.points], [y for _, y in far_bag.points]
        middle = (min(ys) + max(ys)) / 2
        # Across the far bag's middle, most of it shows: not behind the near bag, nor the near leg.
        leg = [scene.at(f"near_{joint}") for joint in ("hip", "knee", "ankle")]
        across = [min(xs) + (max(xs) - min(xs)) * i / 40 for i in range(41)]
        seen = [
            x
            for x in across
            if not min(near_xs) <= x <= max(near_xs)
            and min(_to_segment((x, middle), a, b) for a, b in zip(leg, leg[1:])) > 0.045
        ]
        assert len(seen) > 0.6 * len(across)
