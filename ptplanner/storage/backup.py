"""Backups of an SQLite database, copied with SQLite's online backup API and verified."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from ptplanner.storage.database import Database
from ptplanner.storage.errors import DatabaseError


def backup_sqlite(db: Database, target: Path) -> None:
    """Copy the live database to `target` (0600), then check the copy with `PRAGMA integrity_check`."""
    if db.sqlite_path is None:
        raise DatabaseError("Only a ptplanner database in an SQLite file can be backed up by ptplanner.")
    if target.resolve() == db.sqlite_path.resolve():
        raise DatabaseError(f"A backup cannot overwrite the database itself ({target}).")
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY, 0o600))  # private before any data is in it
        with closing(sqlite3.connect(db.sqlite_path)) as source, closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise DatabaseError(
                f"The backup {target} failed its check ({'; '.join(problems[:3])}); it was not kept."
            )
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseError(f"The backup to {target} failed: {error}.") from error
    finally:
        partial.unlink(missing_ok=True)
