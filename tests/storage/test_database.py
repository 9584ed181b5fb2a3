"""Opening a database: a new one is private and in WAL mode; anything unsafe is refused untouched."""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from storage_samples import folder_fingerprint, make_patient, row_counts, sqlite_only

from ptplanner.storage.database import (
    DatabaseDamaged,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotPtplannerDatabase,
    default_database_url,
    open_database,
)
from ptplanner.storage import sqlite_file
from ptplanner.storage.migrate import alembic_config, head_revision, known_revisions
from ptplanner.storage.models import Base
from ptplanner.storage.sqlite_file import APPLICATION_ID
from ptplanner.storage.store import Store

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _make_ptplanner_db(data_dir: Path) -> Path:
    db = open_database(default_database_url(data_dir))
    Store(db).save_patient(make_patient())
    db.close()
    return data_dir / "ptplanner.db"


@posix_only
@sqlite_only
def test_a_new_database_and_its_folder_are_private(data_dir, db_path, db):
    Store(db).save_patient(make_patient())  # writes the WAL
    assert _mode(data_dir) == 0o700
    files = list(data_dir.iterdir())
    assert {p.name for p in files} >= {"ptplanner.db", "ptplanner.db-wal", "ptplanner.db-shm"}
    assert all(_mode(p) == 0o600 for p in files)


@sqlite_only
def test_connections_use_wal_foreign_keys_and_a_busy_timeout(db):
    with db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000
        assert pragma("secure_delete") == 1
        assert pragma("application_id") == APPLICATION_ID


def test_an_empty_file_becomes_a_new_database(db_path):
    db_path.parent.mkdir()
    db_path.write_bytes(b"")
    db = open_database(default_database_url(db_path.parent))
    store = Store(db)
    store.save_patient(make_patient())
    assert len(store.list_patients()) == 1
    db.close()


def test_data_survives_closing_and_reopening(data_dir):
    _make_ptplanner_db(data_dir)
    db = open_database(default_database_url(data_dir))
    assert [p.name for p in Store(db).list_patients()] == ["Ana Silva"]
    db.close()


def test_the_migrations_create_exactly_the_tables_the_models_describe(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, Base.metadata) == []
        heads = ScriptDirectory.from_config(alembic_config()).get_heads()
        assert len(heads) == 1, 'migrations must form one line'
        assert set(context.get_current_heads()) == set(heads)
        assert set(heads) <= known_revisions()


def test_a_database_written_by_a_newer_ptplanner_is_refused_and_left_as_it_was(db, database_url):
    Store(db).save_patient(make_patient())
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    before = row_counts(db)
    db.close()
    with pytest.raises(DatabaseTooNew, match="ffffffffffff.*has not changed it"):
        open_database(database_url)
    assert row_counts(db) == before


# Refusals: each leaves every file in the folder byte for byte as it was.


