"""The things around the body stay put from picture to picture (a counter does not move while a hand holds
it), and a breath or a draw-in moves the belly enough to see on paper."""

import math

import pytest

from ptplanner.core.figure.compare import belly_shift
from ptplanner.core.figure.constraints import pictures_problems
from ptplanner.core.figure.props import PropScene, prop_lift
from ptplanner.core.figure.props.catalog import DRAWERS
from ptplanner.core.figure.scene import fellows, pose_camera, posed_skeleton, posed_skeletons
from ptplanner.core.library import load_library
from ptplanner.core.pose import Pictures, Pose, Prop
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
EXERCISES = sorted(LIBRARY.exercises.values(), key=lambda e: e.id)

# Furniture, walls, floor coverings and band anchors: nothing in any exercise's steps moves them. (A step
# is drawn under the foot on it, a bike's pedals turn, the body scoots toward a door frame, a band's free
# end goes with the hands: left out or, for bands, only their anchor compared.)
FIXED = {
    Prop.MAT, Prop.BED, Prop.CHAIR, Prop.CHAIR_TO_HOLD, Prop.COUNTER, Prop.COUNTER_BESIDE, Prop.WALL_BEHIND,
    Prop.WALL_IN_FRONT, Prop.RAIL_BESIDE, Prop.DESK, Prop.TOILET, Prop.POOL, Prop.POOL_EDGE,
    Prop.SLOPE, Prop.ITEM_ON_FLOOR, Prop.BAND_TO_DOOR, Prop.BAND_FROM_SIDE,
}  # fmt: skip
MM_PER_BODY = 45  # the body prints at least 4.5 cm long in a handout (test_picture_size.py)


def _prop_points(pictures: Pictures) -> dict[tuple[Prop, str], list[list[tuple[float, float]]]]:
    """Each fixed prop's drawn points in each picture, by (prop, view), leaving out lines to a hand."""
    poses = pictures.poses()
    skeletons = posed_skeletons(poses)
    found: dict[tuple[Prop, str], list[list[tuple[float, float]]]] = {}
    for pose, skeleton in zip(poses, skeletons, strict=True):
        camera = pose_camera(pose)
        scene = PropScene(pose, skeleton, camera, prop_lift(pose, skeleton), fellows(poses, skeletons, pose))
        hands = [scene.at(f"{side}_hand") for side in ("near", "far")]
        for prop in FIXED & set(pose.props):
            points = [
                point
                for group in DRAWERS[prop](scene)
                for path in group.paths
                if not any(math.dist(point, hand) < 1e-6 for point in path.points for hand in hands)
                for point in path.points
            ]
            # A mirrored picture shows the same world mirrored: compare the world, not the paper.
            found.setdefault((prop, f"{pose.view}{pose.mirrored}"), []).append(points)
    return found


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_furniture_walls_and_band_anchors_stay_put_in_every_picture(exercise):
    for (prop, _), drawn in _prop_points(exercise.pictures).items():
        for later in drawn[1:]:
            assert len(later) == len(drawn[0]), f"{prop} drawn differently"
            moved = max((math.dist(a, b) for a, b in zip(drawn[0], later, strict=True)), default=0.0)
            assert moved < 0.006, f"{prop} moves {moved * 170:.0f} cm between pictures"


def test_a_counter_held_in_the_first_picture_stays_there_while_the_body_bends():
    pictures = LIBRARY.exercises["golfers-reach"].pictures
    ((_, points),) = [
        (key, value) for key, value in _prop_points(pictures).items() if key[0] is Prop.COUNTER_BESIDE
    ]
    assert points[0] == points[1]
    # Drawn from each picture alone, the counter would follow the hand: the class this test guards.
    alone = [
        [p for g in DRAWERS[Prop.COUNTER_BESIDE](_alone(pose)) for path in g.paths for p in path.points]
        for pose in pictures.poses()
    ]
    assert max(math.dist(a, b) for a, b in zip(*alone, strict=True)) > 0.05


def _alone(pose: Pose) -> PropScene:
    skeleton = posed_skeleton(pose)
    return PropScene(pose, skeleton, pose_camera(pose), prop_lift(pose, skeleton))


def test_a_planted_foot_stays_where_it_stood_and_the_body_moves_over_it():
    pictures = LIBRARY.exercises["mini-lunge"].pictures
    assert pictures.end.planted == "far_foot"  # a step forward: the back foot stays
    start, end = posed_skeletons(pictures.poses())
    assert end.joints["far_ankle"][0] == pytest.approx(start.joints["far_ankle"][0])
    assert end.joints["pelvis"][0] - start.joints["pelvis"][0] > 0.1  # the body moved forward
    unplanted = posed_skeleton(pictures.end)
    assert unplanted.joints["far_ankle"][0] < start.joints["far_ankle"][0] - 0.1  # without it: a step back


@pytest.mark.parametrize(
    ("exercise_id", "millimetres"),
    [("diaphragmatic-breathing", 6.0), ("abdominal-drawing-in", 2.5), ("seated-belly-draw-in", 2.5)],
)
def test_the_belly_moves_enough_to_see_between_the_pictures(exercise_id, millimetres):
    shift = belly_shift(LIBRARY.exercises[exercise_id].pictures) * MM_PER_BODY
    assert shift >= millimetres


def test_the_belly_measure_sees_a_breath_that_is_too_small():
    pictures = LIBRARY.exercises["diaphragmatic-breathing"].pictures
    shallow = pictures.model_copy(update={"end": pictures.end.model_copy(update={"belly_rise": 0.0})})
    assert belly_shift(shallow) * MM_PER_BODY < 3.0


def test_a_leg_through_the_chair_sat_on_in_the_picture_before_is_caught():
    # The chair stays where it was sat on, so the standing picture is checked against that chair.
    pictures = LIBRARY.exercises["desk-setup-and-sitting-breaks"].pictures
    assert pictures_problems(pictures) == []
    back_step = pictures.end.model_copy(update={"near_hip": -20, "near_knee": 10, "near_ankle": 20})
    stepped = pictures.model_copy(update={"end": back_step})
    assert any("passes through the chair seat" in message for _, message in pictures_problems(stepped))


def test_a_leg_kicked_into_the_counter_the_body_faces_is_caught():
    pictures = LIBRARY.exercises["standing-march"].pictures
    assert pictures_problems(pictures) == []
    high_knee = pictures.end.model_copy(update={"near_hip": 90, "near_knee": 45})  # the foot kicks forward
    found = pictures_problems(pictures.model_copy(update={"end": high_knee}))
    assert any("passes through the counter" in message for _, message in found)
