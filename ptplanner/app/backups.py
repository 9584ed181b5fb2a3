"""Backing up and restoring the clinic's database: SQLite's online backup, or pg_dump and pg_restore."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import BadInput
from ptplanner.core.roles import Action
from ptplanner.folder_lock import LOCK_FILE
from ptplanner.storage.auto_backup import backup_folder, backup_name
from ptplanner.storage.backup import backup_sqlite
from ptplanner.storage.clean_close import mark_path
from ptplanner.storage.database import DATABASE_FILE, open_database
from ptplanner.storage.pg_archive import dump_postgres, is_server_url, restore_postgres
from ptplanner.storage.restore import restore_sqlite

__all__ = ["backup_clinic", "backup_server", "is_server_url", "restore_folder", "restore_server"]


def backup_clinic(clinic: Clinic, target: Path) -> None:
    """A checked copy of the open SQLite database, taken while it may be in use; never over a file ptplanner
    keeps for itself (refuse_own_file)."""
    clinic.require(Action.EXPORT)
    database = clinic.workspace.database.sqlite_path
    in_data_folder = database is not None and clinic.workspace.backups is not None
    refuse_own_file(target, database.parent if in_data_folder else None, database)
    backup_sqlite(clinic.workspace.database, target)


def backup_server(url: str, target: Path, data_dir: Path | None = None) -> None:
    refuse_own_file(target, data_dir, None)
    open_database(url).close()  # refuses another program's database, or one of a newer ptplanner
    dump_postgres(url, target)


def refuse_own_file(target: Path, data_dir: Path | None, database: Path | None) -> None:
    """BadInput when `target` (its symlinks followed) is a file ptplanner keeps for itself: the SQLite
    `database`, its write-ahead log, shared memory, journal or clean-close mark; the data folder's lock
    (a copy written over it would let a second writer in while the app holds the folder); or any file
    already in the data folder or its backups folder. A new name in either folder is fine."""
    own: dict[Path, str] = {}
    if database is not None:
        own |= {
            database: "the database itself",
            database.with_name(database.name + "-wal"): "the database's write-ahead log",
            database.with_name(database.name + "-shm"): "the database's shared-memory file",
            database.with_name(database.name + "-journal"): "the database's journal",
            mark_path(database): "the note that the database was closed cleanly",
        }
    folders = [] if data_dir is None else [data_dir, backup_folder(data_dir)]
    if data_dir is not None:
        own[data_dir / LOCK_FILE] = "the data folder's lock, which keeps a second ptplanner from writing"
    where = target.resolve()
    what = next(
        (about for path, about in own.items() if where == path.resolve() or _same_file(target, path)), None
    )
    if what is None and target.exists():
        if any(where.parent == folder.resolve() for folder in folders[1:]):
            what = "a backup ptplanner keeps"
        elif any(where.parent == folder.resolve() for folder in folders):
            what = "a file of the data folder"
    if what is not None:
        place = f"outside the data folder {data_dir}" if data_dir is not None else "elsewhere"
        raise BadInput(
            f"Cannot back up to {target}: it is {what}. Choose a new file {place}. Nothing was written."
        )


def _same_file(target: Path, path: Path) -> bool:
    """The same file under another name (a hard link), when both exist."""
    try:
        return os.path.samefile(target, path)
    except OSError:
        return False


def restore_folder(data_dir: Path, backup: Path, now: datetime) -> Path | None:
    """Put `backup` in place of the data folder's database; where the database as it was is kept."""
    return restore_sqlite(backup, data_dir / DATABASE_FILE, backup_folder(data_dir), now)


def restore_server(url: str, archive: Path, data_dir: Path, now: datetime) -> Path:
    open_database(url).close()  # refuses another program's database, or one of a newer ptplanner
    kept = backup_folder(data_dir) / backup_name(now, "before-restore", ".dump")
    restore_postgres(url, archive, kept)
    return kept
