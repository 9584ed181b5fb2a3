"""Printing from stored data: clinic settings, recorded copies, and reprints that never change."""

from datetime import date

import pytest
from handout_samples import TODAY, library, make_patient, make_program, pdf_text

from ptplanner.app.clinic import Clinic
from ptplanner.core.clinic import ClinicSettings, Paper
from ptplanner.core.exercise import Origin
from ptplanner.handouts.content import HandoutError
from ptplanner.handouts.document import build_handout
from ptplanner.handouts.options import HandoutOptions
from ptplanner.app.handouts import default_options, prepare_handout, record_printed
from ptplanner.storage.clinic_settings import (
    SETTING_KEY,
    ClinicSettingsDamaged,
    load_clinic_settings,
    save_clinic_settings,
)
from ptplanner.storage.handouts import handout_pdf, handouts_for
from ptplanner.app.workspace import Workspace

CLINIC = ClinicSettings(name="Hill Street PT", phone="555-0199", paper=Paper.A4, large_print=True)


@pytest.fixture
def workspace(data_dir):
    workspace = Workspace.open(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def saved(workspace):
    """A patient and their program as saved in the database (version 1)."""
    patient = make_patient()
    workspace.store.save_patient(patient)
    program = workspace.store.save_program(make_program(patient).model_copy(update={"version": 0}))
    save_clinic_settings(workspace.store, CLINIC)
    return patient, program


def test_clinic_settings_round_trip_and_default_when_never_saved(workspace):
    assert load_clinic_settings(workspace.store) == ClinicSettings()
    settings = ClinicSettings(
        name="Łódź Physio", phone="+48 42 000 00 00", logo=b"\xff\xd8\xff\xe0" + bytes(100)
    )
    save_clinic_settings(workspace.store, settings)
    assert load_clinic_settings(workspace.store) == settings


def test_damaged_clinic_settings_are_reported_with_the_field(workspace):
    workspace.store.set_setting(SETTING_KEY, {"name": "Clinic", "fever_threshold_c": 45})
    with pytest.raises(ClinicSettingsDamaged, match=r"fever_threshold_c.*File > Clinic settings"):
        load_clinic_settings(workspace.store)


def test_the_clinic_chooses_the_default_paper_and_print_size(workspace, saved):
    assert default_options(Clinic(workspace)) == HandoutOptions(paper=Paper.A4, large_print=True)


def test_printing_the_current_program_records_it(workspace, saved):
    patient, program = saved
    prepared = prepare_handout(Clinic(workspace), patient.id, None, HandoutOptions(), TODAY)
    assert (prepared.program_id, prepared.program_version) == (program.id, 1)
    assert "Hill Street PT" in pdf_text(prepared.handout.pdf)
    record = record_printed(Clinic(workspace), prepared)
    assert [r.id for r in handouts_for(workspace.database, patient.id)] == [record.id]
    assert record.program_version == 1 and record.options["paper"] == "letter"


def test_a_reprint_is_the_very_same_document_after_the_program_and_library_changed(workspace, saved):
    patient, program = saved
    prepared = prepare_handout(Clinic(workspace), patient.id, program.id, HandoutOptions(log_weeks=1), TODAY)
    record = record_printed(Clinic(workspace), prepared)

    first_item = program.stages[1].items[0]
    renamed = first_item.exercise.model_copy(update={"name": "Changed since printing"})
    changed_stage = program.stages[1].model_copy(
        update={"items": (first_item.model_copy(update={"exercise": renamed}),)}
    )
    workspace.store.save_program(
        program.model_copy(update={"stages": (program.stages[0], changed_stage, *program.stages[2:])})
    )
    clinic_copy = library().get("bridge").model_copy(update={"id": "clinic-bridge", "origin": Origin.CLINIC})
    workspace.store.save_clinic_exercise(clinic_copy)
    save_clinic_settings(workspace.store, ClinicSettings(name="New name"))

    assert handout_pdf(workspace.database, record.id) == prepared.handout.pdf
    newer = prepare_handout(Clinic(workspace), patient.id, program.id, HandoutOptions(log_weeks=1), TODAY)
    assert newer.program_version == 2 and "Changed since printing" in pdf_text(newer.handout.pdf)
    # The saved version rebuilds byte for byte too, since the same input gives the same PDF.
    version_1 = workspace.store.program_version(program.id, 1)
    rebuilt = build_handout(
        patient, version_1, CLINIC, HandoutOptions(log_weeks=1), TODAY, font_folders=None,
        handout_id=prepared.handout_id,
    )
    assert rebuilt.pdf == prepared.handout.pdf


def test_a_patient_without_a_program_cannot_be_printed(workspace):
    patient = make_patient(id="no-program")
    workspace.store.save_patient(patient)
    with pytest.raises(HandoutError, match="no program yet"):
        prepare_handout(Clinic(workspace), patient.id, None, HandoutOptions(), date(2025, 3, 1))


def test_the_record_names_the_stage_printed(workspace, saved):
    patient, _program = saved  # in stage 2
    current = record_printed(Clinic(workspace), prepare_handout(Clinic(workspace), patient.id, None, HandoutOptions(), TODAY))
    chosen = prepare_handout(Clinic(workspace), patient.id, None, HandoutOptions(stage_index=3), TODAY)
    assert current.options["stage_index"] == 1 and chosen.handout.stage_index == 3
    assert record_printed(Clinic(workspace), chosen).options["stage_index"] == 3
