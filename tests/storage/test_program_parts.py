"""Each exercise a program item copied, and each stage's texts, are stored once, shared by every program and
version that uses them: programs read back equal, old versions keep the exercise as it was, the editor still
sees what the library changed since, erasing a patient leaves nothing of theirs, and migration 0010 turns
databases saved before it into that form without losing a byte."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from storage_samples import (
    add_patient_at_old_schema,
    engine_at_revision,
    make_exercise,
    make_patient,
    make_program,
    row_counts,
)

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.library import Library
from ptplanner.core.program import Program
from ptplanner.core.program_edit import brought_up_to_date, library_updates
from ptplanner.handouts.document import build_handout
from ptplanner.handouts.options import HandoutOptions
from ptplanner.storage.database import open_database
from ptplanner.storage.program_parts import split
from ptplanner.storage.handouts import handout_pdf, handouts_for
from ptplanner.storage.migrate import alembic_config
from ptplanner.storage.models import ProgramPartRow, ProgramRow, ProgramVersionRow
from ptplanner.storage.programs import program_columns
from ptplanner.storage.store import Store

PRINTED_ON = date(2024, 3, 1)


def parts_of(*programs: Program) -> set[str]:
    return {key for program in programs for key in split(program.model_dump(mode="json"))[1]}


def stored_parts(db) -> set[str]:
    with db.session() as session:
        return set(session.scalars(sa.select(ProgramPartRow.sha256)))


def with_exercises(program: Program, replace: dict[str, Any]) -> Program:
    """The program with every item whose exercise id is in `replace` given that exercise instead."""
    stages = tuple(
        stage.model_copy(
            update={
                "items": tuple(
                    brought_up_to_date(item, replace[item.exercise.id]) if item.exercise.id in replace else item
                    for item in stage.items
                )
            }
        )
        for stage in program.stages
    )
    return program.model_copy(update={"stages": stages})


def test_programs_of_different_patients_share_one_copy_of_each_exercise(db, store):
    saved = []
    for name in ("Ana Silva", "Ben Okafor", "Chloé Dubois"):
        patient = make_patient(name)
        store.save_patient(patient)
        saved.append(store.save_program(make_program(patient.id)))
    # Bridge (twice in each program), clamshell and the texts of two stages: four parts for three programs.
    assert stored_parts(db) == parts_of(*saved) and len(stored_parts(db)) == 4
    assert [store.get_program(p.id) for p in saved] == saved
    assert [store.program_version(p.id, 1) for p in saved] == saved


def test_a_new_version_stores_only_what_changed_and_the_old_one_keeps_its_exercise(db, store):
    patient = make_patient()
    store.save_patient(patient)
    first = store.save_program(make_program(patient.id))
    retitled = store.save_program(first.model_copy(update={"title": "Home program, week 2"}))
    assert stored_parts(db) == parts_of(first)  # a new version with the same parts adds none

    new_bridge = make_exercise(summary="Lift your hips off the bed, then lower them slowly.")
    third = store.save_program(with_exercises(retitled, {"bridge": new_bridge}))
    assert stored_parts(db) == parts_of(first, third) and len(stored_parts(db)) == 5
    assert store.program_version(first.id, 1) == first
    assert store.program_version(first.id, 1).stages[0].items[0].exercise == make_exercise()
    assert store.get_program(first.id) == third
    assert third.stages[1].items[0].exercise == new_bridge
    with db.session() as session:
        sizes = session.scalars(sa.select(sa.func.length(ProgramVersionRow.packed))).all()
    assert len(sizes) == 3 and max(sizes) < len(json.dumps(first.model_dump(mode="json"))) / 3


def test_the_editor_still_sees_which_exercises_the_library_changed(db, store):
    patient = make_patient()
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    bridge, clam = make_exercise(), program.stages[0].items[1].exercise
    assert library_updates(store.get_program(program.id), Library({"bridge": bridge, "clamshell": clam})) == {}

    changed = make_exercise(steps=("Lie on your back.", "Lift your hips.", "Hold, then lower slowly."))
    library = Library({"bridge": changed, "clamshell": clam})
    stored = store.get_program(program.id)
    marked = library_updates(stored, library)
    bridge_items = {item.id for item in stored.items() if item.exercise.id == "bridge"}
    assert set(marked) == bridge_items and len(bridge_items) == 2
    assert list(marked.values()) == [changed, changed]

    updated = store.save_program(with_exercises(stored, {"bridge": changed}))
    assert library_updates(store.get_program(program.id), library) == {}
    assert set(library_updates(store.program_version(program.id, 1), library)) == bridge_items
    assert store.get_program(program.id) == updated


def test_two_saves_of_the_same_new_exercise_at_once_keep_one_snapshot(db, store, second_workstation):
    patients = [make_patient(name) for name in ("Ana Silva", "Ben Okafor")]
    for patient in patients:
        store.save_patient(patient)
    other = Store(second_workstation)
    store.save_program(make_program(patients[0].id))
    other.save_program(make_program(patients[1].id))  # the same snapshots, stored already: kept as they are
    assert len(stored_parts(db)) == 4


def test_erasing_a_patient_removes_the_parts_no_one_else_uses(db, store):
    ana, ben = make_patient("Ana Silva"), make_patient("Ben Okafor")
    for patient in (ana, ben):
        store.save_patient(patient)
    shared = store.save_program(make_program(ben.id))
    own = make_program(ana.id)
    own_stage = own.stages[0].model_copy(update={"goals": ("Carry Lucía up the stairs by June",)})
    own = store.save_program(own.model_copy(update={"stages": (own_stage, *own.stages[1:])}))
    assert stored_parts(db) == parts_of(shared, own) and len(stored_parts(db)) == 5

    store.erase_patient(ana.id)
    assert stored_parts(db) == parts_of(shared)
    assert store.get_program(shared.id) == shared
    store.erase_patient(ben.id)
    assert stored_parts(db) == set()


# Migration 0010 on a database saved before it (revision 0007).

PROGRAMS_0007 = sa.table(
    "programs",
    *(sa.column(name) for name in ("id", "patient_id", "title", "current_stage_name")),
    *(sa.column(name, sa.Integer()) for name in ("version", "stage_count", "current_stage")),
    sa.column("document", sa.JSON()),
    sa.column("created_on", sa.Date()),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)
VERSIONS_0007 = sa.table(
    "program_versions",
    sa.column("program_id"),
    sa.column("version", sa.Integer()),
    sa.column("document", sa.JSON()),
    sa.column("saved_at", sa.DateTime(timezone=True)),
)
HANDOUTS_0007 = sa.table(
    "handouts",
    *(sa.column(name) for name in ("id", "patient_id", "program_id", "sha256")),
    sa.column("program_version", sa.Integer()),
    sa.column("printed_at", sa.DateTime(timezone=True)),
    sa.column("options", sa.JSON()),
    sa.column("pdf", sa.LargeBinary()),
)


@pytest.fixture
def engine_at_0007(backend: str, database_url: str, data_dir: Path) -> Iterator[sa.Engine]:
    engine = engine_at_revision(backend, database_url, data_dir, "0007")
    yield engine
    engine.dispose()


def saved_before_0010(engine: sa.Engine, programs: list[list[Program]]) -> None:
    """Each program's versions (oldest first) as revision 0007 stored them: whole documents."""
    now = datetime.now(UTC)
    with engine.begin() as connection:
        for versions in programs:
            current = versions[-1]
            connection.execute(
                sa.insert(PROGRAMS_0007),
                [{"id": current.id, "patient_id": current.patient_id, **program_columns(current),
                  "document": current.model_dump(mode="json"), "updated_at": now}],
            )
            connection.execute(
                sa.insert(VERSIONS_0007),
                [{"program_id": v.id, "version": v.version, "document": v.model_dump(mode="json"), "saved_at": now}
                 for v in versions],
            )


