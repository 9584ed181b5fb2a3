"""Backups: a verified, private, self-contained copy of the live database."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from storage_samples import make_patient

from ptplanner.storage.backup import backup_sqlite
from ptplanner.storage.database import DatabaseError, open_database
from ptplanner.storage.store import Store


@pytest.fixture
def backend() -> str:
    return "sqlite"  # ptplanner backs up SQLite files; a server's database is backed up by its own tools


def test_a_backup_holds_everything_saved_and_opens_as_a_ptplanner_database(store, db, tmp_path):
    patient = make_patient(name="Backed Up <b>")
    store.save_patient(patient)  # still only in the write-ahead log
    target = tmp_path / "backups" / "ptplanner-2024-05-01.db"
    target.parent.mkdir()

    backup_sqlite(db, target)

    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no -wal or leftovers
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    restored = open_database(f"sqlite:///{target}")
    assert Store(restored).list_patients() == [patient]
    restored.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_backup_is_private(store, db, tmp_path):
    target = tmp_path / "backup.db"
    backup_sqlite(db, target)
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_backup_replaces_an_older_one_at_the_same_place(store, db, tmp_path):
    target = tmp_path / "backup.db"
    backup_sqlite(db, target)
    store.save_patient(make_patient(name="Added later"))
    backup_sqlite(db, target)
    copy = open_database(f"sqlite:///{target}")
    assert [p.name for p in Store(copy).list_patients()] == ["Added later"]
    copy.close()


def test_a_backup_cannot_overwrite_the_database_itself(db, db_path):
    with pytest.raises(DatabaseError, match="cannot overwrite the database itself"):
        backup_sqlite(db, db_path)


def test_a_backup_into_a_missing_folder_fails_clearly(db, tmp_path):
    with pytest.raises(DatabaseError, match="The backup to .* failed"):
        backup_sqlite(db, tmp_path / "no such folder" / "backup.db")


def test_only_sqlite_files_are_backed_up_here(tmp_path):
    in_memory = open_database("sqlite://")
    with pytest.raises(DatabaseError, match="Only a ptplanner database in an SQLite file"):
        backup_sqlite(in_memory, tmp_path / "backup.db")
    assert list(tmp_path.iterdir()) == []
    in_memory.close()
