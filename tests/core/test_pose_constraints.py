"""Pose checks: every bundled picture keeps its own, and a wrong pose is caught by each kind of check."""

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from ptplanner.core.figure.body import translate
from ptplanner.core.figure.constraints import library_picture_problems, pictures_problems, pose_problems
from ptplanner.core.figure.contacts import sunk_parts
from ptplanner.core.figure.scene import posed_skeleton
from ptplanner.core.library import load_library
from ptplanner.core.pose import BasePosture, Pictures, Pose, Prop
from ptplanner.core.pose_checks import Part, PoseChecks, Target
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
EXERCISES = sorted(LIBRARY.exercises.values(), key=lambda e: e.id)
# Two elbows on the floor beside the body, both hands lying on the belly, bent at the wrist.
HANDS_ON_BELLY = dict(near_shoulder=15, far_shoulder=15)
HANDS_ON_BELLY |= dict(near_shoulder_rotation=-80, far_shoulder_rotation=-80)
HANDS_ON_BELLY |= dict(near_shoulder_abduction=10, far_shoulder_abduction=10)
HANDS_ON_BELLY |= dict(near_elbow=90, far_elbow=90, near_wrist=50, far_wrist=50)
KNEE_PLANK = {"base": "prone-on-elbows", "props": ["mat"], "trunk": 0, "near_knee": 90, "far_knee": 90}
KNEE_PLANK |= dict(near_shoulder=80, far_shoulder=80, near_elbow=80, far_elbow=80)
HANDS_FORWARD = dict(near_shoulder=30, far_shoulder=30, near_elbow=30, far_elbow=30)


def problems(checks: dict, **pose) -> list[str]:
    pose = Pose(**pose)
    return pose_problems(pose, posed_skeleton(pose), PoseChecks.model_validate(checks))


def test_every_bundled_picture_keeps_its_checks_and_passes_through_nothing():
    assert [str(problem) for problem in library_picture_problems(LIBRARY)] == []


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_picture_says_what_it_shows(exercise):
    unchecked = [name for name, checks in exercise.pictures.named_checks() if checks is None]
    assert unchecked == []


@pytest.mark.parametrize(
    ("checks", "right", "wrong", "message"),
    [
        (
            {"touching": ["back", "feet"]},
            {"base": "hook-lying", "props": ["mat"]},
            {"base": "hook-lying", "props": ["mat"], "near_hip": 90, "near_knee": 90},
            "feet not touching what holds the body (near foot",
        ),
        (
            {"touching": ["belly"]},
            {"base": "prone", "props": ["mat"]},
            {"base": "hook-lying", "props": ["mat"]},
            "belly not touching: the trunk faces the other way",
        ),
        (
            {"touching": ["knees", "forearms"]},
            KNEE_PLANK,
            {"base": "prone-on-elbows", "props": ["mat"], "trunk": 0, "near_ankle": 0, "far_ankle": 0},
            "knees not touching",
        ),
        (
            {"lifted": ["near_foot"]},
            {"base": "hook-lying", "props": ["mat"], "near_hip": 90, "near_knee": 90},
            {"base": "hook-lying", "props": ["mat"]},
            "near_foot not lifted",
        ),
        (
            {"hands_on": "belly"},
            {"base": "hook-lying", "props": ["mat"], **HANDS_ON_BELLY},
            {"base": "hook-lying", "props": ["mat"]},
            "hands not on the belly (near hand",
        ),
        (
            {"hands_on": "counter"},
            {"base": "standing", "view": "front", "props": ["counter"], **HANDS_FORWARD},
            {"base": "standing", "view": "front", "props": ["counter"]},
            "hands not on the counter (near hand at",
        ),
        (
            {"hand_on": "counter"},
            {"base": "standing", "props": ["counter"], "near_shoulder": 40, "near_elbow": 30},
            {"base": "standing", "props": ["mat"], "near_shoulder": 40, "near_elbow": 30},
            "the picture has no counter",
        ),
        (
            {"hands_on": "knees"},
            {"base": "sitting", "props": ["chair"], "trunk": 20, **HANDS_FORWARD},
            {"base": "sitting", "props": ["chair"], "near_shoulder": 170, "far_shoulder": 170},
            "hands not on the knees",
        ),
        (
            {"trunk": [20, 50]},
            {"base": "standing", "trunk": 35, "near_hip": 60, "far_hip": 60},
            {"base": "standing"},
            "trunk leans 0° from upright, not 20° to 50°",
        ),
        (
            {"head_in_line": True},
            {"base": "standing", "trunk": 35},
            {"base": "standing", "trunk": 35, "head": -50},
            "head bent",
        ),
        (
            {"top_leg": "near"},
            {"base": "side-lying", "props": ["mat"]},
            {"base": "hook-lying", "props": ["mat"]},
            "the body is not on its side",
        ),
        (
            {"feet": "apart"},
            {"base": "standing", "view": "front", "near_hip_abduction": 15, "far_hip_abduction": 15},
            {"base": "standing", "view": "front"},
            "feet not apart",
        ),
        (
            {"feet": "staggered"},
            {"base": "standing", "near_hip": 30, "far_hip": -15},
            {"base": "standing"},
            "feet not one ahead of the other",
        ),
        (
            {"ankle_on_knee": "near"},
            {"base": "hook-lying", "props": ["mat"], "near_hip": 60, "near_hip_abduction": 20,
             "near_hip_rotation": 70, "near_knee": 100},
            {"base": "hook-lying", "props": ["mat"]},
            "near ankle not on the far knee",
        ),
    ],
)
def test_each_kind_of_check_passes_the_right_pose_and_catches_a_wrong_one(checks, right, wrong, message):
    assert problems(checks, **right) == []
    found = problems(checks, **wrong)
    assert any(message in line for line in found), found


