"""The bundled library teaches the floor transfer before floor work, and daily tasks for the first weeks."""

import pytest

from ptplanner.core.library import load_library
from ptplanner.core.vocabulary import Category
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
FLOOR_TRANSFERS = ("getting-down-to-the-floor", "getting-up-from-the-floor")
# While bending, lifting and twisting are restricted (stage 1), these show the safe way.
FIRST_WEEKS_TASKS = (
    "socks-with-a-sock-aid", "shoes-with-a-long-shoehorn", "pants-with-a-reacher",
    "picking-up-with-a-reacher", "using-the-toilet", "showering-with-a-shower-chair",
    "carrying-close-to-body", "turning-over-in-bed",
)  # fmt: skip


def test_the_doorway_stretch_on_the_floor_comes_after_the_floor_transfers():
    stretch = LIBRARY.exercises["hamstring-stretch-doorway"]
    assert set(FLOOR_TRANSFERS) <= set(stretch.easier)
    assert "floor" in stretch.steps[0].lower()
    assert any("get down to the floor and back up" in line for line in stretch.precautions)
    for transfer in FLOOR_TRANSFERS:
        assert stretch.id in LIBRARY.exercises[transfer].harder
        assert LIBRARY.exercises[transfer].earliest_stage <= stretch.earliest_stage


@pytest.mark.parametrize("exercise_id", FIRST_WEEKS_TASKS)
def test_daily_tasks_are_there_from_the_first_stage(exercise_id):
    exercise = LIBRARY.exercises[exercise_id]
    assert exercise.earliest_stage == 1
    assert exercise.category is Category.POSTURE
    assert exercise.clinical_name
