"""Backing up and restoring the clinic's database: SQLite's online backup, or pg_dump and pg_restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ptplanner.app.clinic import Clinic
from ptplanner.core.roles import Action
from ptplanner.storage.auto_backup import backup_folder, backup_name
from ptplanner.storage.backup import backup_sqlite
from ptplanner.storage.database import DATABASE_FILE, open_database
from ptplanner.storage.pg_archive import dump_postgres, is_server_url, restore_postgres
from ptplanner.storage.restore import restore_sqlite

__all__ = ["backup_clinic", "backup_server", "is_server_url", "restore_folder", "restore_server"]


def backup_clinic(clinic: Clinic, target: Path) -> None:
    """A checked copy of the open SQLite database, taken while it may be in use."""
    clinic.require(Action.EXPORT)
    backup_sqlite(clinic.workspace.database, target)


def backup_server(url: str, target: Path) -> None:
    open_database(url).close()  # refuses another program's database, or one of a newer ptplanner
    dump_postgres(url, target)


def restore_folder(data_dir: Path, backup: Path, now: datetime) -> Path | None:
    """Put `backup` in place of the data folder's database; where the database as it was is kept."""
    return restore_sqlite(backup, data_dir / DATABASE_FILE, backup_folder(data_dir), now)


def restore_server(url: str, archive: Path, data_dir: Path, now: datetime) -> Path:
    open_database(url).close()  # refuses another program's database, or one of a newer ptplanner
    kept = backup_folder(data_dir) / backup_name(now, "before-restore", ".dump")
    restore_postgres(url, archive, kept)
    return kept