def test_the_top_leg_is_the_upper_one():
    found = problems({"top_leg": "far"}, base="side-lying", props=["mat"])
    assert found == ["far leg is underneath, not on top"]


@pytest.mark.parametrize(("way", "caught"), [("forward", False), ("backward", True), ("up", True)])
def test_an_arrow_is_checked_against_the_way_the_steps_say_it_moves(way, caught):
    step = Pictures(
        start=Pose(base="standing"),
        end=Pose(base="standing", near_hip=30, far_hip=-15, near_knee=20),
        arrow={"at": "near_foot"},
        checks={"start": {"arrow": way}},
    )
    found = pictures_problems(step)
    assert bool(found) is caught, found
    if caught:
        assert found[0][0] == "start" and found[0][1].startswith(f"arrow does not point {way}")


@pytest.mark.parametrize(("way", "caught"), [("sideways", False), ("forward", True), ("out", True)])
def test_a_weight_shift_moves_the_pelvis_sideways(way, caught):
    shift = Pictures(
        start=Pose(base="standing", view="front", near_hip_abduction=14, far_hip_abduction=2),
        end=Pose(base="standing", view="front", near_hip_abduction=2, far_hip_abduction=14),
        arrow={"at": "pelvis"},
        checks={"start": {"arrow": way}},
    )
    assert bool(pictures_problems(shift)) is caught


def test_on_all_fours_forward_is_toward_the_head():
    crawl = Pictures(
        start=Pose(base="hands-and-knees"),
        end=Pose(base="hands-and-knees", head=10),
        arrow={"at": "head", "direction": "right"},
        checks={"start": {"arrow": "forward", "touching": ["hands", "knees"]}},
    )
    assert pictures_problems(crawl) == []
    backward = crawl.model_copy(update={"arrow": crawl.arrow.model_copy(update={"direction": "left"})})
    assert pictures_problems(backward) == [("start", "arrow does not point forward (180° off)")]


def test_an_arrow_that_a_check_expects_must_be_there():
    still = Pictures(
        start=Pose(base="standing"), end=Pose(base="standing", trunk=30), checks={"start": {"arrow": "up"}}
    )
    assert pictures_problems(still) == [("start", "has no arrow to move up")]


