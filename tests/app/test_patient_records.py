"""Discharge, re-admit and erase as app operations: the role, the audit row, the change report, and the
name wiped from the database file and its write-ahead log."""

from datetime import date, timedelta

import pytest
from app_helpers import add_patient as add_fusion_patient
from app_helpers import sign_in_front_desk

from ptplanner.app.audit import audit_events
from ptplanner.app.changes import Change, Changed
from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import BadInput, ConflictError, NotAllowed
from ptplanner.app.handouts import prepare_handout, record_printed
from ptplanner.core.discharge import Discharge
from ptplanner.core.patient import Patient
from ptplanner.handouts.options import HandoutOptions

TODAY = date(2026, 12, 4)
NAME = "Quenby Xylander-Fairweather"  # a name no other data in the file could hold by chance


def add_patient(clinic, name=NAME, with_program=True) -> Patient:
    patient, program = add_fusion_patient(clinic, name, with_program)
    if program is not None:  # a printed handout too, kept in the database
        record_printed(clinic, prepare_handout(clinic, patient.id, None, HandoutOptions(), TODAY))
    return patient


def test_a_discharged_patient_leaves_the_list_keeps_day_and_reason_and_comes_back(clinic):
    patient = add_patient(clinic)
    other = add_patient(clinic, "Ana Ruiz", with_program=False)
    seen: list[Change] = []
    clinic.on_change(seen.append)

    clinic.discharge_patient(patient.id, TODAY, "  Goals met  ")

    assert [row.name for row in clinic.patient_rows(TODAY)] == ["Ana Ruiz"]
    [gone] = clinic.patient_rows(TODAY, discharged=True)
    assert (gone.name, gone.flags) == (NAME, ("discharged 2026-12-04: Goals met",))
    assert clinic.discharge_of(patient.id) == Discharge(TODAY, "Goals met")
    assert clinic.discharge_of(other.id) is None
    assert [p.id for p in clinic.find_patients("Xylander")] == [patient.id]  # still findable
    with pytest.raises(ConflictError, match="already discharged on 2026-12-04"):
        clinic.discharge_patient(patient.id, TODAY)

    clinic.readmit_patient(patient.id)

    assert [row.name for row in clinic.patient_rows(TODAY)] == ["Ana Ruiz", NAME]
    assert clinic.patient_rows(TODAY, discharged=True) == []
    with pytest.raises(ConflictError, match="not discharged"):
        clinic.readmit_patient(patient.id)
    assert seen == [Change(Changed.PATIENTS, patient.id)] * 2
    rows = [e for e in audit_events(clinic, patient_id=patient.id) if e.action in ("discharge", "readmit")]
    assert [(e.action, e.details) for e in rows] == [("discharge", {"on": "2026-12-04"}), ("readmit", {})]
    assert all("Goals" not in str(e.details) for e in rows)  # the reason may be clinical: not in the trail


def test_saving_the_details_of_a_discharged_patient_keeps_them_discharged(clinic):
    patient = add_patient(clinic, with_program=False)
    clinic.discharge_patient(patient.id, TODAY, "Moved away")
    clinic.save_patient(patient.model_copy(update={"notes": "Called to say thanks."}))
    assert clinic.discharge_of(patient.id) == Discharge(TODAY, "Moved away")


def test_a_reason_too_long_is_refused_and_nothing_changes(clinic):
    patient = add_patient(clinic, with_program=False)
    with pytest.raises(BadInput, match="longer than 500 characters"):
        clinic.discharge_patient(patient.id, TODAY, "x" * 501)
    assert clinic.discharge_of(patient.id) is None


def test_front_desk_may_not_discharge_readmit_or_erase_and_nothing_is_reported(clinic):
    patient = add_patient(clinic, with_program=False)
    sign_in_front_desk(clinic)
    seen: list[Change] = []
    clinic.on_change(seen.append)
    for operation in (
        lambda: clinic.discharge_patient(patient.id, TODAY),
        lambda: clinic.readmit_patient(patient.id),
        lambda: clinic.erase_patient(patient.id),
    ):
        with pytest.raises(NotAllowed, match="A front-desk account may not"):
            operation()
    assert seen == []
    assert [row.name for row in clinic.patient_rows(TODAY)] == [NAME]


