"""Backups of an SQLite database, copied with SQLite's online backup API and verified."""

from __future__ import annotations

from pathlib import Path

from ptplanner.storage.database import Database
from ptplanner.storage.errors import DatabaseError
from ptplanner.storage.sqlite_file import copy_verified


def backup_sqlite(db: Database, target: Path) -> None:
    """Copy the live database to `target` (0600), then check the copy with `PRAGMA integrity_check`."""
    if db.sqlite_path is None:
        raise DatabaseError("Only a ptplanner database in an SQLite file can be backed up by ptplanner.")
    if target.resolve() == db.sqlite_path.resolve():
        raise DatabaseError(f"A backup cannot overwrite the database itself ({target}).")
    copy_verified(db.sqlite_path, target, what="backup")
