"""Restoring an SQLite backup: its data comes back, the database as it was is kept, and a backup that is
damaged, another program's or a newer ptplanner's is refused with the database left byte for byte."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from storage_samples import make_patient
from test_update_copy import database_at, revision_of

from ptplanner.storage.auto_backup import backup_folder
from ptplanner.storage.backup import backup_sqlite
from ptplanner.storage.database import default_database_url, open_database
from ptplanner.storage.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotPtplannerDatabase,
)
from ptplanner.storage.migrate import head_revision
from ptplanner.storage.restore import restore_sqlite
from ptplanner.storage.store import Store

NOW = datetime(2026, 12, 5, 9, 30)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(data_dir: Path) -> list[str]:
    database = open_database(default_database_url(data_dir))
    try:
        return sorted(patient.name for patient in Store(database).list_patients())
    finally:
        database.close()


def save(data_dir: Path, *names: str) -> None:
    database = open_database(default_database_url(data_dir))
    for name in names:
        Store(database).save_patient(make_patient(name=name))
    database.close()


def backup_of(data_dir: Path, target: Path) -> Path:
    database = open_database(default_database_url(data_dir))
    backup_sqlite(database, target)
    database.close()
    return target


def restore(backup: Path, data_dir: Path) -> Path | None:
    return restore_sqlite(backup, data_dir / "ptplanner.db", backup_folder(data_dir), NOW)


def test_restoring_a_backup_brings_its_data_back_and_keeps_the_database_as_it_was(data_dir, tmp_path):
    save(data_dir, "Ana Silva")
    backup = backup_of(data_dir, tmp_path / "monday.db")
    save(data_dir, "Ben Okafor")
    backup_before = sha256(backup)

    kept = restore(backup, data_dir)

    assert names(data_dir) == ["Ana Silva"]
    assert kept == backup_folder(data_dir) / "ptplanner-before-restore-2026-12-05-093000.db"
    assert sorted(row[0] for row in sqlite3.connect(kept).execute("SELECT name FROM patients")) == [
        "Ana Silva", "Ben Okafor"]
    assert sha256(backup) == backup_before  # the backup itself is only read
    assert not (data_dir / "ptplanner.db.restoring").exists()


def test_a_log_left_by_a_crash_is_kept_in_the_copy_and_never_applied_to_the_backup(data_dir, tmp_path):
    save(data_dir, "Ana Silva")
    backup = backup_of(data_dir, tmp_path / "monday.db")
    running = open_database(default_database_url(data_dir))
    Store(running).save_patient(make_patient(name="Ben Okafor"))  # in the log only, for now
    files = {name: (data_dir / name).read_bytes() for name in ("ptplanner.db", "ptplanner.db-wal")}
    running.close()
    (data_dir / "ptplanner.db.closed").unlink(missing_ok=True)
    for name, content in files.items():  # the files as a crash of the app leaves them
        (data_dir / name).write_bytes(content)
    assert (data_dir / "ptplanner.db-wal").stat().st_size > 0

    kept = restore(backup, data_dir)

    assert not (data_dir / "ptplanner.db-wal").exists()
    assert names(data_dir) == ["Ana Silva"]
    with closing(sqlite3.connect(kept)) as connection:
        kept_names = sorted(row[0] for row in connection.execute("SELECT name FROM patients"))
    assert kept_names == ["Ana Silva", "Ben Okafor"]


def test_a_database_another_program_has_open_is_not_replaced(data_dir, tmp_path):
    save(data_dir, "Ana Silva")
    backup = backup_of(data_dir, tmp_path / "monday.db")
    reading = open_database(default_database_url(data_dir))
    Store(reading).save_patient(make_patient(name="Ben Okafor"))
    try:
        with pytest.raises(DatabaseUnavailable, match="Another program has the database .* open"):
            restore(backup, data_dir)
    finally:
        reading.close()
    assert names(data_dir) == ["Ana Silva", "Ben Okafor"]


def test_an_older_backup_is_updated_on_the_next_open(data_dir, tmp_path):
    old = database_at("0003", tmp_path / "old clinic")
    save(data_dir, "Ben Okafor")

    restore(old, data_dir)

    assert revision_of(data_dir / "ptplanner.db") == "0003"
    assert names(data_dir) == ["Ana Silva"]
    assert revision_of(data_dir / "ptplanner.db") == head_revision()


def damaged(backup: Path) -> None:
    with backup.open("r+b") as file:
        file.seek(8192)
        file.write(b"\xff" * 4096)


def foreign(backup: Path) -> None:
    backup.unlink()
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
        connection.commit()


def newer(backup: Path) -> None:
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()


def not_sqlite(backup: Path) -> None:
    backup.write_bytes(b"%PDF-1.4 not a database")


def cut_short(backup: Path) -> None:
    backup.write_bytes(backup.read_bytes()[:50])


@pytest.mark.parametrize(
    ("spoil", "refusal", "message"),
    [
        (damaged, DatabaseDamaged, "is damaged"),
        (cut_short, DatabaseDamaged, "is damaged"),
        (foreign, NotPtplannerDatabase, "is not a ptplanner database"),
        (not_sqlite, NotPtplannerDatabase, "is not a ptplanner database"),
        (newer, DatabaseTooNew, "newer version of ptplanner"),
    ],
)
def test_an_unusable_backup_is_refused_and_the_database_is_unchanged(data_dir, tmp_path, spoil, refusal,
                                                                    message):
    save(data_dir, "Ana Silva")
    backup = backup_of(data_dir, tmp_path / "spoiled.db")
    spoil(backup)
    database = data_dir / "ptplanner.db"
    before = sha256(database)

    with pytest.raises(refusal, match=f"{message}.*Nothing was restored: the database is as it was"):
        restore(backup, data_dir)

    assert sha256(database) == before
    assert not backup_folder(data_dir).exists()
    assert not (data_dir / "ptplanner.db.restoring").exists()


def test_a_missing_backup_or_the_database_itself_is_refused(data_dir, tmp_path):
    save(data_dir, "Ana Silva")
    before = sha256(data_dir / "ptplanner.db")
    with pytest.raises(DatabaseUnavailable, match="There is no backup file"):
        restore(tmp_path / "nowhere.db", data_dir)
    with pytest.raises(Exception, match="is the database itself"):
        restore(data_dir / "ptplanner.db", data_dir)
    (tmp_path / "a folder.db").mkdir()
    os.mkfifo(tmp_path / "a pipe.db")  # read, it would wait for a writer for ever
    for not_a_file in ("a folder.db", "a pipe.db"):
        with pytest.raises(NotPtplannerDatabase, match="is not a backup: it is not a file"):
            restore(tmp_path / not_a_file, data_dir)
    assert sha256(data_dir / "ptplanner.db") == before


def test_a_failure_while_keeping_the_current_database_leaves_it_unchanged(data_dir, tmp_path, monkeypatch):
    from ptplanner.storage import restore as restoring

    save(data_dir, "Ana Silva")
    backup = backup_of(data_dir, tmp_path / "monday.db")
    save(data_dir, "Ben Okafor")
    before = sha256(data_dir / "ptplanner.db")

    def full_disk(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restoring, "keep_current", full_disk)
    with pytest.raises(DatabaseUnavailable, match="Nothing was restored"):
        restore(backup, data_dir)
    assert sha256(data_dir / "ptplanner.db") == before


def test_a_damaged_current_database_is_kept_byte_for_byte_and_replaced(data_dir, tmp_path):
    save(data_dir, "Ana Silva")
    backup = backup_of(data_dir, tmp_path / "monday.db")
    damaged(data_dir / "ptplanner.db")
    (data_dir / "ptplanner.db.closed").unlink(missing_ok=True)
    before = sha256(data_dir / "ptplanner.db")

    kept = restore(backup, data_dir)

    assert kept is not None and "damaged-before-restore" in kept.name and sha256(kept) == before
    assert names(data_dir) == ["Ana Silva"]


def test_a_backup_taken_while_another_connection_saves_restores_every_committed_save(data_dir, tmp_path):
    save(data_dir, "Patient 000")
    committed: list[str] = []
    stop = threading.Event()

    def keep_saving() -> None:
        writer = open_database(default_database_url(data_dir))
        store = Store(writer)
        number = 1
        while not stop.is_set():
            name = f"Patient {number:03d}"
            store.save_patient(make_patient(name=name))
            committed.append(name)
            number += 1
        writer.close()

    thread = threading.Thread(target=keep_saving)
    thread.start()
    while len(committed) < 20:
        stop.wait(0.01)
    saved_before = ["Patient 000", *committed]  # confirmed before the backup began
    reader = open_database(default_database_url(data_dir))
    backup_sqlite(reader, tmp_path / "during.db")
    reader.close()
    stop.set()
    thread.join()

    restored = tmp_path / "restored"
    save(restored, "Someone Else")
    restore(tmp_path / "during.db", restored)
    in_backup = names(restored)
    assert set(saved_before) <= set(in_backup)
    assert in_backup == [f"Patient {n:03d}" for n in range(len(in_backup))]  # a prefix: no save half-kept


def test_what_a_restore_killed_half_way_left_is_removed_by_the_next(data_dir, tmp_path):
    # Killed while copying, a restore left the staged backup and an unfinished copy of the current
    # database in backups/ (patients' data, never finished): the next restore leaves neither.
    save(data_dir, "Ana Silva")
    backup = backup_of(data_dir, tmp_path / "monday.db")
    backups = backup_folder(data_dir)
    backups.mkdir(exist_ok=True)
    left = [
        data_dir / "ptplanner.db.restoring",
        data_dir / "ptplanner.db.restoring-wal",
        backups / "ptplanner-before-restore-2026-12-04-100000.db.partial",
        backups / "ptplanner-before-restore-2026-12-04-100000.db.partial-journal",
    ]
    for file in left:
        file.write_bytes(b"half a copy")
    restore(backup, data_dir)
    assert [file for file in left if file.exists()] == []
    assert names(data_dir) == ["Ana Silva"]
    kept = ["ptplanner-before-restore-2026-12-05-093000.db"]
    assert sorted(path.name for path in backups.iterdir()) == kept
