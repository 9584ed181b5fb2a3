"""Putting a backup back in place of a data folder's SQLite database.

The backup is checked as a database is before opening (a damaged file, another program's database or
one written by a newer ptplanner is refused), copied beside the database with the online backup API
and checked again; the current database is kept in backups/ first; only then is the copy renamed over
it. Until that rename, the database is as it was. The caller holds the data folder's lock.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ptplanner.datadirs import create_private_folder
from ptplanner.safe_write import replace_durably
from ptplanner.storage import clean_close, sqlite_file
from ptplanner.storage.auto_backup import backup_name
from ptplanner.storage.errors import DatabaseDamaged, DatabaseError, DatabaseUnavailable, NotPtplannerDatabase

_UNCHANGED = "Nothing was restored: the database is as it was."
_RESTORE_ADVICE = " Restore your latest backup, or keep a copy of this file for recovery."


def restore_sqlite(backup: Path, database: Path, backups: Path, now: datetime) -> Path | None:
    """Replace `database` by the backup; where the database as it was is kept (None if there was none)."""
    staged = database.with_name(database.name + ".restoring")
    try:
        _remove_leftovers(staged, backups)
        _refuse_unusable(backup, database)
        sqlite_file.copy_verified(backup, staged, what="copy of the backup")
        _refuse_unusable(staged, database)  # the backup may have changed since it was checked
        kept = keep_current(database, backups, now)
        _empty_log(database, damaged_kept=kept is not None and "damaged" in kept.name)
        clean_close.mark_path(database).unlink(missing_ok=True)  # it describes the file being replaced
        replace_durably(staged, database)
    except DatabaseError as error:
        said = str(error).replace(_RESTORE_ADVICE, "")  # (advice for the database, not for a backup)
        raise type(error)(f"{said} {_UNCHANGED}") from error
    except OSError as error:
        raise DatabaseUnavailable(f"Cannot restore into {database.parent}: {error}. {_UNCHANGED}") from error
    finally:
        staged.unlink(missing_ok=True)
    return kept


def _remove_leftovers(staged: Path, backups: Path) -> None:
    """What a restore killed half-way left: the staged copy of the backup, and the unfinished copies in
    `backups` (copies of patients' data, never finished, so never to be used). The caller holds the data
    folder's lock: no copy is being made meanwhile."""
    leftovers = [staged, *(backups.glob("*.partial*") if backups.is_dir() else [])]
    for leftover in leftovers:
        for file in [leftover, *sqlite_file.companion_files(leftover)[1:]]:
            file.unlink(missing_ok=True)


def _refuse_unusable(backup: Path, database: Path) -> None:
    if backup.exists() and not backup.is_file():
        raise NotPtplannerDatabase(f"{backup} is not a backup: it is not a file (a folder, a pipe...).")
    if not backup.is_file():
        raise DatabaseUnavailable(f"There is no backup file {backup}.")
    if database.exists() and backup.resolve() == database.resolve():
        raise DatabaseError(f"{backup} is the database itself, not a backup of it.")
    if sqlite_file.check_before_opening(backup, whole=True).empty:
        raise NotPtplannerDatabase(f"{backup} holds no ptplanner data (an empty file or an empty database).")


def keep_current(database: Path, backups: Path, now: datetime) -> Path | None:
    """A copy of the current database in `backups`: checked, or byte for byte when it is damaged."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    create_private_folder(backups)
    try:
        sqlite_file.check_before_opening(database, whole=True)
    except (DatabaseDamaged, NotPtplannerDatabase):
        return _copy_bytes(database, backups / backup_name(now, "damaged-before-restore"))
    kept = backups / backup_name(now, "before-restore")
    sqlite_file.copy_verified(database, kept, what="copy of the current database")
    return kept


def _copy_bytes(database: Path, kept: Path) -> Path:
    """The damaged file and its write-ahead log, as they are, for recovery."""
    files = zip(sqlite_file.companion_files(database)[:2], sqlite_file.companion_files(kept)[:2])
    for source, target in files:
        if source.exists():
            sqlite_file.create_new_private_file(target)
            shutil.copyfile(source, target)
    return kept


def _empty_log(database: Path, damaged_kept: bool) -> None:
    """No write-ahead log may stay beside the restored file: SQLite would apply it to the wrong database.
    A sound database's log is written into it first (its content stays the same); a damaged one's was
    kept with it."""
    wal, shm = sqlite_file.companion_files(database)[1:]
    if not wal.exists():
        shm.unlink(missing_ok=True)
        return
    if damaged_kept:
        wal.unlink()
        shm.unlink(missing_ok=True)
        return
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if wal.exists():  # the last connection to close removes it: another is open
        raise DatabaseUnavailable(
            f"Another program has the database {database} open (a ptplanner command that reads?). "
            "Let it finish, then restore again."
        )
    if os.path.exists(shm):
        shm.unlink()