def documents_at_0007(connection: sa.Connection) -> dict[str, dict[Any, Any]]:
    versions = sa.select(VERSIONS_0007.c.program_id, VERSIONS_0007.c.version, VERSIONS_0007.c.document)
    return {
        "programs": dict(connection.execute(sa.select(PROGRAMS_0007.c.id, PROGRAMS_0007.c.document)).all()),
        "versions": {(pid, version): document for pid, version, document in connection.execute(versions)},
    }


def test_a_handout_printed_before_the_update_reprints_exactly(engine_at_0007, database_url):
    patient = make_patient()
    add_patient_at_old_schema(engine_at_0007, patient)
    program = make_program(patient.id, version=1)
    saved_before_0010(engine_at_0007, [[program]])
    pdf = build_handout(patient, program, ClinicSettings(), HandoutOptions(), PRINTED_ON).pdf
    with engine_at_0007.begin() as connection:
        connection.execute(
            sa.insert(HANDOUTS_0007),
            [{"id": "handout-1", "patient_id": patient.id, "program_id": program.id, "program_version": 1,
              "printed_at": datetime.now(UTC), "options": {}, "pdf": pdf, "sha256": hashlib.sha256(pdf).hexdigest()}],
        )

    db = open_database(database_url)  # migrates to the head revision
    try:
        assert handout_pdf(db, "handout-1") == pdf
        [record] = handouts_for(db, patient.id)
        stored = Store(db).program_version(program.id, record.program_version)
        assert stored == program
        # Printed again from the stored version, the very same bytes come out.
        assert build_handout(patient, stored, ClinicSettings(), HandoutOptions(), PRINTED_ON).pdf == pdf
    finally:
        db.close()


