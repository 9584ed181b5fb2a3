"""The app layer: every operation checks the role, writes its audit row and reports what it changed."""

import inspect
from datetime import date

import pytest

from ptplanner.app import accounts
from ptplanner.app.audit import audit_events
from ptplanner.app.changes import Change, Changed
from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import NotAllowed
from ptplanner.app.handouts import prepare_handout, record_printed, record_reprinted
from ptplanner.app.report_inputs import gather_report_inputs, record_report
from ptplanner.core.adherence import AdherenceEntry, Measure, OutcomeScore
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.exercise import Origin
from ptplanner.core.patient import Patient
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.roles import Role
from ptplanner.core.suggestions import SuggestionDecision, SuggestionKind
from ptplanner.handouts.options import HandoutOptions

TODAY = date(2026, 12, 4)
PASSWORD = "correct horse battery"


@pytest.fixture
def saved(clinic):
    """A patient with a saved program from the bundled fusion template, and its first printed handout."""
    patient = Patient(name="Ana Ruiz", date_of_birth=date(1956, 3, 2), surgery_date=date(2026, 10, 1))
    clinic.save_patient(patient)
    program = clinic.templates["fusion-hip-si"].instantiate(clinic.library(), patient.id, date(2026, 10, 6))
    program = clinic.save_program(program)
    printed = record_printed(clinic, prepare_handout(clinic, patient.id, None, HandoutOptions(), TODAY))
    return patient, program, printed


def signed_in(clinic, role: Role):
    """Sign-in on, with an admin, and `role` signed in on the clinic."""
    if not accounts.sign_in_required(clinic):
        accounts.add_user(clinic, "boss", Role.ADMIN, PASSWORD)
    accounts.add_user(clinic, role.value, role, PASSWORD)
    return accounts.sign_in(clinic, role.value, PASSWORD)


def test_each_write_reports_what_it_changed_and_reads_report_nothing(clinic, saved):
    patient, program, printed = saved
    seen: list[Change] = []
    clinic.on_change(seen.append)

    clinic.patient_rows(TODAY)
    clinic.open_patient(patient.id)
    clinic.progress_log(patient.id, program)
    clinic.library()
    assert seen == []

    clinic.save_patient(patient.model_copy(update={"name": "Ana Ruiz Soto"}))
    clinic.save_program(program)
    entry = AdherenceEntry(program_id=program.id, day=TODAY, pain_back=3)
    clinic.save_log(patient.id, [entry], [])
    clinic.save_outcome(patient.id, OutcomeScore(measure=Measure.PAIN_NRS, day=TODAY, score=4))
    clinic.save_decision(patient.id, SuggestionDecision(
        program_id=program.id, kind=SuggestionKind.NEXT_STAGE, on=TODAY, accepted=False))
    record_printed(clinic, prepare_handout(clinic, patient.id, None, HandoutOptions(), TODAY))
    clinic.save_clinic_settings(ClinicSettings(name="Hill Street PT"))
    clinic.save_progress_rules(ProgressRules())
    exercise = clinic.library().exercises["clamshell"].model_copy(update={"id": "our-clamshell", "origin": Origin.CLINIC})
    clinic.save_exercise(exercise)

    assert seen == [
        Change(Changed.PATIENTS, patient.id),
        Change(Changed.PROGRAM, patient.id),
        Change(Changed.LOG, patient.id),
        Change(Changed.OUTCOMES, patient.id),
        Change(Changed.DECISIONS, patient.id),
        Change(Changed.HANDOUTS, patient.id),
        Change(Changed.SETTINGS),
        Change(Changed.SETTINGS),
        Change(Changed.LIBRARY),
    ]


def test_a_refused_write_reports_no_change(clinic, saved):
    patient, program, _ = saved
    signed_in(clinic, Role.FRONT_DESK)
    seen: list[Change] = []
    clinic.on_change(seen.append)
    with pytest.raises(NotAllowed, match="A front-desk account may not change clinical records"):
        clinic.save_program(program)
    assert seen == []


def test_front_desk_sees_the_list_and_reprints_but_opens_and_changes_nothing(clinic, saved):
    patient, program, printed = saved
    signed_in(clinic, Role.FRONT_DESK)
    assert [row.name for row in clinic.patient_rows(TODAY)] == ["Ana Ruiz"]
    assert [row.flags for row in clinic.patient_rows(TODAY)] == [()]  # "precautions" is clinical
    assert clinic.progress_flags(TODAY) == {}  # flags come from the clinical record
    assert clinic.printed_pdf(printed.id).startswith(b"%PDF")
    record_reprinted(clinic, printed)
    refused = [
        lambda: clinic.open_patient(patient.id),
        lambda: clinic.programs_for(patient.id),
        lambda: clinic.progress_log(patient.id, program),
        lambda: clinic.save_patient(patient),
        lambda: clinic.save_program(program),
        lambda: prepare_handout(clinic, patient.id, None, HandoutOptions(), TODAY),
        lambda: gather_report_inputs(clinic, patient.id, None, TODAY),
        lambda: clinic.export_patient(patient.id),
        lambda: clinic.erase_patient(patient.id),
        lambda: clinic.save_clinic_settings(ClinicSettings()),
        lambda: audit_events(clinic),
        lambda: accounts.list_users(clinic),
    ]
    for operation in refused:
        with pytest.raises(NotAllowed):
            operation()


