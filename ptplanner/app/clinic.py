"""The open clinic: every operation the app and the command line perform on its data, in one place.

Operations take and return core objects. Each checks that the signed-in account's role allows it
(`NotAllowed` if not; with sign-in off every operation is allowed), runs in one transaction of the
store (which appends the audit row of an operation on a patient's record in that transaction), and
reports what it changed to the listeners, so views refresh from that. Operations are plain blocking
calls: the GUI runs them on its task runner, never on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ptplanner.app.changes import Change, Changed
from ptplanner.app.errors import NotAllowed
from ptplanner.app.workspace import Workspace
from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.exchange import PatientRecord
from ptplanner.core.exercise import Exercise
from ptplanner.core.library import Library
from ptplanner.core.patient import Patient
from ptplanner.core.patient_list import PatientListRow
from ptplanner.core.problems import Problem
from ptplanner.core.program import Program
from ptplanner.core.progress.log import Prescribed
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.roles import Action, User, allowed
from ptplanner.core.suggestions import SuggestionDecision
from ptplanner.core.templates import ProgramTemplate
from ptplanner.storage import audit, decisions, photos, summaries
from ptplanner.storage.clinic_settings import load_clinic_settings, save_clinic_settings
from ptplanner.storage.handouts import HandoutRecord, handout_pdf, handouts_for
from ptplanner.storage.progress_settings import load_rules, save_rules
from ptplanner.storage.patients import PatientMatch

Listener = Callable[[Change], None]
PHOTO_KINDS = photos.PHOTO_KINDS  # a clinic exercise's two photo slots: "start" and "end"
Photo = tuple[bytes, str]  # the image's bytes and its type, "image/png" or "image/jpeg"

# What a role may not do, in the words of the refusal: "A front-desk account may not ..."
_REFUSED_WORDS = {
    Action.MANAGE_USERS: "manage accounts",
    Action.READ_AUDIT: "read the audit trail",
    Action.VIEW_CLINICAL: "open clinical records",
    Action.CHANGE_CLINICAL: "change clinical records",
    Action.PRINT_HANDOUT: "print new handouts",
    Action.REPRINT_HANDOUT: "reprint handouts",
    Action.VIEW_CONTACTS: "see the patient list",
    Action.EXPORT: "export patients",
    Action.IMPORT: "import patients",
    Action.ERASE: "erase patients",
}


@dataclass(frozen=True)
class ProgressLog:
    """What a program's progress is computed from, read in one go."""

    entries: list[AdherenceEntry]
    outcomes: list[OutcomeScore]
    rules: ProgressRules
    decisions: list[SuggestionDecision]
    history: list[Prescribed]  # the saved versions, with the day of each