def _truncated(data_dir: Path) -> None:
    path = _make_ptplanner_db(data_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _cut_inside_header(data_dir: Path) -> None:
    path = _make_ptplanner_db(data_dir)
    path.write_bytes(path.read_bytes()[:60])


def _random_bytes(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "ptplanner.db").write_bytes(os.urandom(8192))


def _text_file(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "ptplanner.db").write_text("name,date of birth\nAna,1961-04-09\n")


def _foreign_sqlite(data_dir: Path) -> None:
    data_dir.mkdir()
    with sqlite3.connect(data_dir / "ptplanner.db") as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
        connection.execute("INSERT INTO songs VALUES ('Hey Jude')")
    connection.close()


def _foreign_application_id(data_dir: Path) -> None:
    data_dir.mkdir()
    with sqlite3.connect(data_dir / "ptplanner.db") as connection:
        connection.execute("PRAGMA application_id = 1234")
    connection.close()


def _newer_schema(data_dir: Path) -> None:
    path = _make_ptplanner_db(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    connection.close()


@pytest.mark.parametrize(
    ("damage", "error", "words"),
    [
        (_truncated, DatabaseDamaged, ["is damaged", "malformed", "has not changed it", "backup"]),
        (_cut_inside_header, DatabaseDamaged, ["is damaged", "cut short"]),
        (_random_bytes, NotPtplannerDatabase, ["not a ptplanner database", "not an SQLite file"]),
        (_text_file, NotPtplannerDatabase, ["not a ptplanner database", "not an SQLite file"]),
        (_foreign_sqlite, NotPtplannerDatabase, ["not a ptplanner database", "another program"]),
        (_foreign_application_id, NotPtplannerDatabase, ["not a ptplanner database", "another program"]),
        (_newer_schema, DatabaseTooNew, ["newer version of ptplanner", "ffffffffffff", "has not changed it"]),
    ],
)
def test_unsafe_files_are_refused_and_left_untouched(data_dir, db_path, damage, error, words):
    damage(data_dir)
    before = folder_fingerprint(data_dir)
    with pytest.raises(error) as refused:
        open_database(default_database_url(data_dir))
    message = str(refused.value)
    assert str(db_path) in message
    for word in words:
        assert word in message
    assert folder_fingerprint(data_dir) == before


def test_a_damaged_page_is_found_by_the_quick_check(data_dir, db_path):
    path = _make_ptplanner_db(data_dir)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    last_page = len(data) - page_size
    data[last_page : last_page + 64] = b"\xff" * 64  # scramble a b-tree page header
    path.write_bytes(bytes(data))
    before = folder_fingerprint(data_dir)
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        open_database(default_database_url(data_dir))
    assert folder_fingerprint(data_dir) == before


def test_an_address_that_is_not_a_database_url_is_refused():
    with pytest.raises(DatabaseUnavailable, match="not a database address"):
        open_database("just some words")


def test_an_unreachable_server_is_reported_without_its_password():
    with pytest.raises(DatabaseUnavailable) as refused:
        open_database("postgresql+psycopg://clinic:s3cret@127.0.0.1:1/ptplanner")
    assert "s3cret" not in str(refused.value)
    assert "127.0.0.1" in str(refused.value)


def test_a_data_folder_that_cannot_be_created_is_reported(tmp_path):
    (tmp_path / "a file").write_text("not a folder")
    with pytest.raises(DatabaseUnavailable, match="Cannot create the database"):
        open_database(default_database_url(tmp_path / "a file" / "data"))


def test_a_folder_where_the_database_file_should_be_is_reported(db_path):
    db_path.mkdir(parents=True)
    with pytest.raises(DatabaseUnavailable, match="Cannot read the database"):
        open_database(default_database_url(db_path.parent))


def test_the_revisions_read_from_the_migration_files_match_alembics():
    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {s.revision for s in script.walk_revisions()}
    assert [head_revision()] == list(script.get_heads())


def test_an_early_check_is_used_once_and_only_while_the_file_is_unchanged(data_dir, monkeypatch):
    from ptplanner.storage import sqlite_file

    _make_ptplanner_db(data_dir)
    path = data_dir / "ptplanner.db"
    calls = []
    real = sqlite_file.check_before_opening
    monkeypatch.setattr(sqlite_file, "check_before_opening", lambda p: calls.append(p) or real(p))

    sqlite_file.start_checking(path)
    open_database(default_database_url(data_dir)).close()
    assert len(calls) == 1  # the early check, not a second one

    sqlite_file.start_checking(path)
    with path.open("ab") as file:  # the file changes after the early check: check again
        file.write(b"\0" * 4096)
    open_database(default_database_url(data_dir)).close()
    assert len(calls) == 3


def test_an_early_check_that_refused_the_file_refuses_it_at_opening(data_dir):
    from ptplanner.storage import sqlite_file

    data_dir.mkdir()
    path = data_dir / "ptplanner.db"
    path.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    before = path.read_bytes()
    sqlite_file.start_checking(path)
    with pytest.raises(DatabaseDamaged):
        open_database(default_database_url(data_dir))
    assert path.read_bytes() == before


def test_a_shared_database_updated_by_a_newer_ptplanner_elsewhere_refuses_this_copys_reads_and_saves(postgres_url):
    database = open_database(postgres_url)
    try:
        store = Store(database)
        store.save_patient(make_patient(name="Ana Silva"))
        with database.engine.begin() as connection:  # as a newer ptplanner on another computer would
            connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
        with pytest.raises(DatabaseTooNew, match="Another computer has updated the shared database.*ffffffffffff"):
            store.save_patient(make_patient(name="Bo Berg"))
        with pytest.raises(DatabaseTooNew):
            store.list_patients()
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM patients")).scalars().all() == ["Ana Silva"]
    finally:
        database.close()


@sqlite_only
def test_an_sqlite_database_is_not_checked_on_every_transaction(db):
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    Store(db).save_patient(make_patient())  # one app per data folder (the lock file): nothing to check


def _full_checks(monkeypatch) -> list[bool]:
    """Whether each check before opening read the whole file (PRAGMA quick_check)."""
    seen: list[bool] = []
    check = sqlite_file._check_contents

    def recording(path, full=True):
        seen.append(full)
        return check(path, full)

    monkeypatch.setattr(sqlite_file, "_check_contents", recording)
    return seen


def test_a_file_untouched_since_ptplanner_closed_it_skips_the_full_check(data_dir, monkeypatch):
    path = _make_ptplanner_db(data_dir)
    full = _full_checks(monkeypatch)
    open_database(default_database_url(data_dir)).close()
    assert full == [False]
    with closing(sqlite3.connect(path)) as other_program:  # changed behind ptplanner's back
        other_program.execute("UPDATE patients SET name = 'Changed'")
        other_program.commit()
    open_database(default_database_url(data_dir)).close()
    assert full == [False, True]


def test_an_empty_log_left_by_a_program_that_only_read_the_file_does_not_cost_the_full_check(
    data_dir, monkeypatch
):
    path = _make_ptplanner_db(data_dir)
    open_database(default_database_url(data_dir)).close()
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as reader:  # as `sqlite3 -readonly`
        reader.execute("SELECT count(*) FROM patients").fetchone()
    log = path.with_name(path.name + "-wal")
    assert log.exists() and log.stat().st_size == 0  # a reader may not remove it
    full = _full_checks(monkeypatch)
    open_database(default_database_url(data_dir)).close()
    assert full == [False]


def test_a_database_not_closed_cleanly_gets_the_full_check(data_dir, monkeypatch):
    _make_ptplanner_db(data_dir)
    database = open_database(default_database_url(data_dir))
    Store(database).save_patient(make_patient(name="Bo Berg"))
    database.engine.dispose()  # as if the app had crashed: never closed through Database.close
    full = _full_checks(monkeypatch)
    open_database(default_database_url(data_dir)).close()
    assert full == [True]


def test_a_shared_database_holding_another_programs_tables_is_refused_and_left_as_it_was(postgres_url):
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY, amount integer)"))
        connection.execute(text("INSERT INTO invoices VALUES (1, 250)"))
    try:
        with pytest.raises(NotPtplannerDatabase, match="another program's tables \\(invoices\\).*not changed it"):
            open_database(postgres_url)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT * FROM invoices")).all() == [(1, 250)]
            assert sorted(inspect(connection).get_table_names()) == ["invoices"]
    finally:
        engine.dispose()
