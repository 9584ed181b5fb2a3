"""The open clinic: every operation the app and the command line perform on its data, in one place.

Operations take and return core objects. Each checks that the signed-in account's role allows it
(`NotAllowed` if not; with sign-in off every operation is allowed), runs in one transaction of the
store (which appends the audit row of an operation on a patient's record in that transaction), and
reports what it changed to the listeners, so views refresh from that. Operations are plain blocking
calls: the GUI runs them on its task runner, never on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ptplanner.app.changes import Change, Changed
from ptplanner.app.errors import BadInput, DatabaseError, NotAllowed, NotFound
from ptplanner.app.workspace import Workspace
from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.discharge import Discharge, progress_end, reason_problem
from ptplanner.core.exchange import PatientRecord
from ptplanner.core.exercise import Exercise
from ptplanner.core.language import clinic_word, tr_clinic
from ptplanner.core.library import Library
from ptplanner.core.patient import Patient
from ptplanner.core.patient_list import PatientListRow, PatientPage, PatientQuery
from ptplanner.core.problems import Problem
from ptplanner.core.program import Program, Stage
from ptplanner.core.program_reuse import (
    copied_stages,
    new_template_id,
    template_from_stages,
    template_name_problem,
)
from ptplanner.core.progress.log import Prescribed
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.roles import Action, Role, User, allowed
from ptplanner.core.safe_text import isolated, tidy_typed
from ptplanner.core.suggestions import SuggestionDecision
from ptplanner.core.summary import current_program
from ptplanner.core.templates import ProgramTemplate
from ptplanner.storage import audit, clinic_templates, decisions, discharges, patient_pages, photos, summaries
from ptplanner.storage.backup_holders import backup_files, backups_holding
from ptplanner.storage.clinic import ClinicExercises
from ptplanner.storage.clinic_settings import (
    ClinicSettingsDamaged,
    load_clinic_settings,
    save_clinic_settings,
)
from ptplanner.storage.handouts import HandoutRecord, handout_pdf, handouts_for
from ptplanner.storage.progress_settings import ProgressRulesDamaged, load_rules, save_rules
from ptplanner.storage.patients import PatientMatch

Listener = Callable[[Change], None]
PHOTO_KINDS = photos.PHOTO_KINDS  # a clinic exercise's two photo slots: "start" and "end"
Photo = tuple[bytes, str]  # the image's bytes and its type, "image/png" or "image/jpeg"

# What a role may not do, in the words of the refusal: "A front-desk account may not ..."
_REFUSED_WORDS = {
    Action.MANAGE_USERS: clinic_word("manage accounts"),
    Action.READ_AUDIT: clinic_word("read the audit trail"),
    Action.VIEW_CLINICAL: clinic_word("open clinical records"),
    Action.CHANGE_CLINICAL: clinic_word("change clinical records"),
    Action.PRINT_HANDOUT: clinic_word("print new handouts"),
    Action.REPRINT_HANDOUT: clinic_word("reprint handouts"),
    Action.VIEW_CONTACTS: clinic_word("see the patient list"),
    Action.EXPORT: clinic_word("export patients"),
    Action.IMPORT: clinic_word("import patients"),
    Action.ERASE: clinic_word("erase patients"),
}
_ROLE_WORDS = {  # in English, the CLI's --role spelling, as the refusals always said
    Role.ADMIN: clinic_word("admin"),
    Role.THERAPIST: clinic_word("therapist"),
    Role.FRONT_DESK: clinic_word("front-desk"),
}


@dataclass(frozen=True)
class ProgressLog:
    """What a program's progress is computed from, read in one go."""

    entries: list[AdherenceEntry]
    outcomes: list[OutcomeScore]
    rules: ProgressRules
    decisions: list[SuggestionDecision]
    history: list[Prescribed]  # the saved versions, with the day of each
    rules_notice: str | None = None  # why `rules` are the defaults: the clinic's cannot be read
    discharged_on: date | None = None  # the patient has left care: their progress ends then

    def end(self, today: date) -> date:
        """The last day the figures count (core.discharge.progress_end)."""
        return progress_end(today, self.discharged_on, (entry.day for entry in self.entries))


