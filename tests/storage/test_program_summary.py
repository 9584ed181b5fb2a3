"""The summary columns of a program row (what the patient list reads instead of the document):
right after every kind of write, and after migration 0004 fills them in for programs saved before it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from storage_samples import add_patient_at_old_schema, engine_migrated_to, make_patient, make_program

from ptplanner.core.program import Program, StageMove
from ptplanner.storage.database import Database, open_database
from ptplanner.storage.migrate import alembic_config
from ptplanner.storage.models import ProgramRow
from ptplanner.storage.programs import program_columns
from ptplanner.storage.store import Store

SUMMARY = ("created_on", "stage_count", "current_stage", "current_stage_name")


def stored_summary(db: Database, program_id: str) -> dict[str, Any]:
    with db.session() as session:
        row = session.get_one(ProgramRow, program_id)
        return {name: getattr(row, name) for name in SUMMARY}


def summary_of(program: Program) -> dict[str, Any]:
    columns = program_columns(program)
    return {name: columns[name] for name in SUMMARY}


def test_a_saved_program_has_its_summary_columns(db, store):
    patient = make_patient()
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    assert stored_summary(db, program.id) == {
        "created_on": date(2024, 2, 10),
        "stage_count": 2,
        "current_stage": 0,
        "current_stage_name": "Protection",
    }


def test_a_stage_move_and_other_changes_update_the_columns(db, store):
    patient = make_patient()
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))

    moved = program.model_copy(
        update={"moves": (*program.moves, StageMove(stage_index=1, on=date(2024, 3, 20)))}
    )
    moved = store.save_program(moved)
    assert stored_summary(db, moved.id) == {
        "created_on": date(2024, 2, 10),
        "stage_count": 2,
        "current_stage": 1,
        "current_stage_name": "Stabilization",
    }

    renamed = moved.stages[1].model_copy(update={"name": "Strength"})
    changed = moved.model_copy(update={"stages": (moved.stages[0], renamed), "created_on": date(2024, 2, 12)})
    changed = store.save_program(changed)
    assert stored_summary(db, changed.id) == summary_of(changed)
    assert stored_summary(db, changed.id)["current_stage_name"] == "Strength"

    emptied = store.save_program(changed.model_copy(update={"stages": (), "moves": ()}))
    assert stored_summary(db, emptied.id) == {
        "created_on": date(2024, 2, 12),
        "stage_count": 0,
        "current_stage": None,
        "current_stage_name": "",
    }


def test_an_imported_program_has_its_summary_columns(db, store, other_db):
    patient = make_patient()
    store.save_patient(patient)
    program = make_program(patient.id, moves=(StageMove(stage_index=1, on=date(2024, 3, 20)),))
    program = store.save_program(program)
    record = store.export_patient(patient.id)

    Store(other_db).import_patient(record)
    assert stored_summary(other_db, program.id) == summary_of(program)
    assert stored_summary(other_db, program.id)["current_stage_name"] == "Stabilization"


# Migration 0004 on a database saved before it.


@pytest.fixture
def engine_at_0003(backend: str, database_url: str, data_dir: Path) -> Iterator[sa.Engine]:
    """A fresh database migrated only up to revision 0003 (before the summary columns)."""
    engine = engine_migrated_to(backend, database_url, data_dir, "0003")
    yield engine
    engine.dispose()


# The programs table as revision 0003 made it.
PROGRAMS_0003 = sa.table(
    "programs",
    sa.column("id", sa.String(64)),
    sa.column("patient_id", sa.String(64)),
    sa.column("title", sa.Text()),
    sa.column("version", sa.Integer()),
    sa.column("document", sa.JSON()),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


def row_at_0003(program: Program) -> dict[str, Any]:
    return {
        "id": program.id,
        "patient_id": program.patient_id,
        "title": program.title,
        "version": program.version,
        "document": program.model_dump(mode="json"),
        "updated_at": datetime.now(UTC),
    }


def test_the_migration_fills_in_the_columns_from_each_document(engine_at_0003, database_url):
    patient = make_patient()
    add_patient_at_old_schema(engine_at_0003, patient)
    first, second = (
        StageMove(stage_index=0, on=date(2024, 3, 1)),
        StageMove(stage_index=1, on=date(2024, 3, 1)),
    )
    later = StageMove(stage_index=1, on=date(2024, 3, 5))
    programs = [
        make_program(patient.id, version=1),  # one move, to the first stage
        make_program(patient.id, version=2, moves=()),  # no moves: the first stage
        make_program(patient.id, version=1, moves=(later, first)),  # the latest date wins, not the last move
        make_program(patient.id, version=1, moves=(second, first)),  # on one day, the last recorded wins
        make_program(patient.id, version=3, moves=(first, second), created_on=date(2023, 12, 31)),
        make_program(patient.id, version=1, stages=(), moves=()),  # no stages: no current stage
    ]
    with engine_at_0003.begin() as connection:
        connection.execute(sa.insert(PROGRAMS_0003), [row_at_0003(program) for program in programs])

    db = open_database(database_url)  # migrates to the head revision
    try:
        found = [stored_summary(db, program.id) for program in programs]
    finally:
        db.close()

    assert found == [summary_of(program) for program in programs]
    assert [(f["current_stage"], f["current_stage_name"]) for f in found] == [
        (0, "Protection"),
        (0, "Protection"),
        (1, "Stabilization"),
        (0, "Protection"),
        (1, "Stabilization"),
        (None, ""),
    ]
    assert found[4]["created_on"] == date(2023, 12, 31)
    assert [f["stage_count"] for f in found] == [2, 2, 2, 2, 2, 0]


def test_the_migration_fills_in_every_row_of_several_batches(engine_at_0003, database_url):
    """More programs than two batches of the migration's 500: none is missed at a batch's edge."""
    patient = make_patient()
    add_patient_at_old_schema(engine_at_0003, patient)
    programs = [
        make_program(
            patient.id, title=f"Program {n}", moves=(StageMove(stage_index=n % 2, on=date(2024, 3, 1)),)
        )
        for n in range(1001)
    ]
    with engine_at_0003.begin() as connection:
        connection.execute(sa.insert(PROGRAMS_0003), [row_at_0003(program) for program in programs])

    db = open_database(database_url)
    try:
        with db.session() as session:
            query = sa.select(ProgramRow.id, ProgramRow.current_stage, ProgramRow.current_stage_name)
            found = {program_id: (stage, name) for program_id, stage, name in session.execute(query)}
    finally:
        db.close()
    names = ("Protection", "Stabilization")
    assert found == {p.id: (n % 2, names[n % 2]) for n, p in enumerate(programs)}


def test_downgrading_drops_the_columns_and_keeps_the_programs(db, store):
    patient = make_patient()
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")
        columns = {column["name"] for column in sa.inspect(connection).get_columns("programs")}
        assert not columns & set(SUMMARY)
        command.upgrade(alembic_config(connection), "head")
    assert store.get_program(program.id) == program
    assert store.program_version(program.id, 1) == program  # its snapshot is kept too
    assert stored_summary(db, program.id) == summary_of(program)
