"""A database file gone or emptied from a folder that has held a clinic is refused, never made anew.

SQLite takes a missing or zero-byte file for a new, empty database: the clinic would open empty, and the
day's first save would then make its automatic backup of that empty clinic in place of the day's good one.
The folder tells a lost database from a new one by what a clinic leaves beside it: the clean-close mark
and the automatic backups.
"""

from __future__ import annotations

from pathlib import Path

from ptplanner.storage.clean_close import mark_path
from ptplanner.storage.errors import DatabaseUnavailable

BACKUP_FOLDER = "backups"  # beside the database: its automatic backups (auto_backup.py)


def refuse_if_lost(path: Path) -> None:
    """Raise DatabaseUnavailable when `path` (missing, or empty) sits where a clinic was kept before."""
    mark = mark_path(path)
    backups = path.parent / BACKUP_FOLDER
    kept = sorted(_backups_in(backups), key=lambda backup: backup.stat().st_mtime)
    if not kept and not mark.exists():
        return
    state = "is empty" if path.exists() else "is missing"
    if kept:
        what = f"Restore the latest backup: ptplanner restore {kept[-1]}"
    else:
        what = "Restore it from your own copy"
    aside = " and ".join(str(found) for found in (backups, mark) if found.exists())
    raise DatabaseUnavailable(
        f"The database {path} {state}, but a clinic was kept in this folder. Nothing was changed. {what}. "
        f"To start a new, empty clinic here instead, move {aside} out of the folder first."
    )


def _backups_in(folder: Path) -> list[Path]:
    try:
        return [path for path in folder.glob("ptplanner-*.db") if path.is_file() and path.stat().st_size]
    except OSError:
        return []