def test_the_update_keeps_every_program_and_version_and_can_be_undone(engine_at_0007, database_url):
    patient = make_patient()
    add_patient_at_old_schema(engine_at_0007, patient)
    new_bridge = make_exercise(name="Bridge, slow lowering")
    programs = []
    for n in range(450):  # more than two batches of 200
        first = make_program(patient.id, title=f"Program {n}", version=1)
        second = with_exercises(first, {"bridge": new_bridge}).model_copy(update={"version": 2})
        programs.append([first, second] if n % 3 == 0 else [first])
    programs.append([make_program(patient.id, title="No stages", stages=(), moves=(), version=1)])
    saved_before_0010(engine_at_0007, programs)
    with engine_at_0007.connect() as connection:
        before = documents_at_0007(connection)

    db = open_database(database_url)
    try:
        store = Store(db)
        counts = row_counts(db)
        assert counts["programs"] == 451 and counts["program_versions"] == 451 + 150
        assert counts["program_parts"] == 5  # two bridges, clamshell, the texts of two stages
        for versions in programs:
            assert store.get_program(versions[0].id) == versions[-1]
            assert [store.program_version(v.id, v.version) for v in versions] == versions
        with db.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0007")
            assert documents_at_0007(connection) == before  # every document as it was, key for key
            command.upgrade(alembic_config(connection), "head")
        assert store.get_program(programs[0][0].id) == programs[0][-1]
        with db.session() as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(ProgramRow)) == 451
    finally:
        db.close()


def test_programs_read_back_whole_when_they_use_more_parts_than_memory_keeps(db, store, monkeypatch):
    from ptplanner.storage import program_parts

    monkeypatch.setattr(program_parts, "SEEN_PARTS", 2)
    monkeypatch.setattr(program_parts, "_seen", {})
    patient = make_patient()
    store.save_patient(patient)
    programs = [
        store.save_program(with_exercises(make_program(patient.id), {"bridge": make_exercise(name=f"Bridge {n}")}))
        for n in range(3)
    ]
    assert len(stored_parts(db)) == 6  # three bridges, clamshell, the texts of two stages
    assert sorted(store.programs_for(patient.id), key=lambda p: p.id) == sorted(programs, key=lambda p: p.id)
    assert len(program_parts._seen) == 2