def test_erasing_wipes_the_name_from_the_database_and_its_log_and_names_the_backups(data_dir):
    first = Clinic.open(data_dir)
    patient = add_patient(first)
    first.close()  # closing after a save takes an automatic backup, which holds the patient
    clinic = Clinic.open(data_dir)
    try:
        seen: list[Change] = []
        clinic.on_change(seen.append)
        clinic.save_patient(patient.model_copy(update={"notes": f"Seen again: {NAME}"}))  # into the log
        assert NAME.encode() in _files(data_dir)

        holding = clinic.erase_patient(patient.id)

        assert NAME.encode() not in _files(data_dir)
        assert b"Xylander" not in _files(data_dir)
        assert clinic.find_patients(NAME) == []
        assert holding and all(path.parent.name == "backups" for path in holding)
        assert seen[-1] == Change(Changed.PATIENTS, patient.id)
        erased = [e for e in audit_events(clinic, patient_id=patient.id) if e.action == "erase"]
        assert len(erased) == 1
    finally:
        clinic.close()


def _files(data_dir) -> bytes:
    """The database file and its write-ahead log, as they are on disk now."""
    found = b""
    for name in ("ptplanner.db", "ptplanner.db-wal"):
        path = data_dir / name
        if path.exists():
            found += path.read_bytes()
    return found


def test_a_read_in_progress_elsewhere_only_delays_the_wipe(clinic, data_dir):
    """Another connection in the middle of a read keeps part of the log; the checkpoint waits for it
    (SQLite busy timeout) rather than leave the name there."""
    import sqlite3
    import threading

    patient = add_patient(clinic, with_program=False)
    reader = sqlite3.connect(data_dir / "ptplanner.db", check_same_thread=False)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM patients").fetchone() == (1,)  # holds its snapshot
    clinic.save_patient(patient.model_copy(update={"notes": f"Seen: {NAME}"}))  # a frame after the snapshot
    finish = threading.Timer(0.3, reader.rollback)
    finish.start()
    try:
        clinic.erase_patient(patient.id)
    finally:
        finish.join()
        reader.close()
    assert NAME.encode() not in _files(data_dir)


def test_a_discharged_patients_progress_and_report_end_when_they_left_care(clinic):
    from ptplanner.app.report_inputs import gather_report_inputs
    from ptplanner.core.adherence import AdherenceEntry, ItemCompletion
    from ptplanner.core.summary import current_program
    from ptplanner.handouts.report import build_report

    patient = add_patient(clinic)
    program = current_program(clinic.programs_for(patient.id))
    left = date(2026, 11, 1)
    logged = [left - timedelta(days=offset) for offset in range(14)]  # two weeks, every session done
    items = program.stages[0].items
    clinic.save_log(patient.id, [
        AdherenceEntry(program_id=program.id, day=day, completions=tuple(
            ItemCompletion(item_id=item.id, sessions_done=item.dosage.times_per_day) for item in items))
        for day in logged
    ], [])
    assert clinic.progress_log(patient.id, program).discharged_on is None
    in_care = build_report(gather_report_inputs(clinic, patient.id, None, TODAY))

    clinic.discharge_patient(patient.id, left, "Goals met")

    log = clinic.progress_log(patient.id, program)
    assert log.discharged_on == left and log.end(TODAY) == left
    report = build_report(gather_report_inputs(clinic, patient.id, None, TODAY))
    said, before = _words(report.pdf), _words(in_care.pdf)
    assert "Discharged: November 1, 2026. The figures below end on November 1, 2026" in said
    assert "December 4, 2026" in said  # the report's own date is still today
    assert "None: the patient is discharged." in said
    assert "Discharged:" not in before
    assert "100% of prescribed sessions done" in said
    assert "100% of prescribed sessions done" not in before  # in care, the weeks since count as missed
    assert "14 days in a row with exercise, up to Nov 1" in said and "up to now" in before

    assert _adherence_weeks_end(clinic, patient.id) == left.isoformat()  # the FHIR export too

    clinic.readmit_patient(patient.id)
    assert clinic.progress_log(patient.id, program).discharged_on is None
    assert _adherence_weeks_end(clinic, patient.id) == (TODAY - timedelta(days=1)).isoformat()


def _words(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _adherence_weeks_end(clinic, patient_id: str) -> str:
    """The last day of the last weekly adherence Observation in the patient's FHIR export."""
    import json

    from ptplanner.app.fhir_export import fhir_export

    bundle = json.loads(fhir_export(clinic, patient_id, TODAY).text)
    weeks = [entry["resource"]["effectivePeriod"]["end"] for entry in bundle["entry"]
             if entry["resource"]["resourceType"] == "Observation" and "effectivePeriod" in entry["resource"]]
    return max(weeks)
