"""Every bundled exercise is illustrated, and the drawings are sound."""

import pytest

from ptplanner.core.figure import draw_pictures, draw_pose
from ptplanner.core.figure.placement import undersides
from ptplanner.core.figure.scene import posed_skeleton
from ptplanner.core.library import load_library
from ptplanner.core.pose import Arrow, BasePosture, Pictures, Pose, Prop
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
EXERCISES = sorted(LIBRARY.exercises.values(), key=lambda e: e.id)
# Exercises that are a hold or go on for a time may show one picture.
ONE_PICTURE_WORDS = ("hold", "minute", "breath")


def test_the_bundled_library_loads_without_problems():
    assert LIBRARY.problems == []
    assert len(EXERCISES) > 20


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_bundled_exercise_has_pictures(exercise):
    assert exercise.pictures is not None
    if exercise.pictures.end is None:
        assert any(word in exercise.dosage.describe().lower() for word in ONE_PICTURE_WORDS) or (
            exercise.pictures.arrow is not None
        ), "a single picture is for holds and timed exercises, or shows its movement with an arrow"


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_start_middle_and_end_pictures_differ(exercise):
    drawings = draw_pictures(exercise.pictures)
    assert len(drawings) == len(exercise.pictures.poses())
    for index, drawing in enumerate(drawings):
        assert all(drawing.paths != later.paths for later in drawings[index + 1 :])


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_start_and_end_share_one_frame(exercise):
    sizes = {(round(d.width, 9), round(d.height, 9)) for d in draw_pictures(exercise.pictures)}
    assert len(sizes) == 1


def test_greys_and_sizes_are_in_range():
    for exercise in EXERCISES:
        for drawing in draw_pictures(exercise.pictures):
            assert drawing.width > 0 and drawing.height > 0
            for path in drawing.paths:
                assert len(path.points) >= 2
                for grey in (path.fill, path.stroke):
                    assert grey is None or 0.0 <= grey <= 1.0


@pytest.mark.parametrize("base", list(BasePosture))
def test_every_base_posture_rests_on_the_floor(base):
    lowest = min(y for _, y in undersides(posed_skeleton(Pose(base=base))))
    assert lowest == pytest.approx(0.0, abs=1e-9)


def test_a_mat_lifts_the_body_by_its_thickness_and_a_bed_by_its_height():
    def lowest(pose):
        return min(y for _, y in undersides(posed_skeleton(pose)))

    on_mat = lowest(Pose(base="supine", props=[Prop.MAT]))
    on_bed = lowest(Pose(base="supine", props=[Prop.BED]))
    assert 0 < on_mat < 0.05
    assert on_bed > 0.3


def test_a_bridge_rests_on_shoulders_and_feet_with_the_hips_up():
    flat = posed_skeleton(Pose(base="hook-lying"))
    bridge = posed_skeleton(
        Pose(
            base="hook-lying", near_hip=0, far_hip=0, near_knee=105, far_knee=105, near_ankle=12, far_ankle=12
        )
    )
    assert bridge.joints["pelvis"][1] > flat.joints["pelvis"][1] + 0.07
    for skeleton in (flat, bridge):
        sole = min(skeleton.joints["near_heel"][1] - 0.026, skeleton.joints["near_foot"][1] - 0.015)
        assert sole == pytest.approx(0.0, abs=0.01)
        assert skeleton.joints["head"][1] < 0.1


def test_on_hands_and_knees_the_hands_and_knees_touch_the_floor():
    skeleton = posed_skeleton(Pose(base="hands-and-knees"))
    assert skeleton.joints["near_hand"][1] == pytest.approx(0.02, abs=0.005)  # the hand's radius
    assert skeleton.joints["near_knee"][1] < 0.042 + 0.04


def test_a_raised_knee_is_higher_than_a_resting_one():
    resting = posed_skeleton(Pose(base="standing"))
    marching = posed_skeleton(Pose(base="standing", near_hip=80, near_knee=90))
    assert marching.joints["near_knee"][1] > resting.joints["near_knee"][1] + 0.15
    assert marching.joints["far_ankle"] == pytest.approx(resting.joints["far_ankle"])


def test_far_limbs_are_a_lighter_grey_than_near_ones_in_side_view():
    fills = {path.fill for path in draw_pose(Pose(base="standing", near_hip=30, far_hip=-20)).paths}
    assert {0.27, 0.62} <= fills


def test_an_arrow_is_drawn_on_the_start_picture_only():
    plain = Pictures(start=Pose(base="standing"), end=Pose(base="standing", near_hip=60))
    with_arrow = Pictures(start=plain.start, end=plain.end, arrow=Arrow(at="near_knee"))
    start, end = draw_pictures(with_arrow)
    plain_start, plain_end = draw_pictures(plain)
    assert len(start.paths) > len(plain_start.paths)
    assert end.paths == plain_end.paths


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_everything_drawn_lies_inside_its_frame(exercise):
    for drawing in draw_pictures(exercise.pictures):
        right, top = drawing.left + drawing.width, drawing.bottom + drawing.height
        for path in drawing.paths:
            for x, y in path.points:
                assert drawing.left <= x <= right and drawing.bottom <= y <= top
