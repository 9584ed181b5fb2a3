"""Automatic backups into the data folder's backups/: once a day on opening, on closing after a save,
rotated, private; a failing one is a warning and ptplanner opens all the same."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from storage_samples import make_patient

from ptplanner.core.backup_rotation import backups_to_keep
from ptplanner.storage.auto_backup import AutomaticBackups, automatic_backups, backup_folder, backup_name
from ptplanner.storage.database import default_database_url, open_database
from ptplanner.storage.store import Store
from ptplanner.app.workspace import Workspace


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def clinic_with_a_patient(data_dir: Path, name: str = "Ana Silva") -> None:
    database = open_database(default_database_url(data_dir))
    Store(database).save_patient(make_patient(name=name))
    database.close()


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def patients_in(backup: Path) -> list[str]:
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [row[0] for row in connection.execute("SELECT name FROM patients ORDER BY name")]


def open_with_clock(data_dir: Path, clock: Clock) -> tuple[object, AutomaticBackups, list[str]]:
    database = open_database(default_database_url(data_dir))
    backups = AutomaticBackups(database, backup_folder(data_dir), clock)
    return database, backups, backups.on_open(holds_data=True)


def test_the_first_open_of_a_day_backs_up_and_later_opens_that_day_do_not(data_dir):
    clinic_with_a_patient(data_dir)
    clock = Clock(datetime(2026, 12, 5, 8, 0, 0))
    for minutes in (0, 5, 600):
        clock.now = datetime(2026, 12, 5, 8, 0, 0) + timedelta(minutes=minutes)
        database, backups, warnings = open_with_clock(data_dir, clock)
        assert warnings == [] and backups.on_close() == []  # nothing saved: no backup on closing
        database.close()
    assert names_in(backup_folder(data_dir)) == ["ptplanner-2026-12-05-080000.db"]
    clock.now = datetime(2026, 12, 6, 7, 59, 0)
    database, backups, _ = open_with_clock(data_dir, clock)
    database.close()
    assert names_in(backup_folder(data_dir))[-1] == "ptplanner-2026-12-06-075900.db"


def test_closing_after_a_save_backs_up_what_was_saved(data_dir):
    clinic_with_a_patient(data_dir)
    workspace = Workspace.open(data_dir)
    assert workspace.warnings == []
    workspace.store.save_patient(make_patient(name="Ben Okafor"))
    assert workspace.close() == []
    newest = max(automatic_backups(backup_folder(data_dir)).items())[1]
    assert patients_in(newest) == ["Ana Silva", "Ben Okafor"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_backups_and_their_folder_are_private(data_dir):
    clinic_with_a_patient(data_dir)
    Workspace.open(data_dir).close()
    folder = backup_folder(data_dir)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    [backup] = folder.iterdir()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert patients_in(backup) == ["Ana Silva"]


def test_a_new_database_is_not_backed_up_on_its_first_open(data_dir):
    Workspace.open(data_dir).close()
    assert not backup_folder(data_dir).exists() or names_in(backup_folder(data_dir)) == []


def test_rotation_keeps_the_newest_of_each_day_week_and_month(data_dir):
    clinic_with_a_patient(data_dir)
    folder = backup_folder(data_dir)
    folder.mkdir(mode=0o700)
    start = datetime(2025, 11, 1, 9, 0)
    old = [start + timedelta(days=day) for day in range(400)]
    for taken in old:
        (folder / backup_name(taken)).write_bytes(b"")
    (folder / "ptplanner-before-restore-2025-11-01-090000.db").write_bytes(b"kept by hand")
    (folder / "notes.txt").write_text("the clinic's own file")
    (folder / "ptplanner-2025-11-02-090000.db.partial").write_bytes(b"left by a killed backup")
    now = start + timedelta(days=400)
    database, _, warnings = open_with_clock(data_dir, Clock(now))
    database.close()
    assert warnings == []
    kept = automatic_backups(folder)
    # 7 days to Sunday 6 December 2026; the 3 Sundays before them; the last days of October 2026 back
    # to January 2026 (December and November are in the 7 days already)
    assert len(kept) == 7 + 3 + 10
    assert set(kept) == backups_to_keep([*old, now])
    assert max(kept) == now and sorted(kept)[-7:] == [*old[-6:], now]
    assert {"ptplanner-before-restore-2025-11-01-090000.db", "notes.txt"} <= set(names_in(folder))
    assert not list(folder.glob("*.partial"))


def test_a_backups_path_that_is_a_file_gives_a_warning_and_the_app_opens(data_dir):
    clinic_with_a_patient(data_dir)
    backup_folder(data_dir).write_text("not a folder")
    workspace = Workspace.open(data_dir)
    [warning] = workspace.warnings
    assert f"automatic backup in the folder {backup_folder(data_dir)}: it is a file, not a folder" in warning
    assert "There is no automatic backup there yet." in warning
    assert [p.name for p in workspace.store.list_patients()] == ["Ana Silva"]
    workspace.store.save_patient(make_patient(name="Ben Okafor"))
    [on_close] = workspace.close()
    assert "it is a file, not a folder" in on_close


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX permissions, not as root")
def test_a_read_only_backups_folder_gives_a_warning_and_the_app_opens(data_dir):
    clinic_with_a_patient(data_dir)
    folder = backup_folder(data_dir)
    folder.mkdir(mode=0o500)
    try:
        workspace = Workspace.open(data_dir)
        [warning] = workspace.warnings
        assert str(folder) in warning and "permission denied" in warning
        workspace.close()
    finally:
        folder.chmod(0o700)


def test_a_failing_backup_says_how_old_the_newest_good_one_is(data_dir, monkeypatch):
    from ptplanner.storage import auto_backup
    from ptplanner.storage.errors import DatabaseError

    clinic_with_a_patient(data_dir)
    clock = Clock(datetime(2026, 12, 1, 9, 0))
    database, _, _ = open_with_clock(data_dir, clock)
    database.close()

    def disk_full(db, target):
        full = sqlite3.OperationalError("database or disk is full")
        raise DatabaseError(f"The backup to {target} failed: database or disk is full.") from full

    monkeypatch.setattr(auto_backup, "backup_sqlite", disk_full)
    clock.now = datetime(2026, 12, 5, 9, 0)
    database, _, [warning] = open_with_clock(data_dir, clock)
    database.close()
    assert "could not make its automatic backup" in warning and "database or disk is full" in warning
    assert "The newest automatic backup there is from 2026-12-01 09:00 (4 days ago)." in warning


def test_an_old_newest_backup_is_warned_about_even_when_none_was_due(data_dir, monkeypatch):
    from ptplanner.storage import auto_backup

    clinic_with_a_patient(data_dir)
    folder = backup_folder(data_dir)
    folder.mkdir(mode=0o700)
    (folder / backup_name(datetime(2026, 12, 1, 9, 0))).write_bytes(b"")
    monkeypatch.setattr(auto_backup, "take_backup", lambda *_: None)  # another ptplanner is backing up
    _, _, [warning] = open_with_clock(data_dir, Clock(datetime(2026, 12, 5, 9, 0)))
    assert "from 2026-12-01 09:00 (4 days ago)" in warning
