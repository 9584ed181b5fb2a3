"""The open patient's handout built ahead (app/handouts_ahead.py): a print from the same stored data takes it,
byte for byte the handout it would have built, once; anything changed since, and the print builds anew."""

from __future__ import annotations

import shutil
import threading
from datetime import timedelta

import pytest

from ptplanner.app import handouts
from ptplanner.app.clinic import Clinic
from ptplanner.app.handouts import default_options, prepare_handout, prepare_handout_ahead
from ptplanner.core import clock
from ptplanner.core.clinic import Paper
from ptplanner.core.language import Language, speaking
from ptplanner.core.summary import current_program
from ptplanner.handouts.document import build_handout


@pytest.fixture
def demo(demo_dir, tmp_path):
    """The demo clinic, a copy of its own for each test (some change it)."""
    folder = tmp_path / "data"
    shutil.copytree(demo_dir, folder)
    clinic = Clinic.open(folder)
    yield clinic
    clinic.close()


@pytest.fixture
def builds(monkeypatch):
    """The handouts built from here on, by handout id."""
    built: list[str] = []
    build = handouts.build_handout
    counted = lambda *a, **k: built.append(k["handout_id"]) or build(*a, **k)  # noqa: E731
    monkeypatch.setattr(handouts, "build_handout", counted)
    return built


def a_patient(clinic: Clinic) -> tuple[str, str]:
    """A demo patient with a program: their id and their program's."""
    for summary in clinic.workspace.store.list_patients():
        program = current_program(clinic.programs_for(summary.id))
        if program is not None and program.current_stage().items:
            return summary.id, program.id
    raise AssertionError("the demo clinic has no patient with exercises")


def as_the_preview_asks(clinic: Clinic, patient_id: str, program_id: str):
    """The options the print preview builds with once it has listed the stages: each one named."""
    program = clinic.get_program(program_id)
    language = clinic.get_patient(patient_id).handout_language(clinic.clinic_settings().language)
    return default_options(clinic).model_copy(
        update={"stage_index": program.current_stage_index(), "language": language}
    )


def test_the_print_takes_the_handout_built_ahead_and_it_is_the_one_it_would_have_built(demo, builds):
    patient_id, program_id = a_patient(demo)
    today = clock.today()
    assert prepare_handout_ahead(demo, patient_id, program_id, today)
    [ahead_id] = builds

    asked = as_the_preview_asks(demo, patient_id, program_id)
    prepared = prepare_handout(demo, patient_id, program_id, asked, today)

    assert builds == [ahead_id]  # nothing built for the print
    assert prepared.handout_id == ahead_id
    # Built now with that id and the options as the print asks (or as the clinic's defaults leave them):
    # the same bytes.
    patient, program = demo.get_patient(patient_id), demo.get_program(program_id)
    for options in (prepared.options, default_options(demo)):
        again = build_handout(
            patient, program, demo.clinic_settings(), options, today,
            translations=handouts.translations(demo, program), handout_id=ahead_id,
        )
        assert again.pdf == prepared.handout.pdf
    assert prepared.options.stage_index == program.current_stage_index()
    assert prepared.program_version == program.version


def test_it_is_given_once_the_next_print_builds_one_with_its_own_id(demo, builds):
    patient_id, program_id = a_patient(demo)
    today = clock.today()
    prepare_handout_ahead(demo, patient_id, program_id, today)
    first = prepare_handout(demo, patient_id, program_id, default_options(demo), today)
    second = prepare_handout(demo, patient_id, program_id, default_options(demo), today)
    assert len(builds) == 2
    assert second.handout_id != first.handout_id
    assert second.handout_id == builds[-1]


def _patient_edited(clinic, patient_id, _program_id):
    patient = clinic.get_patient(patient_id)
    clinic.save_patient(patient.model_copy(update={"surgeon_phone": "(555) 010-9999"}))


def _program_saved_again(clinic, patient_id, program_id):
    program = clinic.get_program(program_id)
    clinic.save_program(program.model_copy(update={"title": program.title + " (new)"}))


def _paper_changed(clinic, _patient_id, _program_id):
    settings = clinic.clinic_settings()
    other = Paper.A4 if settings.paper is Paper.LETTER else Paper.LETTER
    clinic.save_clinic_settings(settings.model_copy(update={"paper": other}))


CHANGES = {
    "the patient record edited": _patient_edited,
    "the program saved again": _program_saved_again,
    "the clinic's paper changed": _paper_changed,
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_to_the_stored_data_since_builds_the_handout_anew(demo, builds, change):
    patient_id, program_id = a_patient(demo)
    today = clock.today()
    prepare_handout_ahead(demo, patient_id, program_id, today)
    CHANGES[change](demo, patient_id, program_id)
    prepared = prepare_handout(demo, patient_id, program_id, default_options(demo), today)
    assert len(builds) == 2
    assert prepared.handout_id == builds[-1]


def test_other_options_another_day_or_another_app_language_build_anew(demo, builds):
    patient_id, program_id = a_patient(demo)
    today = clock.today()
    options = default_options(demo)
    asked = [
        (options.model_copy(update={"large_print": not options.large_print}), today, Language.ENGLISH),
        (options.model_copy(update={"log_weeks": options.log_weeks + 1}), today, Language.ENGLISH),
        (options.model_copy(update={"language": Language.SPANISH}), today, Language.ENGLISH),
        (options, today + timedelta(days=1), Language.ENGLISH),
        (options, today, Language.SPANISH),  # the notices to the person printing are in the app's language
    ]
    for other_options, day, app_language in asked:
        prepare_handout_ahead(demo, patient_id, program_id, today)
        with speaking(app_language):
            prepared = prepare_handout(demo, patient_id, program_id, other_options, day)
        assert prepared.handout_id == builds[-1] != builds[-2], (other_options, day, app_language)


def test_a_print_asked_for_while_it_is_built_ahead_waits_for_it_rather_than_building_anew(demo, monkeypatch):
    patient_id, program_id = a_patient(demo)
    today = clock.today()
    started, release = threading.Event(), threading.Event()
    built: list[str] = []
    build = handouts.build_handout

    def held_build(*args, **kwargs):
        built.append(kwargs["handout_id"])
        started.set()
        release.wait(10)
        return build(*args, **kwargs)

    monkeypatch.setattr(handouts, "build_handout", held_build)
    ahead = threading.Thread(target=prepare_handout_ahead, args=(demo, patient_id, program_id, today))
    ahead.start()
    assert started.wait(10)
    printed: list = []
    options = default_options(demo)
    printing = threading.Thread(
        target=lambda: printed.append(prepare_handout(demo, patient_id, program_id, options, today))
    )
    printing.start()
    printing.join(0.3)
    assert printing.is_alive()  # waiting for the build ahead
    release.set()
    ahead.join(10)
    printing.join(10)
    assert len(built) == 1
    assert printed[0].handout_id == built[0]
