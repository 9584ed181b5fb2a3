"""Pictures that show where the exercise happens and what moves: the pool's wall and water, a counter
within reach, a slope, feet heel to toe, a hand lying on the belly, a rocking pelvis, a golf swing."""

import math

import pytest

from ptplanner.core.figure.constraints import pose_problems
from ptplanner.core.figure.contacts import trunk_samples
from ptplanner.core.figure.body import HEAD_RADIUS
from ptplanner.core.figure.props import PropScene, prop_lift
from ptplanner.core.figure.props.equipment import dowel
from ptplanner.core.figure.props.furniture import counter
from ptplanner.core.figure.props.ground import slope_line
from ptplanner.core.figure.props.nearby import RAIL_BESIDE_TOP
from ptplanner.core.figure.props.pool import DECK_TOP, WATER_LEVEL, pool_wall, water
from ptplanner.core.figure.scene import pose_camera, posed_skeleton
from ptplanner.core.library import load_library
from ptplanner.core.pose import Pose, Prop
from ptplanner.core.pose_checks import PoseChecks
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
POOL_EDGE = sorted(
    (e for e in LIBRARY.exercises.values() if any(Prop.POOL_EDGE in p.props for p in e.pictures.poses())),
    key=lambda e: e.id,
)
# Equipment the steps use that a picture must draw: the prop that shows it.
COUNTER_PROPS = {Prop.COUNTER, Prop.COUNTER_BESIDE, Prop.COUNTER_AT_FAR_SIDE}
DRAWN_EQUIPMENT = {"counter": COUNTER_PROPS, "pool": {Prop.POOL}}
COUNTERS = sorted(
    (e for e in LIBRARY.exercises.values() if any(Prop.COUNTER in p.props for p in e.pictures.poses())),
    key=lambda e: e.id,
)
# Tandem walking as it was first drawn: an ordinary stride, the feet a hip's width apart.
ORDINARY_STRIDE = dict(near_hip=9, far_hip=-9)
TANDEM = dict(near_hip=10, far_hip=-10, near_ankle=10, far_ankle=-10)
TANDEM |= dict(near_hip_abduction=-10, far_hip_abduction=-10)
# A hand on the belly as it was first drawn: the forearm up from the elbow, the hand in the air.
HAND_IN_THE_AIR = dict(near_shoulder=20, near_elbow=100)
HAND_IN_THE_AIR |= dict(near_shoulder_rotation=-80, near_shoulder_abduction=20)


def problems(checks: dict, **pose) -> list[str]:
    pose = Pose(**pose)
    return pose_problems(pose, posed_skeleton(pose), PoseChecks.model_validate(checks))


def scene(pose: Pose) -> PropScene:
    skeleton = posed_skeleton(pose)
    return PropScene(pose, skeleton, pose_camera(pose), prop_lift(pose, skeleton))


def test_every_exercise_draws_the_counter_or_pool_its_steps_use():
    missing = []
    for exercise in LIBRARY.exercises.values():
        drawn = {prop for pose in exercise.pictures.poses() for prop in pose.props}
        for equipment, props in DRAWN_EQUIPMENT.items():
            if equipment in exercise.equipment and not drawn & props:
                missing.append(f"{exercise.id}: {equipment}")
    assert missing == []


@pytest.mark.parametrize("exercise", COUNTERS, ids=lambda e: e.id)
def test_a_counter_stays_at_one_height_from_picture_to_picture(exercise):
    tops = []
    for pose in exercise.pictures.poses():
        if Prop.COUNTER in pose.props:
            drawn = counter(scene(pose))
            tops.append(max(y for group in drawn for path in group.paths for _, y in path.points))
    assert max(tops) - min(tops) <= 0.02  # the hands rest on it; it does not rise with them


@pytest.mark.parametrize("exercise", POOL_EDGE, ids=lambda e: e.id)
def test_the_water_stops_at_the_pool_wall_below_the_deck_that_is_held(exercise):
    for pose in exercise.pictures.poses():
        seen = scene(pose)
        wall = pool_wall(seen)
        surface = [point for group in water(seen) for path in group.paths for point in path.points]
        assert max(x for x, _ in surface) <= wall + 1e-9
        assert max(y for _, y in surface) < DECK_TOP - 0.06
        assert max(y for x, y in surface if x > wall - 0.05) == pytest.approx(WATER_LEVEL, abs=0.015)


def test_a_pool_edge_held_off_its_deck_is_caught():
    held_high = dict(base="standing", props=["pool", "pool-edge"], far_shoulder=90, far_elbow=0)
    assert "no hand on the pool edge" in problems({"hand_on": "pool edge"}, **held_high)[0]
    assert problems({"hand_on": "pool edge"}, **{**held_high, "far_shoulder": 76}) == []


def test_heel_to_toe_feet_are_in_one_line_the_front_heel_at_the_back_toes():
    assert problems({"feet": "heel_to_toe"}, base="standing", **TANDEM) == []
    stride = problems({"feet": "heel_to_toe"}, base="standing", **ORDINARY_STRIDE)
    assert stride[0].startswith("feet not in one line")
    apart = {**TANDEM, "near_hip": 25, "far_hip": -25}
    assert problems({"feet": "heel_to_toe"}, base="standing", **apart)[0].startswith("front heel not at")