def test_a_refused_view_leaves_no_audit_row_and_an_allowed_one_does(clinic, saved):
    patient, _, _ = saved
    signed_in(clinic, Role.THERAPIST)
    clinic.open_patient(patient.id)
    with pytest.raises(NotAllowed, match="may not read the audit trail"):
        audit_events(clinic)
    accounts.sign_in(clinic, "boss", PASSWORD)
    views = [e for e in audit_events(clinic, patient_id=patient.id) if e.action == "view"]
    assert [e.actor for e in views] == ["therapist"]


def test_a_printed_report_and_a_reprint_are_audited_by_id_only(clinic, saved):
    patient, program, printed = saved
    inputs = gather_report_inputs(clinic, patient.id, None, TODAY)
    record_report(clinic, inputs)
    record_reprinted(clinic, printed)
    prints = [e for e in audit_events(clinic, patient_id=patient.id) if e.action == "print"]
    assert [e.details.get("document") for e in prints] == [None, "progress report", None]
    assert prints[-1].details == {"handout_id": printed.id, "program_id": program.id,
                                  "version": printed.program_version, "reprint": True}
    assert all("Ana" not in str(e.details) for e in prints)


# Operations that need no role: the library and settings every handout uses, and the plumbing.
ROLE_FREE = {"library", "clinic_exercises", "photo_kinds", "photo", "clinic_settings", "progress_rules",
             "may", "require", "on_change", "report", "close", "open", "record_event", "start_up_done",
             "database_check_running", "reading_together", "writing_together", "library_read"}


def test_every_operation_on_patient_data_checks_the_role():
    """A new operation must either check the role or be listed here as needing none, on purpose."""
    for name, member in inspect.getmembers(Clinic, inspect.isfunction):
        if name.startswith("_") or name in ROLE_FREE:
            continue
        source = inspect.getsource(member)
        assert "self.require(" in source or "self.may(" in source, f"Clinic.{name} does not check the role"


def test_a_progress_read_is_one_transaction_and_reads_what_was_saved(clinic, saved):
    # Log, scores, rules, decisions and history were five transactions: on a server, each one more trip
    # for the schema check and one for its commit.
    from sqlalchemy import event

    patient, program, _ = saved
    clinic.save_log(patient.id, [AdherenceEntry(program_id=program.id, day=TODAY, pain_back=3)], [])
    clinic.save_decision(patient.id, SuggestionDecision(
        program_id=program.id, kind=SuggestionKind.NEXT_STAGE, on=TODAY, accepted=True))
    commits: list[int] = []
    event.listen(clinic.workspace.database.engine, "commit", lambda _connection: commits.append(1))
    log = clinic.progress_log(patient.id, program, rules_or_defaults=True)
    assert len(commits) == 1
    assert [entry.day for entry in log.entries] == [TODAY]
    assert [decision.kind for decision in log.decisions] == [SuggestionKind.NEXT_STAGE]
    assert [version.program.version for version in log.history] == [program.version]


def test_the_patient_lists_first_screen_is_read_in_one_transaction(clinic, saved):
    # Its page, rules notice and flags were three transactions and more: on a server, each one more trip
    # for the schema check and one for its commit, on the way to the list at start-up.
    from sqlalchemy import event

    from ptplanner.gui.patients.list_loader import FirstScreen

    patient, program, _ = saved
    clinic.save_log(patient.id, [AdherenceEntry(program_id=program.id, day=TODAY, pain_back=9)], [])
    commits: list[int] = []
    event.listen(clinic.workspace.database.engine, "commit", lambda _connection: commits.append(1))
    screen = FirstScreen.read(clinic, TODAY)
    assert len(commits) == 1
    assert [row.patient_id for row in screen.page.rows] == [patient.id]
    assert screen.flags == clinic.progress_flags(TODAY)


@pytest.mark.parametrize("warmed_up", [True, False])
def test_after_the_warm_up_the_first_patient_opening_compiles_no_read(data_dir, clinic, saved, warmed_up):
    # SQLAlchemy compiles a statement the first time it runs: 7-10 ms of the day's first opening.
    from sqlalchemy import event
    from sqlalchemy.engine.default import CACHE_MISS

    patient, program, _ = saved
    clinic.save_log(patient.id, [AdherenceEntry(program_id=program.id, day=TODAY, pain_back=3)], [])
    clinic.close()
    reopened = Clinic.open(data_dir)  # a new start: nothing compiled yet
    try:
        if warmed_up:
            reopened.warm_up_reads()
        compiled: list[str] = []

        def note_compiling(connection, cursor, statement, parameters, context, executemany):
            if context.cache_hit == CACHE_MISS:
                compiled.append(statement)

        event.listen(reopened.workspace.database.engine, "before_cursor_execute", note_compiling)
        opened, programs = reopened.open_patient(patient.id)
        reopened.progress_log(opened.id, programs[0], rules_or_defaults=True)
        # The audit row of the opening is a write, left to the opening itself.
        reads = [s for s in compiled if s.lstrip().upper().startswith("SELECT") and "audit_" not in s]
        assert (reads == []) == warmed_up, reads
    finally:
        reopened.close()