# The changes made inside writing_together() on this thread, held until they are stored, and their clinic.
_held_changes: ContextVar[tuple[Clinic, list[Change]] | None] = ContextVar("held_changes", default=None)


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

    def start_up_done(self) -> None:
        """The interface has shown what it opened with: the database's check before its first write can
        start now, in the background, instead of ten seconds after opening (storage/write_gate.py)."""
        self._database.check_before_writing_soon()

    def database_check_running(self) -> bool:
        """The database, opened after ptplanner was not closed properly, is being checked page by page;
        a save waits until that is done (seconds to minutes for a clinic of many gigabytes)."""
        return self._database.checking_whole_file()

    # roles and change reports

    def may(self, action: Action) -> bool:
        return self.user is None or allowed(self.user.role, action)

    def refusal(self, action: Action) -> str | None:
        """Why the signed-in account may not do `action`, in one line; None when it may."""
        if self.may(action):
            return None
        assert self.user is not None
        return tr_clinic("A {role} account may not {action}.").format(
            role=tr_clinic(_ROLE_WORDS[self.user.role]), action=tr_clinic(_REFUSED_WORDS[action])
        )

    def require(self, action: Action) -> None:
        refusal = self.refusal(action)
        if refusal is not None:
            raise NotAllowed(refusal)

    def on_change(self, listener: Listener) -> None:
        """Call `listener` with each change an operation made (on the thread that ran the operation)."""
        with self._listeners_lock:
            self._listeners.append(listener)

    def report(self, *changes: Change) -> None:
        held = _held_changes.get()
        if held is not None and held[0] is self:  # views would read the data before it is stored
            held[1].extend(changes)
            return
        with self._listeners_lock:
            listeners = list(self._listeners)
        for change in changes:
            for listener in listeners:
                listener(change)

    @contextmanager
    def writing_together(self) -> Iterator[None]:
        """The operations inside, on this thread, in one transaction: all of them are stored, or none when
        one fails (a disk filling part-way leaves the database as it was). Their changes are reported
        once stored."""
        held: list[Change] = []
        token = _held_changes.set((self, held))
        try:
            with self._database.together():
                yield
        finally:
            _held_changes.reset(token)
        self.report(*held)

    # patients

    def patient_rows(self, today: date, discharged: bool = False) -> list[PatientListRow]:
        """Every active patient as the patient list shows them (or every discharged one). A role without
        clinical access (the front desk) gets no flags: they come from the clinical record."""
        self.require(Action.VIEW_CONTACTS)
        rows = summaries.patient_list(self._database, today, discharged)
        if self.may(Action.VIEW_CLINICAL):
            return rows
        return [replace(row, flags=()) for row in rows]

    def patient_page(self, today: date, query: PatientQuery, offset: int, limit: int) -> PatientPage:
        """Rows `offset` to `offset + limit` of the patient list `query` describes, as patient_rows gives
        them, read by index: a list of any size shows its first screen at once and the rest as it scrolls."""
        self.require(Action.VIEW_CONTACTS)
        page = patient_pages.patient_page(self._database, today, query, offset, limit)
        if self.may(Action.VIEW_CLINICAL):
            return page
        return replace(page, rows=tuple(replace(row, flags=()) for row in page.rows))

    def patient_count(self, query: PatientQuery) -> int:
        """How many patients the list `query` describes holds."""
        self.require(Action.VIEW_CONTACTS)
        return patient_pages.patient_count(self._database, query)

    def progress_flags(
        self, today: date, patient_ids: Sequence[str] | None = None
    ) -> dict[str, tuple[str, ...]]:
        """Each patient's raised progress flags by patient id (none for a role without clinical access);
        with `patient_ids`, theirs only. A patient whose record does not read is flagged so (see summaries);
        progress rules that do not read give way to the defaults (progress_rules_notice says so)."""
        if not self.may(Action.VIEW_CLINICAL):
            return {}
        return summaries.progress_flags(self._database, today, self._rules_in_use()[0], patient_ids)

    def progress_rules_notice(self) -> str | None:
        """One line for the therapist when the clinic's progress rules cannot be read and the flags follow the
        default rules instead; None when they read (or the role sees no flags)."""
        return self._rules_in_use()[1] if self.may(Action.VIEW_CLINICAL) else None

    def _rules_in_use(self) -> tuple[ProgressRules, str | None]:
        try:
            return load_rules(self._store), None
        except ProgressRulesDamaged:  # the defaults are safe to flag by; the stored rules are left alone
            return ProgressRules(), tr_clinic(
                "The clinic's progress rules cannot be read (their stored text is damaged), so the flags"
                " follow the default rules. Restore the latest good backup to get the clinic's own rules"
                " back."
            )

    def find_patients(self, text: str, limit: int | None = None) -> list[Patient]:
        """By id, name, surgeon, therapist or date of birth (see storage.patients.find_patients)."""
        self.require(Action.VIEW_CONTACTS)
        return self._store.find_patients(text, limit)

    def patients_named(self, text: str) -> list[Patient]:
        """The patients `text` names where one is wanted (a command, a filter): the patient whose id is
        exactly `text` alone when there is one, as an id may begin another's or read as a name; else
        find_patients. A damaged record with exactly that id raises DatabaseDamaged naming it, as a search
        finding it does: it is never passed over for a patient whose name or longer id the text matches."""
        self.require(Action.VIEW_CONTACTS)
        try:
            return [self._store.get_patient(text)]
        except NotFound:
            return self._store.find_patients(text)

    def patient_matches(self, text: str) -> list[PatientMatch]:
        """The patients `text` names, as patients_named finds them, from the columns a search reads alone: a
        record whose stored text is damaged is found too (the audit trail, erasing it, need its id only)."""
        self.require(Action.VIEW_CONTACTS)
        return self._store.patient_matches(text)

    def damaged_patients(self, patient_ids: Sequence[str]) -> dict[str, str]:
        """Why each of these patients' own record cannot be read (the words opening it gives), by id; those
        that read are left out. Such a record is still erased, by its exact id (erase_patient)."""
        self.require(Action.VIEW_CONTACTS)
        return self._store.unreadable_patients(patient_ids)

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

    def erase_patient(self, patient_id: str) -> list[Path]:
        """Every row of the patient (programs, logs, scores, printed handouts) removed and wiped from the
        database file. Returns the backup files that still hold them."""
        self.require(Action.ERASE)
        self._store.erase_patient(patient_id)
        self.report(Change(Changed.PATIENTS, patient_id))
        return self.backups_holding(patient_id)

    def backups_holding(self, patient_id: str) -> list[Path]:
        """The data folder's backup copies holding the patient (none known on a server database)."""
        self.require(Action.ERASE)
        database, backups = self._database.sqlite_path, self._workspace.backups
        if database is None or backups is None:
            return []
        return backups_holding(backup_files(database, backups.folder), patient_id)

    def discharge_patient(self, patient_id: str, on: date, reason: str = "") -> None:
        """Off the active list, kept with the day and reason; ConflictError if already discharged."""
        self.require(Action.CHANGE_CLINICAL)
        if problem := reason_problem(reason):
            raise BadInput(problem.capitalize() + ".")
        discharges.discharge(self._database, patient_id, on, reason.strip())
        self.report(Change(Changed.PATIENTS, patient_id))

    def readmit_patient(self, patient_id: str) -> None:
        """Back on the active list; ConflictError if not discharged."""
        self.require(Action.CHANGE_CLINICAL)
        discharges.readmit(self._database, patient_id)
        self.report(Change(Changed.PATIENTS, patient_id))

    def discharge_of(self, patient_id: str) -> Discharge | None:
        """When and why the patient was discharged (None: an active patient)."""
        self.require(Action.VIEW_CONTACTS)
        return discharges.discharge_of(self._database, patient_id)

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

    @contextmanager
    def reading_together(self) -> Iterator[None]:
        """The reads inside, on this thread, in one transaction: one trip for the schema's check and one
        commit, where each read of its own took two more round trips to a PostgreSQL server (the patient
        list's first screen: its page, flags and rules notice)."""
        with self._database.together():
            yield

    def warm_up_reads(self) -> None:
        """On an idle worker once the start is over: a patient opening's reads made once, for any patient
        with a program, and dropped. SQLAlchemy compiles a statement the first time it runs, 7-10 ms of
        the day's first opening; this compiles them ahead. Nothing is shown, so nothing is audited."""
        self.require(Action.VIEW_CLINICAL)
        patient_id = self._store.a_patient_with_a_program()
        if patient_id is None:
            return
        self._store.get_patient(patient_id)
        program = current_program(self._store.programs_for(patient_id))
        if program is not None:
            self.progress_log(patient_id, program, rules_or_defaults=True)

    def progress_log(self, patient_id: str, program: Program, rules_or_defaults: bool = False) -> ProgressLog:
        """The program's log, the patient's outcome scores, the clinic's rules and the decisions taken.
        A program never saved has no log yet. `rules_or_defaults`: rules that do not read give the defaults,
        with the notice saying so (the progress page), instead of refusing (a report states its rules)."""
        self.require(Action.VIEW_CLINICAL)
        stored = program.version > 0
        with self._database.together():
            rules, notice = self._rules_in_use() if rules_or_defaults else (load_rules(self._store), None)
            return ProgressLog(
                entries=self._store.entries_for(program.id) if stored else [],
                outcomes=self._store.outcomes_for(patient_id),
                rules=rules,
                decisions=decisions.decisions_for(self._database, program.id) if stored else [],
                history=self._store.prescriptions(program.id) if stored else [],
                rules_notice=notice,
                discharged_on=discharges.discharged_on(self._database, patient_id),
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

    # reuse: the clinic's templates, stages copied between patients, favourite exercises

    def all_templates(self) -> dict[str, ProgramTemplate]:
        """The bundled templates and the clinic's own, by id (those whose stored row reads)."""
        self.require(Action.VIEW_CLINICAL)
        return self.read_templates()[0]

    def read_templates(self) -> tuple[dict[str, ProgramTemplate], list[DatabaseError]]:
        """The bundled templates and the clinic's own that read, by id, and an error naming each stored
        template that does not (its stored text damaged)."""
        self.require(Action.VIEW_CLINICAL)
        read = clinic_templates.clinic_templates(self._database)
        return self.templates | {t.id: t for t in read.templates}, list(read.unreadable)

    def clinic_templates(self) -> list[ProgramTemplate]:
        """The clinic's own templates that read, by name."""
        self.require(Action.VIEW_CLINICAL)
        return clinic_templates.clinic_templates(self._database).templates

    def save_as_template(self, name: str, stages: Sequence[Stage]) -> ProgramTemplate:
        """A new clinic template from a stage or a whole program's stages."""
        self.require(Action.CHANGE_CLINICAL)
        name = tidy_typed(name)  # without what only makes trouble in a name (core/safe_text.py)
        self._check_template_name(name, None)
        if not stages:
            raise BadInput(tr_clinic("A template needs at least one stage."))
        try:
            template = template_from_stages(new_template_id(), name, stages)
        except ValueError as error:  # a stage the template rules refuse (pydantic's ValidationError is one)
            said = tr_clinic("These stages cannot be a template: {why}.")
            raise BadInput(said.format(why=_first_reason(error))) from None
        clinic_templates.save_template(self._database, template)
        self.report(Change(Changed.TEMPLATES))
        return template

    def rename_template(self, template_id: str, name: str) -> ProgramTemplate:
        self.require(Action.CHANGE_CLINICAL)
        name = tidy_typed(name)
        self._check_template_name(name, template_id)
        renamed = clinic_templates.rename_template(self._database, template_id, name.strip())
        self.report(Change(Changed.TEMPLATES))
        return renamed

    def delete_template(self, template_id: str) -> None:
        """Programs started from it keep their stages; only the template goes."""
        self.require(Action.CHANGE_CLINICAL)
        clinic_templates.delete_template(self._database, template_id)
        self.report(Change(Changed.TEMPLATES))

    def _check_template_name(self, name: str, own_id: str | None) -> None:
        if problem := template_name_problem(name):
            raise BadInput(problem[0].upper() + problem[1:] + ".")  # capitalize() would lower U+001B
        key = name.strip().casefold()
        taken = [t for t in self.all_templates().values() if t.name.casefold() == key and t.id != own_id]
        if taken:
            said = tr_clinic("A template named “{name}” exists already; choose another name.")
            raise BadInput(said.format(name=isolated(taken[0].name, 80)))

    def copy_stages(
        self, from_patient_id: str, stage_ids: Sequence[str], to_patient_id: str
    ) -> tuple[Stage, ...]:
        """Stages of another patient's programs under new ids, to add to `to_patient_id`'s program (which
        their save records). Reading them is audited on the patient they come from."""
        self.require(Action.VIEW_CLINICAL)
        self.require(Action.CHANGE_CLINICAL)
        wanted = list(stage_ids)
        programs = self._store.programs_for(from_patient_id)
        found = {s.id: s for p in programs for s in p.stages if s.id in wanted}
        if missing := [stage_id for stage_id in wanted if stage_id not in found]:
            said = tr_clinic("{count} of the chosen stages are no longer stored; nothing was copied.")
            raise BadInput(said.format(count=len(missing)))
        details = {"stages": wanted, "copied_to": to_patient_id}
        self._store.record_event("view", from_patient_id, details)
        return copied_stages([found[stage_id] for stage_id in wanted])

    def favourite_exercises(self) -> set[str]:
        """The ids of the clinic's favourite exercises."""
        self.require(Action.VIEW_CLINICAL)
        return clinic_templates.favourite_exercises(self._database)

    def set_favourite(self, exercise_id: str, favourite: bool) -> None:
        self.require(Action.CHANGE_CLINICAL)
        if clinic_templates.set_favourite(self._database, exercise_id, favourite):
            self.report(Change(Changed.FAVOURITES))

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

    def library(self, pause_point: Callable[[], None] | None = None) -> Library:
        """The bundled library plus the clinic's own exercises, as stored now (`pause_point`: see
        storage.clinic.clinic_exercises)."""
        return self._workspace.library(pause_point)

    def library_read(self) -> tuple[Library, list[Problem], list[Exercise]]:
        """library(), why each stored clinic exercise that cannot be read is left out of it, and the clinic's
        exercises left out because a bundled exercise has their id."""
        return self._workspace.library_read()

    def clinic_exercises(self, include_archived: bool = True) -> ClinicExercises:
        """The clinic's own exercises, and why any stored one could not be read."""
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
        """The idle lock's time protects every account, so only an admin changes it."""
        self.require(Action.CHANGE_CLINICAL)
        if not self.may(Action.MANAGE_USERS):
            try:
                stored = load_clinic_settings(self._store).idle_lock_minutes
            except ClinicSettingsDamaged:
                stored = ClinicSettings().idle_lock_minutes
            if settings.idle_lock_minutes != stored:
                said = tr_clinic("Only an admin may change how long the app waits before it locks.")
                raise NotAllowed(said)
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


def _first_reason(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):  # pydantic: the first rule broken, without its field path
        return str(errors()[0]["msg"]).removeprefix("Value error, ")
    return str(error)


def acting_user(user: User | None) -> None:
    """Audit rows name `user` from now on (None: the operating-system user, with sign-in off)."""
    audit.set_actor(None if user is None else audit.Actor(user.name, audit.current_actor().workstation))
