"""The log stored a month to a row (storage/log_months.py, migration 0015): whatever is saved, moved and
deleted, in whatever order, the log reads back as a plain model says, each month is one row that names its
last day, and a month whose stored bytes are damaged is never overwritten."""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_samples import HOSTILE_TEXTS, make_entry, make_patient, make_program, sqlite_only
from test_properties import BACKENDS, fresh_store

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.storage.damaged_rows import RecordDamaged
from ptplanner.storage.database import open_database
from ptplanner.storage.log_months import month_documents, month_of, packed_month
from ptplanner.storage import migrate
from ptplanner.storage.migrate import alembic_config
from ptplanner.storage.store import Store

NOTES = [text[:300] for text in HOSTILE_TEXTS]
DAYS = st.dates(date(2023, 12, 27), date(2024, 3, 3))  # across a year's end and three months' ends
MONTHS = sa.text(
    "SELECT month, last_day, packed FROM adherence_months WHERE program_id = :program ORDER BY month"
)


def stored_months(store: Store, program_id: str) -> list[tuple[date, date, list]]:
    with store._db.engine.connect() as connection:
        rows = connection.execute(MONTHS, {"program": program_id}).all()
    return [(date.fromisoformat(str(month)), date.fromisoformat(str(last)), month_documents(packed))
            for month, last, packed in rows]


def assert_rows_match(store: Store, program_id: str, entries: list[AdherenceEntry]) -> None:
    """One row a month that has a day, holding exactly its days in order, under its first and last day."""
    by_month: dict[date, list[AdherenceEntry]] = defaultdict(list)
    for entry in sorted(entries, key=lambda e: e.day):
        by_month[month_of(entry.day)].append(entry)
    expected = [(month, days[-1].day, [day.model_dump(mode="json") for day in days])
                for month, days in by_month.items()]
    assert stored_months(store, program_id) == sorted(expected, key=lambda row: row[0])


operations = st.lists(
    st.one_of(
        st.tuples(st.just("save"), DAYS, st.sampled_from(NOTES)),
        st.tuples(st.just("move"), st.integers(0, 99), DAYS),
        st.tuples(st.just("delete"), st.integers(0, 99)),
        st.tuples(st.just("sheet"), st.lists(DAYS, max_size=4), st.lists(st.integers(0, 99), max_size=2)),
    ),
    max_size=14,
)


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_the_log_is_what_was_saved_moved_and_deleted_and_each_month_is_one_row(backend, operations):
    with fresh_store(backend) as store:
        patient = make_patient()
        store.save_patient(patient)
        program = store.save_program(make_program(patient.id))
        model: dict[date, AdherenceEntry] = {}  # one entry a day

        def put(entry: AdherenceEntry) -> None:
            for day in [day for day, kept in model.items() if kept.id == entry.id]:
                del model[day]  # saved again on another day: it moves
            model[entry.day] = entry

        def pick(number: int) -> AdherenceEntry | None:
            return model[sorted(model)[number % len(model)]] if model else None

        for operation in operations:
            kind = operation[0]
            if kind == "save":
                entry = make_entry(program, operation[1], note=operation[2])
                store.save_entry(entry)
                put(entry)
            elif kind == "move" and (entry := pick(operation[1])):
                moved = entry.model_copy(update={"day": operation[2], "pain_back": 9})
                store.save_entry(moved)
                put(moved)
            elif kind == "delete" and (entry := pick(operation[1])):
                store.delete_entry(entry)
                del model[entry.day]
            elif kind == "sheet":
                saving = [make_entry(program, day) for day in dict.fromkeys(operation[1])]
                deleting = list({e.id: e for n in operation[2] if (e := pick(n))}.values())
                store.save_log(saving, deleting)
                for entry in deleting:
                    model.pop(entry.day, None)
                for entry in saving:
                    put(entry)
        assert store.entries_for(program.id) == sorted(model.values(), key=lambda e: e.day)
        assert_rows_match(store, program.id, list(model.values()))


def test_an_entry_moved_into_another_month_leaves_no_row_behind(store, db):
    patient = make_patient()
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    entry = make_entry(program, date(2024, 1, 31))
    store.save_entry(entry)
    moved = entry.model_copy(update={"day": date(2024, 2, 1)})
    store.save_entry(moved)
    assert store.entries_for(program.id) == [moved]
    assert [month for month, _, _ in stored_months(store, program.id)] == [date(2024, 2, 1)]
    store.delete_entry(moved)
    assert stored_months(store, program.id) == [] and store.entries_for(program.id) == []


def day_of(program, day: date) -> dict:
    return make_entry(program, day).model_dump(mode="json")


