"""Every exercise shows at least two pictures that a reader can tell apart, on the drawn geometry."""

from itertools import combinations

import pytest

from ptplanner.core.figure import draw_pictures
from ptplanner.cli import EXIT_PROBLEMS, main
from ptplanner.core.figure.compare import LOOK_ALIKE, difference, look_alike_problems, without_arrows
from ptplanner.core.library import load_library
from ptplanner.core.pose import LONE_PICTURE_LABEL, Arrow, Muscle, Pictures, Pose, Prop
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
EXERCISES = sorted(LIBRARY.exercises.values(), key=lambda e: e.id)
MIN_DIFFERENCE = LOOK_ALIKE  # below this share of changed cells two pictures look the same


def picture_differences(pictures: Pictures) -> list[float]:
    drawings = draw_pictures(without_arrows(pictures))
    return [difference(a, b) for a, b in combinations(drawings, 2)]


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_bundled_exercise_has_two_pictures_or_says_why_one_is_enough(exercise):
    pictures = exercise.pictures
    assert pictures is not None
    assert len(pictures.poses()) >= 2 or pictures.single, "one picture, and no `single` saying why"


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_the_pictures_of_every_bundled_exercise_differ_visibly(exercise):
    for change in picture_differences(exercise.pictures):
        assert change >= MIN_DIFFERENCE, f"two pictures nearly the same ({change:.1%} of the figure changes)"


def hold(*props: Prop, working: tuple[Muscle, ...] = ()) -> Pose:
    return Pose(base="hook-lying", props=(Prop.MAT, *props), working=working)


def test_the_same_picture_twice_differs_by_nothing():
    pictures = Pictures.model_construct(start=hold(), end=hold(), arrow=None, middle=None, middle_arrow=None)
    assert picture_differences(pictures) == [0.0]


@pytest.mark.parametrize("prop", [Prop.PILLOW_BETWEEN_KNEES, Prop.BALL_BETWEEN_KNEES, Prop.TOWEL_UNDER_KNEE])
def test_a_faint_prop_alone_does_not_make_two_pictures_differ(prop):
    [change] = picture_differences(Pictures(start=hold(), end=hold(prop)))
    assert change < MIN_DIFFERENCE


def test_an_arrow_alone_does_not_make_two_pictures_differ():
    start = Pose(base="standing", near_hip=20)
    end = Pose(base="standing", near_hip=21)
    arrow = Arrow(at="near_knee", direction="up")
    [change] = picture_differences(Pictures(start=start, end=end, arrow=arrow))
    assert change < MIN_DIFFERENCE


@pytest.mark.parametrize("muscle", list(Muscle))
def test_a_shaded_working_muscle_makes_a_hold_picture_differ_from_the_rest(muscle):
    [change] = picture_differences(Pictures(start=hold(), end=hold(working=(muscle,))))
    assert change >= MIN_DIFFERENCE


def test_a_real_movement_differs_far_more_than_the_threshold():
    bridge = Pose(base="hook-lying", props=[Prop.MAT], near_hip=0, far_hip=0, near_knee=105, far_knee=105)
    [change] = picture_differences(Pictures(start=hold(), end=bridge))
    assert change > 3 * MIN_DIFFERENCE


def test_buttock_squeeze_and_pillow_squeeze_no_longer_look_alike():
    squeezes = [LIBRARY.exercises[name].pictures for name in ("gluteal-set", "adductor-pillow-squeeze")]
    glute, pillow = (draw_pictures(without_arrows(pictures)) for pictures in squeezes)
    for a, b in zip(glute, pillow, strict=True):
        assert difference(a, b) > 3 * MIN_DIFFERENCE


def test_a_lone_picture_is_captioned_by_why_it_is_alone_never_start():
    walk = Pose(base="standing", near_hip=20, far_hip=-10)
    assert Pictures(start=walk).labels() == (LONE_PICTURE_LABEL,)
    assert LONE_PICTURE_LABEL != "Start"
    words = "Walk tall at an easy pace."
    assert Pictures(start=walk, single=words).labels() == (words,)
    assert Pictures(start=walk, end=Pose(base="standing")).labels() == ("Start", "End")


def test_single_is_refused_beside_an_end_picture():
    with pytest.raises(ValueError, match="single"):
        Pictures(start=Pose(base="standing"), end=Pose(base="sitting"), single="One is enough.")


def test_single_and_working_are_left_out_of_files_that_do_not_use_them():
    dumped = Pictures(start=Pose(base="standing")).model_dump(mode="json")
    assert "single" not in dumped and "working" not in dumped["start"]
    kept = Pictures(start=hold(working=(Muscle.GLUTES,)), single="Hold it.").model_dump(mode="json")
    assert kept["single"] == "Hold it." and kept["start"]["working"] == ["glutes"]


def test_library_check_names_an_exercise_whose_two_pictures_look_the_same(tmp_path, capsys):
    text = (exercises_dir() / "gluteal-set.toml").read_text(encoding="utf-8")
    start = 'start = { base = "hook-lying", props = ["mat"] }'
    assert start in text
    faint = 'end = { base = "hook-lying", props = ["mat", "pillow-between-knees"] }'
    copy = text.replace('id = "gluteal-set"', 'id = "squeeze-copy"').split("[pictures]")[0]
    (tmp_path / "squeeze-copy.toml").write_text(f"{copy}[pictures]\n{start}\n{faint}\n", encoding="utf-8")
    assert main(["library", "check", str(tmp_path)]) == EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert "squeeze-copy.toml: pictures.end: looks the same as the start picture" in out


def test_the_bundled_library_has_no_look_alike_pictures():
    assert look_alike_problems(LIBRARY) == []
