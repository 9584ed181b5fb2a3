"""A database file gone, emptied or replaced by something that is not a file, in a folder that has held a
clinic: refused with a message saying how to get it back, never opened as a new, empty clinic (whose first
automatic backup would then replace the day's good one)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from ptplanner.storage.auto_backup import backup_folder
from ptplanner.storage.clean_close import mark_path
from ptplanner.storage.database import DATABASE_FILE, default_database_url, open_database
from ptplanner.storage.errors import DatabaseUnavailable
from ptplanner.storage.restore import restore_sqlite


def _a_clinic_was_kept(folder: Path) -> Path:
    """A folder as a clinic leaves it: a database closed cleanly and a backup of it."""
    open_database(default_database_url(folder)).close()
    database = folder / DATABASE_FILE
    backups = backup_folder(folder)
    backups.mkdir()
    (backups / "ptplanner-2026-12-06-080000.db").write_bytes(database.read_bytes())
    return database


def _folder_as_it_is(folder: Path) -> dict[str, bytes | str]:
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            found[str(path)] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[str(path)] = path.read_bytes()
    return found


@pytest.mark.parametrize("how", ["removed", "emptied"])
@pytest.mark.parametrize("left", ["mark and backups", "mark", "backups"])
def test_a_lost_database_is_refused_and_the_folder_left_as_it_was(tmp_path, how, left):
    database = _a_clinic_was_kept(tmp_path)
    if "mark" not in left:
        mark_path(database).unlink()
    if "backups" not in left:
        for backup in backup_folder(tmp_path).iterdir():
            backup.unlink()
    if how == "removed":
        database.unlink()
    else:
        database.write_bytes(b"")
    before = _folder_as_it_is(tmp_path)
    state = "missing" if how == "removed" else "empty"
    with pytest.raises(DatabaseUnavailable, match=f"is {state}") as refused:
        open_database(default_database_url(tmp_path))
    assert "Nothing was changed" in str(refused.value)
    assert ("ptplanner restore" in str(refused.value)) == ("backups" in left)
    assert _folder_as_it_is(tmp_path) == before


def test_the_restore_the_message_names_brings_the_clinic_back(tmp_path):
    database = _a_clinic_was_kept(tmp_path)
    database.unlink()
    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(default_database_url(tmp_path))
    backup = Path(str(refused.value).split("ptplanner restore ")[1].split(". To start")[0])
    restore_sqlite(backup, database, backup_folder(tmp_path), datetime(2026, 12, 7, 9, 0))
    open_database(default_database_url(tmp_path)).close()


def test_a_new_folder_and_one_whose_history_was_moved_aside_open_as_a_new_clinic(tmp_path):
    open_database(default_database_url(tmp_path / "new")).close()
    assert (tmp_path / "new" / DATABASE_FILE).stat().st_size > 0
    database = _a_clinic_was_kept(tmp_path / "moved")  # the message's other way: start anew
    database.unlink()
    mark_path(database).unlink()
    backup_folder(tmp_path / "moved").rename(tmp_path / "kept-backups")
    open_database(default_database_url(tmp_path / "moved")).close()


def test_a_link_to_a_file_that_does_not_exist_is_refused_and_nothing_made_where_it_points(tmp_path):
    (tmp_path / DATABASE_FILE).symlink_to(tmp_path / "elsewhere" / "gone.db")
    with pytest.raises(DatabaseUnavailable, match="is a link to .*gone.db, which does not exist"):
        open_database(default_database_url(tmp_path))
    assert not (tmp_path / "elsewhere").exists()


def test_a_folder_in_place_of_the_database_is_refused(tmp_path):
    (tmp_path / DATABASE_FILE).mkdir()
    with pytest.raises(DatabaseUnavailable, match="it is not a file"):
        open_database(default_database_url(tmp_path))


def test_a_pipe_in_place_of_the_database_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / DATABASE_FILE)  # reading it would wait for a writer for ever
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from ptplanner.storage.database import default_database_url, open_database\n"
        "try:\n    open_database(default_database_url(Path(sys.argv[1])))\n"
        "except Exception as e:\n    print(e)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60, check=True
    )
    assert "Cannot read the database" in done.stdout and "it is not a file" in done.stdout


class _DiskError(sqlite3.OperationalError):
    sqlite_errorcode = sqlite3.SQLITE_IOERR_SHMOPEN  # what a full disk gives when SQLite opens to read


@pytest.mark.parametrize("free", [0, 100 << 20])
def test_a_disk_error_on_a_full_disk_says_the_disk_is_full(tmp_path, monkeypatch, free):
    # SQLite could not make its shared-memory file on a full disk and said "disk I/O error", which
    # reads like a failing disk.
    from ptplanner.storage import driver_errors, sqlite_failures, sqlite_file

    usage = shutil.disk_usage(tmp_path)._replace(free=free)
    monkeypatch.setattr(sqlite_failures.shutil, "disk_usage", lambda _folder: usage)
    database = tmp_path / DATABASE_FILE
    _kind, said = driver_errors._describe_sqlite(_DiskError("disk I/O error"), database)
    assert ("is full" in said) == (free == 0)
    with pytest.raises(DatabaseUnavailable) as refused, sqlite_file._read_failures_explained(database):
        raise _DiskError("disk I/O error")
    assert ("is full" in str(refused.value)) == (free == 0)
