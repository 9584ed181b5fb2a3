"""Export a patient's whole record, and import one into another database in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ptplanner import __version__
from ptplanner.core.exchange import PatientRecord, VersionSaved
from ptplanner.core.patient import Patient
from ptplanner.storage import logs, patients, programs
from ptplanner.storage.errors import AlreadyExists
from ptplanner.storage.models import OutcomeRow, PatientRow, ProgramRow

IDS_PER_QUERY = 500  # well under the number of parameters SQLite accepts in one statement


def export_patient(session: Session, patient_id: str) -> PatientRecord:
    current = programs.programs_for(session, patient_id)
    return PatientRecord(
        app_version=__version__,
        exported_at=datetime.now(UTC),
        patient=patients.get_patient(session, patient_id),
        programs=current,
        program_history=[version for p in current for version in programs.history(session, p.id)],
        versions_saved=[
            VersionSaved(program_id=program_id, version=version, saved_at=saved_at)
            for program_id, version, saved_at in sorted(programs.saved_times(session, [p.id for p in current]))
        ],
        adherence=[entry for p in current for entry in logs.entries_for(session, p.id)],
        outcomes=logs.outcomes_for(session, patient_id),
    )


def import_patient(session: Session, record: PatientRecord) -> Patient:
    """Add everything in `record`; refuse, before adding anything, if any of its ids is stored already."""
    refuse_stored_ids(session, record)
    patient = record.patient
    patients.add_patient(session, patient)
    session.flush()  # the patient row must exist before rows that refer to it
    for program in record.programs:
        programs.add_program(session, program)
    session.flush()
    saved = {(v.program_id, v.version): v.saved_at for v in record.versions_saved}
    for snapshot in record.program_history:
        programs.add_snapshot(session, snapshot, saved.get((snapshot.id, snapshot.version)))
    logs.add_entries(session, record.adherence)
    for score in record.outcomes:
        logs.add_outcome(session, patient.id, score)
    return patient


def refuse_stored_ids(session: Session, record: PatientRecord) -> None:
    """AlreadyExists, naming what, if the record's patient or any of its programs or scores is stored (its log
    entries are stored under its programs)."""
    stored = session.get(PatientRow, record.patient.id)
    if stored is not None:
        raise AlreadyExists(
            f"The patient “{stored.name[:60]}” (id {stored.id}) is already in this database, so nothing was "
            "imported. To replace them with the file's copy, erase the stored patient first (Patient ▸ Erase "
            f"patient… in the app, or 'ptplanner erase {stored.id[:8]} --yes'), then import again."
        )
    checks = [
        ("program", ProgramRow.id, (p.id for p in record.programs)),
        ("outcome score", OutcomeRow.id, (s.id for s in record.outcomes)),
    ]
    for kind, column, ids in checks:
        clash = _first_stored(session, column, ids)
        if clash is not None:
            raise AlreadyExists(
                f"The file's {kind} {clash} is already in this database under another patient, "
                "so nothing was imported."
            )


def _first_stored(session: Session, column: InstrumentedAttribute[str], ids: Iterable[str]) -> str | None:
    wanted = sorted(ids)
    for start in range(0, len(wanted), IDS_PER_QUERY):
        chunk = wanted[start : start + IDS_PER_QUERY]
        clash = session.scalars(select(column).where(column.in_(chunk)).order_by(column).limit(1)).first()
        if clash is not None:
            return clash
    return None
