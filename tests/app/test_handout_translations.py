"""A handout's translation fallbacks come from the library's current copies of the program's own exercises,
read by id: never the whole clinic library, and with the same choice library() makes."""

from datetime import date

from ptplanner.app.handouts import translations
from ptplanner.core.exercise import ExerciseText, Origin
from ptplanner.core.language import Language
from ptplanner.core.program import Program, ProgramItem, Stage
from ptplanner.core.translation import exercise_text
from ptplanner.storage.store import Store

SPANISH = ExerciseText(name="Puente del clínico", summary="Fortalece las nalgas.", steps=("Paso uno.",),
                       stop_if="Pare si le duele más.")


def clinic_copy(clinic, base_id: str, new_id: str, **changes):
    base = clinic.workspace.bundled.exercises[base_id]
    return base.model_copy(update={"id": new_id, "origin": Origin.CLINIC, "easier": (), "harder": (),
                                   "translations": {}, **changes})


def spanish_for(exercise):
    text = {"steps": tuple(f"Paso {n}." for n, _ in enumerate(exercise.steps, 1)),
            "cues": tuple("Consejo." for _ in exercise.cues),
            "precautions": tuple("Cuidado." for _ in exercise.precautions)}
    return {"es": SPANISH.model_copy(update=text)}


def test_only_the_programs_exercises_are_read_and_an_untranslated_copy_falls_back(clinic, monkeypatch):
    bundled_id = sorted(clinic.workspace.bundled.exercises)[0]
    printed = clinic_copy(clinic, bundled_id, "clinic-printed")  # copied into the program untranslated
    translated = printed.model_copy(update={"translations": spanish_for(printed)})
    clinic.save_exercise(translated)  # translated since it was copied into the program
    clinic.save_exercise(clinic_copy(clinic, bundled_id, "clinic-unused"))
    reworded = clinic_copy(clinic, bundled_id, "clinic-reworded")
    clinic.save_exercise(reworded.model_copy(update={"summary": "Said otherwise now.",
                                                     "translations": spanish_for(reworded)}))
    bundled = clinic.workspace.bundled.exercises[bundled_id].model_copy(update={"translations": {}})
    program = Program(patient_id="p", title="Test", created_on=date(2026, 11, 2), stages=(
        Stage(name="One", start_week=0, end_week=4,
              items=tuple(ProgramItem.of(e) for e in (printed, reworded, bundled))),))

    def whole_library(*_args, **_kwargs):
        raise AssertionError("the whole clinic library was read for one handout")

    monkeypatch.setattr(Store, "clinic_exercises", whole_library)
    library = translations(clinic, program).library
    assert set(library) == {"clinic-printed", "clinic-reworded", bundled_id}  # not "clinic-unused"
    assert exercise_text(printed, Language.SPANISH, library) == spanish_for(printed)["es"]
    assert exercise_text(reworded, Language.SPANISH, library) is None  # its English changed: English printed
    expected = clinic.workspace.bundled.exercises[bundled_id].translations.get("es")
    assert exercise_text(bundled, Language.SPANISH, library) == expected


def test_a_clinic_exercise_sharing_a_bundled_id_loses_to_the_bundled_one_as_in_the_library(clinic):
    bundled_id = sorted(clinic.workspace.bundled.exercises)[0]
    shadow = clinic_copy(clinic, bundled_id, bundled_id, name="A clinic copy under the same id")
    clinic.workspace.store.save_clinic_exercise(shadow)
    program = Program(patient_id="p", title="Test", created_on=date(2026, 11, 2), stages=(
        Stage(name="One", start_week=0, end_week=4, items=(ProgramItem.of(shadow),)),))
    assert translations(clinic, program).library[bundled_id] == clinic.library().get(bundled_id)
