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


MIDDLE = Pose(base="side-lying", props=[Prop.BED])
START = Pose(base="hook-lying", props=[Prop.BED])
END = Pose(base="sitting", props=[Prop.BED])


def test_a_middle_picture_comes_between_start_and_end():
    pictures = Pictures(start=START, middle=MIDDLE, end=END, middle_arrow=Arrow(at="head", direction="up"))
    assert pictures.poses() == (START, MIDDLE, END)
    assert pictures.arrows() == (None, Arrow(at="head", direction="up"), None)
    assert pictures.labels() == ("Start", "Then", "End")
    assert Pictures(start=START, end=END).labels() == ("Start", "End")
    assert Pictures(start=START, end=END, arrow=Arrow(at="head")).arrows() == (Arrow(at="head"), None)
    assert Pictures(start=START, arrow=Arrow(at="head", direction="up")).arrows() == (
        Arrow(at="head", direction="up"),
    )


@pytest.mark.parametrize(
    ("pictures", "words"),
    [
        ({"start": START, "middle": START, "end": END}, "the middle picture is the same as the start"),
        ({"start": START, "middle": END, "end": END}, "the middle picture is the same as the end"),
        ({"start": START, "middle": MIDDLE}, "a middle picture needs an end picture"),
        (
            {"start": START, "end": END, "middle_arrow": Arrow(at="head")},
            "a middle arrow needs a middle picture",
        ),
    ],
)
def test_a_middle_picture_must_add_a_step(pictures, words):
    with pytest.raises(ValidationError, match=words):
        Pictures(**pictures)


def test_a_middle_picture_is_checked_like_the_others_in_an_exercise_file(tmp_path):
    exercise, problems = write_exercise(
        tmp_path,
        'start = { base = "hook-lying" }\nmiddle = { base = "side-lying", far_knee = 200 }\n'
        'end = { base = "sitting" }',
    )
    assert exercise is None
    assert [str(p) for p in problems] == [
        "test-bridge.toml: pictures.middle.far_knee: Input should be less than or equal to 150 (got 200)"
    ]
    exercise, problems = write_exercise(
        tmp_path,
        'start = { base = "hook-lying" }\nmiddle = { base = "hook-lying" }\nend = { base = "sitting" }',
    )
    assert [str(p) for p in problems] == [
        "test-bridge.toml: pictures: the middle picture is the same as the start; leave it out"
    ]
    exercise, problems = write_exercise(
        tmp_path,
        'start = { base = "hook-lying", mirrored = true }\nmiddle = { base = "side-lying" }\n'
        'end = { base = "sitting" }\nmiddle_arrow = { at = "head", direction = "up" }',
    )
    assert problems == []
    assert [pose.base for pose in exercise.pictures.poses()] == ["hook-lying", "side-lying", "sitting"]
    assert exercise.pictures.start.mirrored and exercise.pictures.start.angles() == {}


def test_pictures_without_a_middle_or_mirror_are_stored_as_before():
    # Stored documents and written files of the other exercises do not change, and older copies
    # of ptplanner (which refuse unknown fields) still read them.
    document = Pictures(start=START, end=END, arrow=Arrow(at="head")).model_dump(mode="json")
    assert set(document) == {"start", "end", "arrow"}
    assert "mirrored" not in document["start"]
    with_middle = Pictures(start=START.model_copy(update={"mirrored": True}), middle=MIDDLE, end=END)
    document = with_middle.model_dump(mode="json")
    assert set(document) == {"start", "middle", "end", "arrow"}
    assert document["start"]["mirrored"] is True
    assert Pictures.model_validate(document) == with_middle
