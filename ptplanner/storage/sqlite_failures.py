"""SQLite's own failures (damage, a read-only file, a write held back), met at any point after opening,
turned into messages a clinic can act on.

No SQLAlchemy import here: the checks before opening use this module while the app's window is
still being drawn (see sqlite_file.start_checking).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ptplanner.storage.errors import DatabaseDamaged, DatabaseError, DatabaseUnavailable

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError

DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code of a driver error, or None for anything else."""
    original = getattr(error, "orig", error)  # SQLAlchemy's wrapper, or the driver's own error
    code = getattr(original, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def damaged(path: Path | str, detail: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        f"The database {path} is damaged ({detail}). ptplanner has not changed it. "
        "Restore your latest backup, or keep a copy of this file for recovery."
    )


FULL_BELOW_BYTES = 1 << 20  # free space under which a disk I/O error is taken for a full disk


def disk_is_full(path: Path | str | None) -> bool:
    """Whether the disk holding `path` has (next to) no room left: SQLite then reports a failure to make
    its shared-memory file, even to read, as a disk I/O error, which reads like a failing disk."""
    if not isinstance(path, Path):
        return False
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def read_only(path: Path | str, detail: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        f"ptplanner cannot write to the database {path} ({detail}). Nothing was saved. "
        "Check that the file and its folder are writable and the disk is not read-only."
    )


def known_failure(error: DBAPIError, path: Path | None, refusal: DatabaseError | None = None) -> DatabaseError | None:
    """The message for a damaged or read-only database, or for a write held back by the write gate;
    None for any other failure. Only SQLite's message is used: never the statement or its values."""
    code = sqlite_code(error)
    where = path or "in use"
    if code == sqlite3.SQLITE_AUTH and refusal is not None:
        return refusal
    if code in DAMAGE_CODES:
        return damaged(where, str(error.orig))
    if code == sqlite3.SQLITE_READONLY:
        return read_only(where, str(error.orig))
    return None
