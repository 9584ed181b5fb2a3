"""Pictures fixed after a fourth review, each against its own steps: the hands reaching back to the toilet
seat before sitting, a bag in each hand, the counter beside side steps, both hands on the stick of a hip
hinge. Checked on the drawing's geometry, not its pixels."""

import itertools
import math

from ptplanner.core.figure.constraints import pictures_problems
from ptplanner.core.figure.contacts import surfaces
from ptplanner.core.figure.hands import hand_problem
from ptplanner.core.figure.props.equipment import bags, dowel
from ptplanner.core.figure.props.nearby import counter_at_far_side
from ptplanner.core.figure.props.soft import band_around_ankles
from ptplanner.core.pose import BasePosture, Prop, View
from ptplanner.core.pose_checks import Placement, Target
from tests.core.picture_scenes import LIBRARY, exercise_scenes, to_segment


def test_using_the_toilet_reaches_back_to_the_seat_with_both_hands_as_the_body_starts_to_sit():
    exercise = LIBRARY.exercises["using-the-toilet"]
    assert any("Reach back for the seat" in step for step in exercise.steps)
    assert pictures_problems(exercise.pictures) == []
    start, end = exercise_scenes("using-the-toilet")
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


def test_carrying_shows_a_bag_in_each_hand_the_far_one_not_hidden_behind_the_near_bag_or_leg():
    assert any("two light bags, one for each hand" in step for step in LIBRARY.exercises["carrying-close"].steps)
    for scene in exercise_scenes("carrying-close"):
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
            and min(to_segment((x, middle), a, b) for a, b in itertools.pairwise(leg)) > 0.045
        ]
        assert len(seen) > 0.6 * len(across)


def test_side_steps_stand_beside_the_counter_one_hand_on_it_the_stepping_leg_and_band_clear_of_it():
    exercise = LIBRARY.exercises["side-steps-with-band"]
    assert any("next to a counter" in step for step in exercise.steps)
    assert pictures_problems(exercise.pictures) == []
    start, end = exercise_scenes("side-steps-with-band")
    counters = []
    for scene in (start, end):
        assert scene.pose.view is View.FRONT and Prop.COUNTER not in scene.pose.props
        checks = exercise.pictures.checks.start if scene is start else exercise.pictures.checks.end
        assert checks.counter is Placement.BESIDE and checks.hand_on is Target.COUNTER
        assert hand_problem(Target.COUNTER, False, scene.pose, scene.skeleton, scene.fellows) is None
        (group,) = counter_at_far_side(scene)
        xs = [x for path in group.paths for x, _ in path.points]
        counters.append((min(xs), max(xs)))
        # Seen from the front, the counter stands at the far side of the picture: nothing of the legs nor
        # the band in front of it, so the step shows.
        legs = [scene.at(f"{side}_{joint}") for side in ("near", "far") for joint in ("hip", "knee", "ankle")]
        band = [x for group in band_around_ankles(scene) for path in group.paths for x, _ in path.points]
        beside = min(xs) - 0.04
        assert max(max(x for x, _ in legs), *band) < beside
        # The near arm is free, only the far hand reaches out onto the counter's top.
        assert scene.at("near_hand")[0] < scene.at("pelvis")[0] < min(xs) < scene.at("far_hand")[0] + 0.03
    assert counters[0] == counters[1]  # the same counter: the near foot steps away from it
    assert end.at("near_ankle")[0] < start.at("near_ankle")[0] - 0.05


def test_hip_hinge_holds_the_stick_behind_the_back_with_both_hands_one_at_the_neck_one_at_the_low_back():
    assert any("broom stick behind your back" in step for step in LIBRARY.exercises["hip-hinge-with-dowel"].steps)
    for scene in exercise_scenes("hip-hinge-with-dowel"):
        (stick,) = dowel(scene)
        low, high = stick.paths[0].points
        along = math.dist(low, high)
        for side, part in (("near", (0.1, 0.45)), ("far", (0.5, 0.9))):
            palm = [(a + b) / 2 for a, b in zip(scene.at(f"{side}_wrist"), scene.at(f"{side}_hand"), strict=True)]
            # On the stick: the near hand at the low back, the far hand behind the neck, not held out in front.
            assert to_segment(palm, low, high) < 0.03
            at = ((palm[0] - low[0]) * (high[0] - low[0]) + (palm[1] - low[1]) * (high[1] - low[1])) / along**2
            assert part[0] < at < part[1]
