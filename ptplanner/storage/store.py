"""The one object the app uses to read and write its data: core objects in, core objects out.

Each method is one transaction. The work is done by the modules named for what they store. Methods that
view, change, export or import a patient's record append their audit row in that transaction (audit.py);
so do changes to the clinic's own exercises and settings, with no patient id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.exchange import PatientRecord
from ptplanner.core.exercise import Exercise
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.progress.log import Prescribed
from ptplanner.storage import audit, clinic, logs, patients, program_parts, programs, transfer
from ptplanner.storage.database import Database
from ptplanner.storage.photos import check_photos, write_photos

log = logging.getLogger(__name__)


class Store:
    def __init__(self, db: Database) -> None:
        self._db = db

    # patients

    def list_patients(self) -> list[Patient]:
        with self._db.session() as session:
            return patients.list_patients(session)

    def get_patient(self, patient_id: str) -> Patient:
        with self._db.session() as session:
            return patients.get_patient(session, patient_id)

    def open_patient(self, patient_id: str) -> tuple[Patient, list[Program]]:
        """The patient and their programs, to show their record: audited as a view."""
        with self._db.session() as session:
            patient = patients.get_patient(session, patient_id)
            stored = programs.programs_for(session, patient_id)
            audit.record(session, "view", patient_id, {"programs": [program.id for program in stored]})
            return patient, stored

    def find_patients(self, text: str, limit: int | None = None) -> list[Patient]:
        with self._db.session() as session:
            return patients.find_patients(session, text, limit)

    def search_patients(self, text: str, limit: int) -> list[patients.PatientMatch]:
        with self._db.session() as session:
            return patients.search_patients(session, text, limit)

    def patient_matches(self, text: str) -> list[patients.PatientMatch]:
        with self._db.session() as session:
            return patients.patient_matches(session, text)

    def unreadable_patients(self, patient_ids: Sequence[str]) -> dict[str, str]:
        with self._db.session() as session:
            return patients.unreadable_patients(session, patient_ids)

    def save_patient(self, patient: Patient) -> None:
        with self._db.session() as session:
            fields = patients.changed_fields(session, patient)
            patients.save_patient(session, patient)
            details = {"record": "patient", **({"new": True} if fields is None else {"fields": fields})}
            audit.record(session, "change", patient.id, details)

    def erase_patient(self, patient_id: str) -> None:
        """Delete the patient and all their data, and wipe it from the SQLite file and its log.

        Backups taken earlier still hold the patient; telling the user so is the caller's job.
        """
        with self._db.session() as session:
            parts = program_parts.parts_of_patient(session, patient_id)
            patients.erase_patient(session, patient_id)
            program_parts.remove_unused(session, parts)
            audit.record(session, "erase", patient_id)  # the opaque id alone remains
        if self._db.is_sqlite and not self._db.checkpoint_log():
            log.warning("Erased patient %s; another connection is reading, so the log is wiped later", patient_id)

    # programs

    def programs_for(self, patient_id: str) -> list[Program]:
        with self._db.session() as session:
            return programs.programs_for(session, patient_id)

    def get_program(self, program_id: str) -> Program:
        with self._db.session() as session:
            return programs.get_program(session, program_id)

    def save_program(self, program: Program) -> Program:
        """Save as the next version and return it; ConflictError if someone saved since it was loaded."""
        with self._db.session() as session:
            saved = programs.save_program(session, program)
            details = {"record": "program", "program_id": saved.id, "version": saved.version}
            audit.record(session, "change", saved.patient_id, details)
            return saved

    def a_patient_with_a_program(self) -> str | None:
        """Any patient who has a saved program (None in a clinic without one): whose reads warm up a start."""
        with self._db.session() as session:
            return programs.a_patient_with_a_program(session)

    def program_version(self, program_id: str, version: int) -> Program:
        with self._db.session() as session:
            return programs.program_version(session, program_id, version)

    def prescriptions(self, program_id: str) -> list[Prescribed]:
        """The program's saved versions with the day each was saved, oldest first."""
        with self._db.session() as session:
            return programs.prescriptions(session, [program_id])[program_id]

    # adherence and outcomes

    def entries_for(self, program_id: str) -> list[AdherenceEntry]:
        with self._db.session() as session:
            return logs.entries_for(session, program_id)

    def save_entry(self, entry: AdherenceEntry) -> None:
        with self._db.session() as session:
            logs.save_entry(session, entry)
            _record_log(session, [entry.program_id], {"saved": [entry.id]})

    def delete_entry(self, entry: AdherenceEntry) -> None:
        with self._db.session() as session:
            logs.delete_entry(session, entry)
            _record_log(session, [entry.program_id], {"deleted": [entry.id]})

    def save_log(self, to_save: Sequence[AdherenceEntry], to_delete: Sequence[AdherenceEntry]) -> None:
        """Every changed day of a log sheet in one transaction: a failure leaves the log as it was."""
        with self._db.session() as session:
            logs.save_log(session, to_save, to_delete)
            changed = {"saved": [e.id for e in to_save], "deleted": [e.id for e in to_delete]}
            _record_log(session, [e.program_id for e in [*to_save, *to_delete]], changed)

    def outcomes_for(self, patient_id: str) -> list[OutcomeScore]:
        with self._db.session() as session:
            return logs.outcomes_for(session, patient_id)

    def save_outcome(self, patient_id: str, score: OutcomeScore) -> None:
        with self._db.session() as session:
            logs.save_outcome(session, patient_id, score)
            audit.record(session, "change", patient_id, {"record": "outcome", "outcome_id": score.id})

    # clinic exercises and settings

    def clinic_exercises(
        self, include_archived: bool = False, pause_point: Callable[[], None] | None = None
    ) -> clinic.ClinicExercises:
        with self._db.session() as session:
            return clinic.clinic_exercises(session, include_archived, pause_point)

    def clinic_exercises_with_ids(self, ids: Iterable[str]) -> dict[str, Exercise]:
        with self._db.session() as session:
            return clinic.clinic_exercises_with_ids(session, ids)

    def save_clinic_exercise(
        self, exercise: Exercise, photos: dict[str, tuple[bytes, str] | None] | None = None
    ) -> None:
        """Save a clinic exercise and, when given, make its photos exactly `photos`, in one transaction:
        if the photos cannot be written, the exercise is not saved either."""
        if photos is not None:
            check_photos(photos)
        with self._db.session() as session:
            clinic.save_clinic_exercise(session, exercise)
            if photos is not None:
                session.flush()
                write_photos(session, exercise.id, photos)
            audit.record(session, "change", None, {"record": "exercise", "exercise_id": exercise.id})

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._db.session() as session:
            return clinic.get_setting(session, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Audited with no patient: a setting (the clinic's phone, the progress rules) shapes every
        patient's handouts and flags, and the row tells other workstations to read it again."""
        with self._db.session() as session:
            clinic.set_setting(session, key, value)
            audit.record(session, "change", None, {"record": "setting", "key": key})

    # export and import

    def export_patient(self, patient_id: str, file_format: str = "json") -> PatientRecord:
        """The whole record, audited as an export (naming `file_format` when it is not ptplanner's JSON)."""
        with self._db.session() as session:
            record = transfer.export_patient(session, patient_id)
            details: dict[str, Any] = {"programs": [p.id for p in record.programs]}
            if file_format != "json":
                details["format"] = file_format
            audit.record(session, "export", patient_id, details)
            return record

    def import_patient(self, record: PatientRecord) -> Patient:
        try:
            with self._db.session() as session:
                patient = transfer.import_patient(session, record)
                audit.record(session, "import", patient.id, {"programs": [p.id for p in record.programs]})
                return patient
        except IntegrityError:
            # Another workstation imported the same record meanwhile: say so, as if it had come first.
            with self._db.session() as session:
                transfer.refuse_stored_ids(session, record)
            raise

    # the audit trail

    def record_event(self, action: str, patient_id: str | None, details: dict[str, Any]) -> None:
        """An audit row alone, for an operation on a record done outside the database (a report printed)."""
        with self._db.session() as session:
            audit.record(session, action, patient_id, details)


def _record_log(session: Session, program_ids: Sequence[str | None], changed: dict[str, list[str]]) -> None:
    """One audit row for each patient whose log changed (a log sheet is one patient's)."""
    by_patient: dict[str | None, list[str]] = {}
    for program_id in sorted({p for p in program_ids if p is not None}):
        by_patient.setdefault(programs.patient_of(session, program_id), []).append(program_id)
    for patient_id, ids in by_patient.items():
        audit.record(session, "change", patient_id, {"record": "log", "programs": ids, **changed})