class Clinic:
    def __init__(self, workspace: Workspace, user: User | None = None) -> None:
        self._workspace = workspace
        self._store = workspace.store
        self._database = workspace.database
        self.user = user  # None: sign-in is off (a single desktop), so every operation is allowed
        self._listeners: list[Listener] = []
        self._listeners_lock = threading.Lock()

    @classmethod
    def open(cls, data_dir: Path, database_url: str | None = None, user: User | None = None) -> Clinic:
        return cls(Workspace.open(data_dir, database_url), user)

    def close(self) -> list[str]:
        """Close the database (backed up first when something was saved); the backup's warnings."""
        return self._workspace.close()

    @property
    def templates(self) -> dict[str, ProgramTemplate]:
        return self._workspace.templates

    @property
    def problems(self) -> list[Problem]:
        """What was wrong with the bundled library files, found when opening."""
        return self._workspace.problems

    @property
    def warnings(self) -> list[str]:
        """What the user should know about the data folder or database, found when opening."""
        return self._workspace.warnings

    @property
    def workspace(self) -> Workspace:
        """The opened database and library files, for the app layer's own modules (not the interfaces)."""
        return self._workspace

    # roles and change reports

    def may(self, action: Action) -> bool:
        return self.user is None or allowed(self.user.role, action)

    def require(self, action: Action) -> None:
        if not self.may(action):
            assert self.user is not None
            raise NotAllowed(f"A {self.user.role.value} account may not {_REFUSED_WORDS[action]}.")

    def on_change(self, listener: Listener) -> None:
        """Call `listener` with each change an operation made (on the thread that ran the operation)."""
        with self._listeners_lock:
            self._listeners.append(listener)

    def report(self, *changes: Change) -> None:
        with self._listeners_lock:
            listeners = list(self._listeners)
        for change in changes:
            for listener in listeners:
                listener(change)

    # patients

    def patient_rows(self, today: date) -> list[PatientListRow]:
        """Every patient as the patient list shows them."""
        self.require(Action.VIEW_CONTACTS)
        return summaries.patient_list(self._database, today)

    def progress_flags(self, today: date) -> dict[str, tuple[str, ...]]:
        """Each patient's raised progress flags by patient id (none for a role without clinical access)."""
        if not self.may(Action.VIEW_CLINICAL):
            return {}
        return summaries.progress_flags(self._database, today, load_rules(self._store))

    def find_patients(self, text: str, limit: int | None = None) -> list[Patient]:
        """By id, name, surgeon, therapist or date of birth (see storage.patients.find_patients)."""
        self.require(Action.VIEW_CONTACTS)
        return self._store.find_patients(text, limit)

    def search_patients(self, text: str, limit: int) -> list[PatientMatch]:
        """The first `limit` matches of find_patients, light rows for a search-as-you-type list."""
        self.require(Action.VIEW_CONTACTS)
        return self._store.search_patients(text, limit)

    def get_patient(self, patient_id: str) -> Patient:
        self.require(Action.VIEW_CONTACTS)
        return self._store.get_patient(patient_id)

    def open_patient(self, patient_id: str) -> tuple[Patient, list[Program]]:
        """The patient and their programs, to show their record (audited as a view)."""
        self.require(Action.VIEW_CLINICAL)
        return self._store.open_patient(patient_id)

    def save_patient(self, patient: Patient) -> None:
        self.require(Action.CHANGE_CLINICAL)
        self._store.save_patient(patient)
        self.report(Change(Changed.PATIENTS, patient.id))

    def erase_patient(self, patient_id: str) -> None:
        """Every row of the patient removed and wiped from the database file; backups still hold them."""
        self.require(Action.ERASE)
        self._store.erase_patient(patient_id)
        self.report(Change(Changed.PATIENTS, patient_id))

    # programs and progress

    def programs_for(self, patient_id: str) -> list[Program]:
        self.require(Action.VIEW_CLINICAL)
        return self._store.programs_for(patient_id)

    def get_program(self, program_id: str) -> Program:
        self.require(Action.VIEW_CLINICAL)
        return self._store.get_program(program_id)

    def save_program(self, program: Program) -> Program:
        """Saved as the next version, which is returned; ConflictError if someone saved since it was loaded."""
        self.require(Action.CHANGE_CLINICAL)
        saved = self._store.save_program(program)
        self.report(Change(Changed.PROGRAM, saved.patient_id))
        return saved

    def prescriptions(self, program_id: str) -> list[Prescribed]:
        """The program's saved versions with the day each was saved, oldest first."""
        self.require(Action.VIEW_CLINICAL)
        return self._store.prescriptions(program_id)

    def progress_log(self, patient_id: str, program: Program) -> ProgressLog:
        """The program's log, the patient's outcome scores, the clinic's rules and the decisions taken.
        A program never saved has no log yet."""
        self.require(Action.VIEW_CLINICAL)
        stored = program.version > 0
        return ProgressLog(
            entries=self._store.entries_for(program.id) if stored else [],
            outcomes=self._store.outcomes_for(patient_id),
            rules=load_rules(self._store),
            decisions=decisions.decisions_for(self._database, program.id) if stored else [],
            history=self._store.prescriptions(program.id) if stored else [],
        )

    def save_log(
        self, patient_id: str, to_save: Sequence[AdherenceEntry], to_delete: Sequence[AdherenceEntry]
    ) -> None:
        """Every changed day of a log sheet in one transaction: a failure leaves the log as it was."""
        self.require(Action.CHANGE_CLINICAL)
        self._store.save_log(to_save, to_delete)
        self.report(Change(Changed.LOG, patient_id))

    def save_outcome(self, patient_id: str, score: OutcomeScore) -> None:
        self.require(Action.CHANGE_CLINICAL)
        self._store.save_outcome(patient_id, score)
        self.report(Change(Changed.OUTCOMES, patient_id))

    def save_decision(self, patient_id: str, decision: SuggestionDecision) -> None:
        self.require(Action.CHANGE_CLINICAL)
        decisions.save_decision(self._database, patient_id, decision)
        self.report(Change(Changed.DECISIONS, patient_id))

    # printed handouts (building them: app/handouts.py; the progress report: app/report_inputs.py)

    def printed_handouts(self, patient_id: str) -> list[HandoutRecord]:
        """The patient's printed handouts, newest first."""
        self.require(Action.REPRINT_HANDOUT)
        return handouts_for(self._database, patient_id)

    def printed_pdf(self, handout_id: str) -> bytes:
        """The very document printed before, to show or print again."""
        self.require(Action.REPRINT_HANDOUT)
        return handout_pdf(self._database, handout_id)

    # the library

    def library(self) -> Library:
        """The bundled library plus the clinic's own exercises, as stored now."""
        return self._workspace.library()

    def clinic_exercises(self, include_archived: bool = True) -> list[Exercise]:
        return self._store.clinic_exercises(include_archived=include_archived)

    def save_exercise(self, exercise: Exercise, photos: dict[str, Photo | None] | None = None) -> None:
        """A clinic exercise and, when given, exactly these photos, in one transaction."""
        self.require(Action.CHANGE_CLINICAL)
        self._store.save_clinic_exercise(exercise, photos)
        self.report(Change(Changed.LIBRARY))

    def photo_kinds(self) -> set[tuple[str, str]]:
        """(exercise id, "start" or "end") of every stored photo."""
        return photos.stored_photo_kinds(self._database)

    def photo(self, exercise_id: str, which: str) -> Photo | None:
        return photos.load_photo(self._database, exercise_id, which)

    # settings

    def clinic_settings(self) -> ClinicSettings:
        return load_clinic_settings(self._store)

    def save_clinic_settings(self, settings: ClinicSettings) -> None:
        self.require(Action.CHANGE_CLINICAL)
        save_clinic_settings(self._store, settings)
        self.report(Change(Changed.SETTINGS))

    def progress_rules(self) -> ProgressRules:
        return load_rules(self._store)

    def save_progress_rules(self, rules: ProgressRules) -> None:
        self.require(Action.CHANGE_CLINICAL)
        save_rules(self._store, rules)
        self.report(Change(Changed.SETTINGS))

    # export and import

    def export_patient(self, patient_id: str, file_format: str = "json") -> PatientRecord:
        """Everything about the patient, audited as an export in `file_format` ("json", "fhir")."""
        self.require(Action.EXPORT)
        return self._store.export_patient(patient_id, file_format=file_format)

    def import_patient(self, record: PatientRecord) -> Patient:
        self.require(Action.IMPORT)
        patient = self._store.import_patient(record)
        self.report(Change(Changed.PATIENTS, patient.id))
        return patient

    def record_event(self, action: str, patient_id: str | None, details: dict | None = None) -> None:
        """An audit row of its own, for an operation done outside the database (a report printed)."""
        self._store.record_event(action, patient_id, details or {})


def acting_user(user: User | None) -> None:
    """Audit rows name `user` from now on (None: the operating-system user, with sign-in off)."""
    audit.set_actor(None if user is None else audit.Actor(user.name, audit.current_actor().workstation))
