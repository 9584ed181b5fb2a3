"""The pose model: closed vocabularies, bounded angles, and problems reported with field paths."""

import pytest
from pydantic import ValidationError

from ptplanner.core.library import read_exercise_file
from ptplanner.core.pose import Arrow, BasePosture, Pictures, Pose, Prop

EXERCISE = """\
id = "test-bridge"
name = "Test bridge"
summary = "Lift your hips."
category = "core strengthening"
regions = ["hip"]
position = "hook-lying"
steps = ["Lift your hips."]
stop_if = "Stop if it hurts."
earliest_stage = 2

[dosage]
reps = 10

[pictures]
{pictures}
"""


def write_exercise(tmp_path, pictures: str):
    path = tmp_path / "test-bridge.toml"
    path.write_text(EXERCISE.format(pictures=pictures), encoding="utf-8")
    return read_exercise_file(path)


def test_a_good_pictures_table_loads(tmp_path):
    exercise, problems = write_exercise(
        tmp_path,
        'start = { base = "hook-lying", props = ["mat"] }\n'
        'end = { base = "hook-lying", props = ["mat"], near_hip = 0, far_hip = 0 }\n'
        'arrow = { at = "pelvis" }',
    )
    assert problems == []
    assert exercise.pictures.start.base is BasePosture.HOOK_LYING
    assert exercise.pictures.end.angles() == {"near_hip": 0, "far_hip": 0}
    assert exercise.pictures.arrow == Arrow(at="pelvis")


@pytest.mark.parametrize(
    ("table", "field", "words"),
    [
        ('start = { base = "handstand" }', "pictures.start.base", "hook-lying"),
        (
            'start = { base = "supine", near_knee = 200 }',
            "pictures.start.near_knee",
            "less than or equal to 150",
        ),
        (
            'start = { base = "supine", far_hip = -100 }',
            "pictures.start.far_hip",
            "greater than or equal to -90",
        ),
        ('start = { base = "supine", props = ["trampoline"] }', "pictures.start.props[1]", "mat"),
        ('start = { base = "supine", elbow = 10 }', "pictures.start.elbow", "unknown field"),
        ('start = { base = "supine", view = "top" }', "pictures.start.view", "side"),
        ('start = { base = "supine" }\narrow = { at = "tail" }', "pictures.arrow.at", "pelvis"),
        ('end = { base = "supine" }', "pictures.start", "missing"),
    ],
)
def test_a_malformed_pose_is_reported_with_file_and_field(tmp_path, table, field, words):
    exercise, problems = write_exercise(tmp_path, table)
    assert exercise is None
    assert [p.field for p in problems] == [field]
    assert problems[0].file == "test-bridge.toml"
    assert words in problems[0].message
    assert str(problems[0]).startswith(f"test-bridge.toml: {field}: ")


def test_an_end_picture_like_the_start_is_refused():
    with pytest.raises(ValidationError, match="same as the start"):
        Pictures(start=Pose(base="supine"), end=Pose(base="supine"))


def test_an_arrow_without_an_end_picture_needs_a_direction():
    with pytest.raises(ValidationError, match="needs a direction"):
        Pictures(start=Pose(base="supine"), arrow=Arrow(at="belly"))
    assert Pictures(start=Pose(base="supine"), arrow=Arrow(at="belly", direction="down")).end is None


def test_a_prop_listed_twice_is_refused():
    with pytest.raises(ValidationError, match="listed twice"):
        Pose(base="supine", props=[Prop.MAT, Prop.MAT])


def test_only_the_angles_a_pose_sets_are_its_own():
    assert Pose(base="standing", near_knee=30, trunk=0).angles() == {"trunk": 0, "near_knee": 30}