def test_hands_hanging_into_the_bed_they_sit_on_are_caught_without_any_check():
    sitting = Pose(base="sitting", view="front", props=["bed"], near_shoulder=0, near_elbow=0)
    found = sunk_parts(sitting, posed_skeleton(sitting))
    assert any(line.startswith("near hand passes through the bed") for line in found), found


def test_a_body_below_the_floor_is_caught():
    lying = Pose(base="side-lying")
    assert sunk_parts(lying, posed_skeleton(lying)) == []
    sunk = translate(posed_skeleton(lying), (0.0, -0.05, 0.0))
    assert any("passes through the floor" in line for line in sunk_parts(lying, sunk))


def test_a_foot_on_the_floor_is_not_drawn_inside_the_step_in_front_of_it():
    stepping = Pose(base="standing", props=["step"], near_hip=60, near_knee=70)
    assert sunk_parts(stepping, posed_skeleton(stepping)) == []


def test_checks_stay_out_of_dumps_unless_used_and_read_back():
    plain = Pictures(start=Pose(base="standing"))
    assert "checks" not in plain.model_dump()
    checked = Pictures(start=Pose(base="standing"), checks={"start": {"feet": "together"}})
    dumped = checked.model_dump(mode="json")
    assert dumped["checks"] == {"start": {"feet": "together"}}
    assert Pictures.model_validate(dumped) == checked


@pytest.mark.parametrize(
    ("checks", "message"),
    [
        ({"end": {"feet": "apart"}}, "checks.end are for a end picture"),
        ({"start": {"touching": ["knees"], "lifted": ["knees"]}}, "knees cannot be both touching and lifted"),
        ({"start": {"trunk": [50, 20]}}, "trunk is [lowest, highest]"),
        ({"start": {"hands_on": "ceiling"}}, "Input should be"),
        ({"start": {"touching": ["elbow"]}}, "Input should be"),
    ],
)
def test_bad_checks_are_refused_with_a_reason(checks, message):
    with pytest.raises(ValidationError, match=message.replace("[", r"\[")):
        Pictures(start=Pose(base="standing"), checks=checks)


def test_library_check_reports_a_picture_that_breaks_its_checks(
    capsys, exercise_dict, write_exercise, library_dir
):
    from ptplanner.cli import EXIT_PROBLEMS, main

    pictures = {"start": {"base": "hook-lying", "props": ["mat"]}, "checks": {"start": {"hands_on": "belly"}}}
    write_exercise(exercise_dict(pictures=pictures))
    assert main(["library", "check", str(library_dir)]) == EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert out.startswith("bridge.toml: pictures.start: hands not on the belly (near hand ")
    assert out.strip().endswith("cm away)")


def _contrast(pose: Pose) -> Pose:
    """A plainly different pose: lying for an upright picture, standing for one on the floor."""
    upright = pose.base in (BasePosture.STANDING, BasePosture.SITTING)
    return Pose(base="hook-lying", props=["mat"]) if upright else Pose(base="standing")


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_the_checks_of_each_bundled_picture_tell_its_pose_from_a_plainly_different_one(exercise):
    for pose, (name, checks) in zip(exercise.pictures.poses(), exercise.pictures.named_checks(), strict=True):
        if checks is None or checks == PoseChecks(arrow=checks.arrow):
            continue
        other = _contrast(pose)
        assert pose_problems(other, posed_skeleton(other), checks), f"{name}: its checks pass any pose"


@given(
    base=st.sampled_from(list(BasePosture)),
    prop=st.sampled_from([None, Prop.MAT, Prop.BED]),
    depth=st.floats(min_value=0.03, max_value=0.12),  # a bed is a mattress, with room under it
)
@settings(max_examples=60, deadline=None)
def test_any_body_pushed_below_what_holds_it_is_caught(base, prop, depth):
    pose = Pose(base=base, props=[prop] if prop else [])
    skeleton = posed_skeleton(pose)
    assert sunk_parts(pose, skeleton) == []
    found = sunk_parts(pose, translate(skeleton, (0.0, -depth, 0.0)))
    assert found and "passes through the" in found[0]


