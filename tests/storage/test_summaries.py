"""The fast patient-list query agrees with what loading every whole program would show."""

from dataclasses import replace
from datetime import date, timedelta

from alembic import command
from sqlalchemy import event
from storage_samples import make_entry, make_patient, make_program, sqlite_only

from ptplanner.app.clinic import Clinic
from ptplanner.app.demo import add_demo_clinic
from ptplanner.app.workspace import Workspace
from ptplanner.core import clock
from ptplanner.core.patient import Patient
from ptplanner.core.patient_list import PatientFacts, PatientListRow, ProgramFacts, list_row
from ptplanner.core.program import StageMove
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.summary import current_program, stage_label
from ptplanner.storage.migrate import alembic_config
from ptplanner.storage.store import Store
from ptplanner.storage.summaries import patient_list, progress_flags

TODAY = date(2024, 6, 1)


def test_an_empty_clinic_has_an_empty_list(db):
    assert patient_list(db, TODAY) == []


def test_of_two_programs_made_the_same_day_the_list_shows_the_one_the_page_opens(db, store):
    ana = make_patient("Ana Silva")
    store.save_patient(ana)
    for title in ("First", "Second", "Third"):
        program = make_program(ana.id, title=title, created_on=date(2024, 5, 1))
        if title == "Second":
            program = program.model_copy(update={"moves": (StageMove(stage_index=1, on=date(2024, 5, 2)),)})
        store.save_program(program)
    [row] = patient_list(db, TODAY)
    assert row.stage == stage_label(current_program(store.programs_for(ana.id)))


def test_rows_agree_with_the_whole_programs(db, store):
    with_moves = make_patient("Ana Silva")
    store.save_patient(with_moves)
    older = make_program(with_moves.id, title="Old", created_on=date(2024, 1, 1))
    store.save_program(older)
    newest = make_program(with_moves.id, moves=(StageMove(stage_index=1, on=date(2024, 3, 20)),))
    newest = store.save_program(store.save_program(newest))  # version 2 of the newest program
    store.save_entry(make_entry(newest, TODAY - timedelta(days=10)))
    store.save_entry(make_entry(older, TODAY - timedelta(days=1)))  # the old program's log is not counted
    without_program = make_patient("Bo Berg", surgery_date=None, precautions=())
    store.save_patient(without_program)

    rows = patient_list(db, TODAY)

    assert [row.name for row in rows] == ["Ana Silva", "Bo Berg"]
    for row in rows:
        patient = store.get_patient(row.patient_id)
        newest = current_program(store.programs_for(row.patient_id))
        expected = (patient.id, patient.name, patient.week_after_surgery(TODAY), stage_label(newest))
        assert (row.patient_id, row.name, row.week, row.stage) == expected
    ana, bo = rows
    assert ana.stage == "2 of 2: Stabilization"
    assert ana.flags == ("no log for 10 days", "precautions")  # the lifting limit has no end date
    assert ana.last_activity == clock.today()  # saved today, after the last log
    assert (bo.stage, bo.week, bo.flags) == ("no program yet", None, ("no program",))


def test_the_newest_program_wins_by_date_then_version(db, store):
    patient = make_patient()
    store.save_patient(patient)
    store.save_program(make_program(patient.id, created_on=date(2024, 5, 1)))
    newer = make_program(patient.id, created_on=date(2024, 5, 2), moves=())
    store.save_program(newer.model_copy(update={"stages": newer.stages[1:]}))
    assert patient_list(db, TODAY)[0].stage == "1 of 1: Stabilization"


def test_progress_flags_are_raised_only_for_patients_logging_lately(db, store):
    today = clock.today()  # the program versions are saved today: their log must be from before
    ana, bo = make_patient("Ana Silva"), make_patient("Bo Berg")
    for patient in (ana, bo):
        store.save_patient(patient)
    program = store.save_program(make_program(ana.id, created_on=today - timedelta(days=30)))
    quiet = store.save_program(make_program(bo.id, created_on=today - timedelta(days=60)))
    for back in range(1, 8):  # a week of nothing done, and a fever
        note = "I had a fever" if back == 1 else ""
        store.save_entry(make_entry(program, today - timedelta(days=back), completions=(), note=note))
    store.save_entry(make_entry(quiet, today - timedelta(days=40), completions=()))  # before the flags look

    flags = progress_flags(db, today, ProgressRules())

    assert list(flags) == [ana.id]
    assert {"low adherence", "red-flag note"} <= set(flags[ana.id])


def list_statements(db, store) -> list[str]:
    """The SQL statements the patient list runs, for a patient with a program."""
    patient = make_patient()
    store.save_patient(patient)
    store.save_program(make_program(patient.id))
    statements: list[str] = []

    def record(connection, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        assert patient_list(db, TODAY)[0].stage == "1 of 2: Protection"
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return statements


def test_the_list_reads_no_program_document(db, store):
    statements = list_statements(db, store)
    assert statements
    assert not [statement for statement in statements if "document" in statement]


@sqlite_only
def test_on_sqlite_the_list_reads_no_page_of_a_program_document(db, store):
    # SQLite keeps the summary columns after the document in a row: they must come from the index alone.
    [programs_query] = [statement for statement in list_statements(db, store) if "FROM programs" in statement]
    with db.engine.connect() as connection:
        plan = " ".join(row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + programs_query))
    assert "COVERING INDEX ix_programs_summary" in plan


def test_the_demo_clinic_lists_what_its_whole_programs_show_also_after_migrating(data_dir, database_url):
    workspace = Workspace.open(data_dir, database_url)
    try:
        add_demo_clinic(Clinic(workspace), TODAY)
        store, db = workspace.store, workspace.database
        expected = [row_from_whole_objects(store, patient) for patient in store.list_patients()]
        assert patient_list(db, TODAY) == expected
        # Back to the schema without the summary columns, then forward: the migration fills them in.
        with db.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0003")
            command.upgrade(alembic_config(connection), "head")
        # Going below 0008 drops the patients' handout language: back up, they follow the clinic's.
        assert [row.language for row in expected].count("Español") == 1
        assert patient_list(db, TODAY) == [replace(row, language="") for row in expected]
    finally:
        workspace.close()
    assert len(expected) == 12
    assert len({row.stage for row in expected}) > 3


def row_from_whole_objects(store: Store, patient: Patient) -> PatientListRow:
    """The patient's list row worked out from whole patient, program and log objects (saved today)."""
    program = current_program(store.programs_for(patient.id))
    facts = None
    if program is not None:
        stage = program.current_stage_index()
        facts = ProgramFacts(
            stage_index=stage,
            stage_count=len(program.stages),
            stage_name="" if stage is None else program.stages[stage].name,
            last_logged=max((entry.day for entry in store.entries_for(program.id)), default=None),
            saved_on=clock.today(),
        )
    return list_row(PatientFacts.of(patient, clock.today()), facts, TODAY)