DAMAGES = {  # a month's stored bytes, made from the program logged
    "not packed": lambda program: b"\x00\xff",
    "not a day": lambda program: packed_month([{"day": "2024-03-02", "id": "x", "pain": "all"}]),
    "a day twice": lambda program: packed_month([day_of(program, date(2024, 3, 2))] * 2),
    "a day of April": lambda program: packed_month([day_of(program, date(2024, 4, 5))]),
    "days out of order": lambda program: packed_month([day_of(program, date(2024, 3, d)) for d in (5, 2)]),
    "another program's day": lambda program: packed_month(
        [day_of(program, date(2024, 3, 2)) | {"program_id": "another-program"}]
    ),
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_month_is_named_and_never_overwritten(store, db, damage):
    patient = make_patient(name="Ana Okafor")
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    first = make_entry(program, date(2024, 3, 1))
    store.save_log([first, make_entry(program, date(2024, 4, 1))], [])
    damage = DAMAGES[damage](program)
    with db.engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE adherence_months SET packed = :damage WHERE month = :month"),
            {"damage": damage, "month": date(2024, 3, 1)},
        )
    with pytest.raises(RecordDamaged, match="log of the program .* Ana Okafor"):
        store.entries_for(program.id)
    with pytest.raises(RecordDamaged, match="log of the program .* Ana Okafor"):
        store.save_entry(make_entry(program, date(2024, 3, 9)))  # its other days would be lost
    with pytest.raises(RecordDamaged, match="log of the program .* Ana Okafor"):
        store.delete_entry(first)  # it may be in there
    store.save_entry(make_entry(program, date(2024, 4, 2)))  # another month: saved
    with db.engine.connect() as connection:
        kept = connection.execute(sa.text("SELECT packed FROM adherence_months WHERE month = :m"),
                                  {"m": date(2024, 3, 1)}).scalar()
    assert bytes(kept) == damage


# Migration 0015 on a database logged before it.

def migration_0015():
    path = Path(migrate.__file__).parent / "migrations" / "versions" / "0015_log_months.py"
    spec = importlib.util.spec_from_file_location("migration_0015", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def days_at_0014(connection: sa.Connection) -> list[tuple]:
    query = "SELECT id, program_id, day, CAST(document AS TEXT) FROM adherence_entries "
    query += "ORDER BY program_id, day"
    return [tuple(str(v) for v in row) for row in connection.execute(sa.text(query))]


def logged_programs(store: Store, count: int, days: int, every: int) -> dict[str, list[AdherenceEntry]]:
    """`count` patients, each with a program logged on `days` days `every` days apart (the nth from day n)."""
    logs = {}
    for n in range(count):
        patient = make_patient(name=f"Patient {n}")
        store.save_patient(patient)
        program = store.save_program(make_program(patient.id))
        start = date(2023, 11, 20).toordinal() + n
        days_logged = [date.fromordinal(start + every * k) for k in range(days)]
        logs[program.id] = [make_entry(program, day, note=NOTES[k % len(NOTES)])
                            for k, day in enumerate(days_logged)]
        store.save_log(logs[program.id], [])
    return logs


def test_the_update_keeps_every_logged_day_and_can_be_undone(database_url):
    db = open_database(database_url)
    logs = logged_programs(Store(db), count=3, days=40, every=3)
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0014")
        before = days_at_0014(connection)
    assert len(before) == 120
    db.close()

    db = open_database(database_url)  # updates again
    try:
        store = Store(db)
        for program_id, entries in logs.items():
            assert store.entries_for(program_id) == entries
            assert_rows_match(store, program_id, entries)
        with db.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0014")
            assert days_at_0014(connection) == before  # every row as it was, id, day and document
            command.upgrade(alembic_config(connection), "head")
    finally:
        db.close()


@sqlite_only
def test_a_day_that_was_not_json_before_the_update_keeps_its_log_damaged_and_its_text(database_url):
    db = open_database(database_url)
    store = Store(db)
    patient = make_patient(name="Ana Okafor")
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    store.save_log([make_entry(program, date(2024, 3, day)) for day in (1, 2, 3)], [])
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0014")
        damage = "UPDATE adherence_entries SET document = '{not json' WHERE day = '2024-03-02'"
        connection.execute(sa.text(damage))
    db.close()

    db = open_database(database_url)
    try:
        with pytest.raises(RecordDamaged, match="log of the program .* Ana Okafor"):
            Store(db).entries_for(program.id)
        with db.engine.begin() as connection:
            [(_, _, documents)] = stored_months(Store(db), program.id)
            assert documents[1] == {"day": "2024-03-02", "unreadable": "{not json"}
            command.downgrade(alembic_config(connection), "0014")
            kept = "SELECT document FROM adherence_entries WHERE day = '2024-03-02'"
            assert connection.execute(sa.text(kept)).scalar() == '"{not json"'  # the text, as a JSON string
    finally:
        db.close()


def test_the_update_reads_in_batches_and_groups_each_program_month_whole(database_url, monkeypatch):
    """Batches of 7 days end inside months and inside programs; every month comes out once, complete."""
    db = open_database(database_url)
    expected = {}
    for program_id, entries in logged_programs(Store(db), count=4, days=25, every=2).items():
        for entry in entries:
            expected.setdefault((program_id, month_of(entry.day)), []).append(entry.model_dump(mode="json"))
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0014")
        migration = migration_0015()
        monkeypatch.setattr(migration, "READ_BATCH", 7)
        rows = list(migration._months(connection))
    db.close()
    assert [(row["program_id"], row["month"]) for row in rows] == sorted(expected)
    for row in rows:
        documents = month_documents(row["packed"])
        assert documents == expected[(row["program_id"], row["month"])]
        assert row["last_day"] == date.fromisoformat(documents[-1]["day"])