def test_checks_survive_writing_the_exercise_out_and_reading_it_back(tmp_path):
    from ptplanner.core.library import read_exercise_file
    from ptplanner.core.library_writer import write_exercise_file

    exercise = LIBRARY.exercises["knee-plank"]
    assert exercise.pictures.checks.end is not None
    again, problems = read_exercise_file(write_exercise_file(exercise, tmp_path))
    assert problems == [] and again.pictures == exercise.pictures


def test_hands_off_the_edge_of_the_bed_are_said_to_be_not_over_it():
    reaching = {"base": "sitting", "props": ["bed"], "near_shoulder": 80, "far_shoulder": 80}
    reaching_forward = problems({"hands_on": "bed"}, **reaching)
    assert reaching_forward == ["hands not on the bed (near hand not over it)"]


@given(
    base=st.sampled_from(list(BasePosture)),
    props=st.lists(st.sampled_from(list(Prop)), max_size=3, unique=True),
    view=st.sampled_from(["side", "front", "above", "corner"]),
    checks=st.fixed_dictionaries(
        {},
        optional={
            "touching": st.lists(st.sampled_from([p.value for p in Part]), max_size=3, unique=True),
            "hands_on": st.sampled_from([t.value for t in Target]),
            "hand_on": st.sampled_from([t.value for t in Target]),
            "trunk": st.tuples(st.integers(0, 90), st.integers(90, 180)),
            "head_in_line": st.booleans(),
            "top_leg": st.sampled_from(["near", "far"]),
            "feet": st.sampled_from(["together", "apart", "staggered"]),
            "ankle_on_knee": st.sampled_from(["near", "far"]),
        },
    ),
)
@settings(max_examples=250, deadline=None)
def test_any_checks_on_any_pose_give_plain_lines_and_never_fail_to_run(base, props, view, checks):
    found = problems(checks, base=base, props=props, view=view)
    assert all(isinstance(line, str) and line and "\n" not in line and "inf" not in line for line in found)