@pytest.mark.parametrize("name", ["start", "end"])
def test_hill_walking_stands_on_a_slope_that_rises_ahead(name):
    pose = getattr(LIBRARY.exercises["outdoor-walking"].pictures, name)
    joints = posed_skeleton(pose).joints
    (x0, y0), (x1, y1) = slope_line(joints)
    rise = (y1 - y0) / (x1 - x0)
    assert 0.1 < rise < 0.35  # a gentle slope, about 6 to 19 degrees
    for side in ("near", "far"):  # each foot's sole rests on the slope
        soles = [(joints[f"{side}_heel"], 0.026), (joints[f"{side}_foot"], 0.015)]
        gaps = [p[1] - radius - (y0 + rise * (p[0] - x0)) for p, radius in soles]
        assert min(gaps) == pytest.approx(0.0, abs=0.015)
        assert min(gaps) > -0.015


def test_a_hand_held_up_off_the_belly_is_caught_and_one_lying_on_it_passes():
    held = problems({"hand_on": "belly"}, base="hook-lying", props=["mat"], **HAND_IN_THE_AIR)
    assert held and "off the body, not lying on it" in held[0]
    lying = {**HAND_IN_THE_AIR, "near_wrist": 40}
    assert problems({"hand_on": "belly"}, base="hook-lying", props=["mat"], **lying) == []


def test_belly_breathing_shows_the_belly_rise_under_the_hand():
    pictures = LIBRARY.exercises["diaphragmatic-breathing"].pictures
    start, end = (posed_skeleton(pose).joints for pose in (pictures.start, pictures.end))
    assert end["belly"][1] - start["belly"][1] > 0.04
    assert end["near_hand"][1] - start["near_hand"][1] > 0.03  # the hand on the belly rides up on it
    assert abs(end["chest"][1] - start["chest"][1]) < 0.01


def test_the_seated_pelvic_tilt_rocks_the_pelvis_not_the_shoulders():
    pictures = LIBRARY.exercises["seated-pelvic-tilt"].pictures
    start, end = (posed_skeleton(pose) for pose in (pictures.start, pictures.end))

    def lean(skeleton, index: int) -> float:  # of a slice of the trunk, forward from upright
        front = skeleton.sections[index].front
        return math.degrees(math.atan2(-front[1], front[0]))

    assert lean(start, 1) - lean(end, 1) > 25  # the pelvis rolls back
    assert abs(lean(start, 4) - lean(end, 4)) < 12  # the chest hardly moves
    assert pictures.arrow is not None and pictures.arrow.at.value == "pelvis"


def test_the_golf_swing_turns_hips_and_shoulders_together_with_the_club_in_both_hands():
    pictures = LIBRARY.exercises["golf-half-swing"].pictures
    skeletons = [posed_skeleton(pose) for pose in pictures.poses()]
    assert len(skeletons) == 3  # address, half back-swing, through-swing

    def facing(skeleton, left: str, right: str) -> float:  # degrees the line between two joints turns
        a, b = skeleton.joints[left], skeleton.joints[right]
        return math.degrees(math.atan2(a[0] - b[0], a[2] - b[2]))

    address, back, through = skeletons
    for turned, sign in ((back, -1), (through, 1)):
        for left, right in (("near_hip", "far_hip"), ("near_shoulder", "far_shoulder")):
            assert sign * (facing(turned, left, right) - facing(address, left, right)) > 25
    for skeleton in skeletons:
        assert math.dist(skeleton.joints["near_wrist"], skeleton.joints["far_wrist"]) < 0.06
        for side in ("near", "far"):  # the feet stay planted
            assert math.dist(skeleton.joints[f"{side}_ankle"], address.joints[f"{side}_ankle"]) < 0.05
    for swung, side in ((back, 1), (through, -1)):  # hands at shoulder height, on that side
        hands = swung.joints["near_hand"]
        assert hands[1] > swung.joints["near_shoulder"][1] - 0.08
        assert side * hands[2] > 0.15


def test_the_lying_pelvic_tilt_flattens_the_low_back_onto_the_mat():
    pictures = LIBRARY.exercises["pelvic-tilt"].pictures

    def low_back_gap(pose: Pose) -> float:  # the waist's underside above the lowest of the trunk
        lows = trunk_samples(posed_skeleton(pose))
        return lows[2].point[1] - min(sample.point[1] for sample in lows)

    assert low_back_gap(pictures.start) - low_back_gap(pictures.end) > 0.01


def test_the_step_up_holds_a_rail_that_stays_put():
    pictures = LIBRARY.exercises["step-up"].pictures
    for pose in pictures.poses():
        assert Prop.RAIL_BESIDE in pose.props
        hand = scene(pose).at("far_hand")
        assert hand[1] - RAIL_BESIDE_TOP == pytest.approx(0.015, abs=0.02)  # resting on the bar


@pytest.mark.parametrize("name", ["start", "end"])
def test_the_stick_of_the_hip_hinge_touches_the_back_of_the_head_without_cutting_through_it(name):
    pose = getattr(LIBRARY.exercises["hip-hinge-with-dowel"].pictures, name)
    seen = scene(pose)
    (x0, y0), (x1, y1) = dowel(seen)[0].paths[0].points
    hx, hy = seen.at("head")
    off = abs((x1 - x0) * (hy - y0) - (y1 - y0) * (hx - x0)) / math.hypot(x1 - x0, y1 - y0)
    assert off == pytest.approx(HEAD_RADIUS + 0.012 + 0.011, abs=0.012)  # the stick's half width
