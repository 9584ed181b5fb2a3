"""Pictures fixed after a third review, each against its own steps: the chair's arms the hands push from,
the counter held while stepping over a box, a golf swing whose arms and shoulders turn, belly breathing
that reads at handout size. Checked on the drawing's geometry, not its pixels."""

import math

import pytest

from ptplanner.core.figure.hands import hand_problem
from ptplanner.core.figure.props.base import BACK
from ptplanner.core.figure.props.furniture import armchair, armrest
from ptplanner.core.pose import BasePosture, Prop
from ptplanner.core.pose_checks import Target
from tests.core.picture_scenes import LIBRARY, exercise_scenes, to_segment


@pytest.mark.parametrize("exercise_id", ["sit-to-stand", "sitting-posture", "sitting-down-safely"])
def test_a_chair_with_arms_is_drawn_with_them_and_the_hands_resting_on_them(exercise_id):
    assert any("chair with arms" in step for step in LIBRARY.exercises[exercise_id].steps)
    start, end = exercise_scenes(exercise_id)
    for scene in (start, end):  # "a firm chair with arms", the same chair in both pictures
        assert Prop.ARMCHAIR in scene.pose.props and Prop.CHAIR not in scene.pose.props
    assert armrest(start) == armrest(end)
    back, front, top = armrest(start)
    joints = start.skeleton.joints
    for side in ("near", "far"):  # both palms on the arm, toward its front end, to push from
        palm = [(a + b) / 2 for a, b in zip(joints[f"{side}_wrist"], joints[f"{side}_hand"], strict=True)]
        assert (back + front) / 2 < palm[0] < front + 0.03
        assert 0.0 < palm[1] - top < 0.05  # lying on it, or gripping it from above
    assert hand_problem(Target.CHAIR_ARMS, True, start.pose, start.skeleton, start.fellows) is None
    # Sat on, the arm stands clear above the thigh, so it shows, and is drawn over the near thigh and
    # under the near hand.
    (seated,) = [scene for scene in (start, end) if scene.pose.base is BasePosture.SITTING]
    joints = seated.skeleton.joints
    assert top - 0.032 > joints["near_hip"][1] + 0.05
    (arm,) = [group for group in armchair(seated) if group.depth != BACK]
    depth = seated.camera.depth
    assert depth(joints["near_hip"]) < arm.depth < depth(joints["near_elbow"])


def test_stepping_over_a_box_shows_the_counter_beside_and_a_hand_on_it():
    for scene in exercise_scenes("stepping-over-an-object"):
        props = scene.pose.props
        # "close to a counter ... Hold the counter": beside the body, drawn before the box so the box and
        # the stepping leg show in front of it.
        assert Prop.COUNTER_BESIDE in props and props.index(Prop.COUNTER_BESIDE) < props.index(Prop.OBSTACLE)
        assert hand_problem(Target.COUNTER, False, scene.pose, scene.skeleton, scene.fellows) is None
        joints = scene.skeleton.joints
        assert joints["near_hand"][1] < joints["far_hand"][1] - 0.1  # the near arm free, not on the counter


def test_golf_half_swing_turns_the_shoulders_and_lifts_the_hands_with_both_arms():
    _start, back, through = exercise_scenes("golf-half-swing")
    for scene, lead, trail in ((back, "far", "near"), (through, "near", "far")):
        seen = {name: scene.at(name) for name in scene.skeleton.joints}
        # The shoulders turn on the tilted spine: the lead shoulder drops below the trail one.
        assert seen[f"{trail}_shoulder"][1] - seen[f"{lead}_shoulder"][1] > 0.03
        # The lead arm rises across the body to the hands, not a level bar across the chest.
        shoulder, hand = seen[f"{lead}_shoulder"], seen[f"{lead}_hand"]
        assert math.degrees(math.atan2(hand[1] - shoulder[1], abs(hand[0] - shoulder[0]))) > 10
        # Both hands on the grip, beyond the trail shoulder.
        assert math.dist(seen["near_wrist"], seen["far_wrist"]) < 0.05
        toward_trail = seen[f"{trail}_shoulder"][0] - seen[f"{lead}_shoulder"][0]
        assert (hand[0] - seen[f"{trail}_shoulder"][0]) * toward_trail > 0


def _apart(one: list, other: list) -> float:
    """How close two lines of points drawn on the picture come to each other."""
    return min(
        to_segment(p, a, b)
        for first, second in ((one, other), (other, one))
        for p in first
        for a, b in zip(second, second[1:])
    )


def test_belly_breathing_keeps_the_two_forearms_apart_the_chest_hand_still_and_the_belly_rising():
    start, end = exercise_scenes("diaphragmatic-breathing")
    for scene in (start, end):
        belly_hand = [scene.at(f"near_{joint}") for joint in ("wrist", "hand")]
        chest_arm = [scene.at(f"far_{joint}") for joint in ("shoulder", "elbow", "wrist", "hand")]
        # Read at 3 to 5 cm: nothing of the chest's arm comes near the hand on the belly, not one knot of
        # arms over the waist (at least 8 cm of a body 170 cm tall between them).
        assert _apart(belly_hand, chest_arm) > 0.05
    # "Keep the hand on your chest almost still": the chest's arm does not move between the pictures.
    for joint in ("far_elbow", "far_wrist", "far_hand"):
        assert math.dist(start.at(joint), end.at(joint)) < 0.005
    # "Let your belly rise": the belly and the hand on it go up the picture.
    assert end.at("belly")[1] - start.at("belly")[1] > 0.08
    assert end.at("near_wrist")[1] - start.at("near_wrist")[1] > 0.03