# Pictures as they were before their checks were written, each wrong in a way a reader saw.
WRONG_BEFORE = {
    "hip-hitch": (  # both feet on the floor: no hanging leg
        'start = { base = "standing", view = "front", props = ["counter"], near_shoulder = 30, '
        'far_shoulder = 30, near_elbow = 30, far_elbow = 30 }\n'
        'end = { base = "standing", view = "front", props = ["counter"], pelvis_tilt = 18, '
        'near_hip_abduction = 18, far_hip_abduction = -18, near_shoulder = 30, far_shoulder = 30, '
        'near_elbow = 30, far_elbow = 30 }\narrow = { at = "far_foot" }',
        "start: near_foot not lifted",
    ),
    "anti-rotation-press": (  # the hands away from the chest they press from
        'start = { base = "standing", view = "corner", props = ["band-from-side"], near_hip_abduction = 8, '
        'far_hip_abduction = 8, near_shoulder = 20, far_shoulder = 20, near_elbow = 120, far_elbow = 120, '
        'near_shoulder_abduction = -10, far_shoulder_abduction = -10 }\n'
        'end = { base = "standing", view = "corner", props = ["band-from-side"], near_hip_abduction = 8, '
        'far_hip_abduction = 8, near_shoulder = 85, far_shoulder = 85 }\narrow = { at = "near_hand" }',
        "start: hands not on the chest",
    ),
    "quadriceps-stretch-side-lying": (  # the hand short of the ankle it pulls
        'start = { base = "side-lying", view = "above", props = ["mat"], near_hip = 20, near_knee = 40, '
        'near_hip_abduction = 0 }\n'
        'end = { base = "side-lying", view = "above", props = ["mat"], near_hip = -10, near_knee = 135, '
        'near_ankle = 20, near_hip_abduction = 0, near_shoulder = -45, near_elbow = 10 }\n'
        'arrow = { at = "near_foot" }',
        "end: no hand on the ankle",
    ),
    "knee-plank": (  # a full plank on the toes instead of lying on the stomach
        'start = { base = "prone-on-elbows", props = ["mat"], trunk = -12, near_shoulder = 80, '
        'far_shoulder = 80, head = -25 }\n'
        'end = { base = "prone-on-elbows", props = ["mat"], trunk = 0, near_knee = 90, far_knee = 90 }',
        "start: belly not touching",
    ),
    "lifting-technique": (  # a deep squat
        'start = { base = "standing", props = ["box"], trunk = 35, near_hip = 95, far_hip = 95, '
        'near_knee = 115, far_knee = 115, near_ankle = -25, far_ankle = -25, '
        'near_shoulder = 45, far_shoulder = 45 }\n'
        'end = { base = "standing", props = ["box"], near_shoulder = 10, far_shoulder = 10, near_elbow = 95, '
        'far_elbow = 95 }\narrow = { at = "pelvis" }',
        "start: trunk leans 35° from upright, not 40° to 60°",
    ),
    "standing-band-abduction": (  # hands hanging by the sides
        'start = { base = "standing", view = "front", props = ["band-around-ankles", "counter"] }\n'
        'end = { base = "standing", view = "front", props = ["band-around-ankles", "counter"], '
        'near_hip_abduction = 28 }\narrow = { at = "near_foot" }',
        "start: hands not on the counter",
    ),
    "mini-lunge": (  # the arrow pointed backward
        'start = { base = "standing", props = ["counter"], near_hip = 25, near_knee = 32, far_hip = -18, '
        'near_shoulder = 40, near_elbow = 20 }\n'
        'end = { base = "standing", props = ["counter"], near_hip = 45, near_knee = 50, far_hip = -12, '
        'far_knee = 60, far_ankle = 40, near_shoulder = 40, near_elbow = 20 }\narrow = { at = "pelvis" }',
        "start: arrow does not point forward",
    ),
    "side-steps-with-band": (  # a leg raise, no step
        'start = { base = "standing", view = "front", props = ["band-around-ankles", "counter"] }\n'
        'end = { base = "standing", view = "front", props = ["band-around-ankles", "counter"], '
        'near_hip_abduction = 22, far_hip_abduction = 6 }\narrow = { at = "near_foot" }',
        "end: feet not touching",
    ),
    "piriformis-stretch": (  # the arm up in the air, the ankle off the knee
        'start = { base = "hook-lying", props = ["mat"] }\n'
        'end = { base = "hook-lying", props = ["mat"], near_hip = 85, near_hip_abduction = 25, '
        'near_hip_rotation = 60, near_knee = 100, near_shoulder = 60, near_elbow = 20 }\n'
        'arrow = { at = "near_knee" }',
        "end: near ankle not on the far knee",
    ),
    "log-roll": (  # straight legs in the middle, hands sunk into the bed at the end
        'start = { base = "hook-lying", mirrored = true, props = ["bed"] }\n'
        'middle = { base = "side-lying", props = ["bed"], far_shoulder = 90, far_elbow = 90 }\n'
        'end = { base = "sitting", view = "front", props = ["bed"], near_hip = 60, far_hip = 60, '
        'near_knee = 60, far_knee = 60, near_shoulder = 0, far_shoulder = 0, near_shoulder_abduction = 20, '
        'far_shoulder_abduction = 20, near_elbow = 0, far_elbow = 0 }\n'
        'middle_arrow = { at = "head", direction = "up" }',
        "end: near hand passes through the bed",
    ),
}


@pytest.mark.parametrize("exercise_id", sorted(WRONG_BEFORE))
def test_the_wrong_pictures_readers_saw_break_the_checks_now_written_for_them(exercise_id):
    old, expected = WRONG_BEFORE[exercise_id]
    checks = LIBRARY.exercises[exercise_id].pictures.checks
    pictures = Pictures(**tomllib.loads(old), checks=checks)
    found = [f"{name}: {line}" for name, line in pictures_problems(pictures)]
    assert any(line.startswith(expected) for line in found), found
