"""A clinic exercise written as a library file reads back as the same exercise."""

from ptplanner.core.dosage import Dosage, Side
from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.library import load_library, read_exercise_file
from ptplanner.core.library_writer import write_exercise_file


def clinic_exercise(**changes) -> Exercise:
    fields = dict(
        id="clinic-towel-slide",
        name='Towel slide "easy" <b>& slow</b>',
        summary="Slide your heel on a towel to move your knee and hip.",
        category="flexibility and mobility",
        regions=("hip", "knee"),
        position="hook-lying",
        equipment=("towel",),
        steps=("Lie on your back.", "Slide one heel toward you.", "Slide it back — slowly. Łódź 😀"),
        stop_if="Stop if your back or leg hurts more.",
        earliest_stage=1,
        dosage=Dosage(reps=10, side=Side.BOTH, times_per_day=2),
        origin=Origin.CLINIC,
    )
    fields.update(changes)
    return Exercise(**fields)


def test_written_file_reads_back_identical(tmp_path):
    exercise = clinic_exercise()
    path = write_exercise_file(exercise, tmp_path)
    loaded, problems = read_exercise_file(path, Origin.CLINIC)
    assert problems == []
    assert loaded == exercise


def test_written_files_form_a_library_that_passes_check(tmp_path):
    write_exercise_file(clinic_exercise(), tmp_path)
    write_exercise_file(clinic_exercise(id="clinic-towel-slide-2", easier=("clinic-towel-slide",)), tmp_path)
    library = load_library(tmp_path)
    assert library.problems == []
    assert len(library) == 2
