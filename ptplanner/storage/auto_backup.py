"""Automatic backups of a data folder's SQLite database into its `backups/` folder.

One on the first open of each day (a folder listing tells whether today's exists, so other opens cost
nothing), and one on closing when something was saved meanwhile; the older ones are thinned by
core.backup_rotation. The day's first backup is also the full check of the file (its copy's
integrity_check reads every page): before opening for a database up to BACKGROUND_ABOVE_BYTES, after
it, on a thread, for a bigger one, so the first start of the day does not wait minutes for it. Damage
that backup finds refuses every later transaction (and is reported by the first one), as damage
found before opening refuses the file. A backup that fails never stops ptplanner: it becomes a
warning naming the folder and the cause, and how old the newest backup there is.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from ptplanner.core.backup_rotation import backups_to_keep
from ptplanner.core.files import plain_os_reason
from ptplanner.folder_lock import FolderBusy, FolderLock
from ptplanner.storage.backup import backup_sqlite
from ptplanner.storage.database import Database
from ptplanner.storage.errors import DatabaseDamaged, DatabaseError
from ptplanner.storage.lost_database import BACKUP_FOLDER
from ptplanner.storage.sqlite_failures import DAMAGE_CODES, damaged, sqlite_code
from ptplanner.storage.sqlite_file import files_signature

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(days=2)
BACKGROUND_ABOVE_BYTES = 128 << 20
_TIME_FORMAT = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"ptplanner-(\d{4}-\d{2}-\d{2}-\d{6})\.db")


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def backup_name(taken: datetime, kind: str = "", suffix: str = ".db") -> str:
    """`ptplanner-2026-12-05-083000.db`; with a kind (`before-restore`), a name rotation leaves alone."""
    return f"ptplanner-{kind + '-' if kind else ''}{taken.strftime(_TIME_FORMAT)}{suffix}"


def automatic_backups(folder: Path) -> dict[datetime, Path]:
    """The automatic backups in `folder` by the time they were taken (none if it cannot be listed)."""
    found = {}
    try:
        names = [path.name for path in folder.iterdir()]
    except OSError:
        return {}
    for name in names:
        match = _NAME.fullmatch(name)
        if match:
            try:
                found[datetime.strptime(match[1], _TIME_FORMAT)] = folder / name
            except ValueError:  # a name that only looks like a time
                continue
    return found


def take_backup(database: Database, folder: Path, now: datetime) -> Path | None:
    """Back up into `folder`, then thin it out; None when another ptplanner is backing up there now."""
    if folder.exists() and not folder.is_dir():
        raise DatabaseError("it is a file, not a folder")
    lock = FolderLock(folder, "an automatic backup")
    try:
        lock.acquire()
    except FolderBusy:
        return None
    try:
        target = folder / backup_name(now)
        backup_sqlite(database, target)
        rotate(folder)
        return target
    finally:
        lock.release()


def rotate(folder: Path) -> None:
    """Remove the automatic backups rotation does not keep, and unfinished copies of killed backups."""
    backups = automatic_backups(folder)
    keep = backups_to_keep(backups)
    for taken, path in backups.items():
        if taken not in keep:
            path.unlink(missing_ok=True)
    for partial in folder.glob("*.partial*"):  # the lock is held: no backup is being written
        partial.unlink(missing_ok=True)


class AutomaticBackups:
    """The automatic backups of one open database (SQLite in a data folder)."""

    def __init__(
        self, database: Database, folder: Path, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        assert database.sqlite_path is not None
        self.database = database
        self.folder = folder
        self._clock = clock
        self._opened_as: object = None
        self._daily: threading.Thread | None = None  # the day's first backup of a big database
        self._daily_warnings: list[str] = []

    def on_open(self, holds_data: bool) -> list[str]:
        """Today's first backup if there is none yet (not of a database just created); warnings."""
        now = self._clock()
        warnings = []
        backups = automatic_backups(self.folder)
        due = holds_data and not any(taken.date() == now.date() for taken in backups)
        if due and _size(self.database.sqlite_path) > BACKGROUND_ABOVE_BYTES:
            self._opened_as = files_signature(self.database.sqlite_path)  # reading it changes nothing
            self._daily = threading.Thread(target=self._take_daily, args=(now,), name="ptplanner-backup",
                                           daemon=True)
            self._daily.start()
            return warnings
        if due:
            warnings = self._take(now, refuse_damage=True)
            backups = automatic_backups(self.folder)
        if holds_data and not warnings and (not backups or now - max(backups) > STALE_AFTER):
            warnings.append(f"{_age(backups, now)} Back up by hand with 'ptplanner backup --out FILE.db'.")
        self._opened_as = files_signature(self.database.sqlite_path)  # after the backup's own reading
        return warnings

    def _take_daily(self, now: datetime) -> None:
        try:
            self._daily_warnings = self._take(now, refuse_damage=True)
        except DatabaseDamaged as refusal:
            self.database.refuse_from_now(refusal)
            self._daily_warnings = [str(refusal)]

    def on_close(self) -> list[str]:
        """A backup when something was saved since opening (the database or its log changed); warnings.
        The day's first backup, if it is still being taken, is finished first."""
        if self._daily is not None:
            self._daily.join()
            if self.database.refusal is not None:
                return self._daily_warnings
        warnings = self._daily_warnings
        if self._opened_as is None or files_signature(self.database.sqlite_path) == self._opened_as:
            return warnings
        return warnings + self._take(self._clock())

    def _take(self, now: datetime, refuse_damage: bool = False) -> list[str]:
        """Back up; a warning if that fails. Reading the whole database, a backup may find it damaged: then
        opening is refused as for any damaged database (`refuse_damage`), or closing says so."""
        try:
            take_backup(self.database, self.folder, now)
        except (DatabaseError, OSError) as error:
            found = _damage_found(error)
            if found is not None:
                self.database.note_damage()
                refusal = damaged(self.database.sqlite_path, found)
                if refuse_damage:
                    raise refusal from error
                return [str(refusal)]
            warning = (
                f"ptplanner could not make its automatic backup in the folder {self.folder}: "
                f"{_cause(error)}. The database itself is not affected. "
                f"{_age(automatic_backups(self.folder), now)} Make the folder writable or free some disk "
                "space, or back up by hand with 'ptplanner backup --out FILE.db'."
            )
            return [warning]
        return []


def _size(path: Path | None) -> int:
    try:
        return 0 if path is None else path.stat().st_size
    except OSError:
        return 0


def _damage_found(error: Exception) -> str | None:
    """What is wrong with the database itself, when that is why its backup failed."""
    if isinstance(error, DatabaseDamaged):
        return "a backup of it failed its integrity check"
    if sqlite_code(error.__cause__ or error) in DAMAGE_CODES:
        return str(error.__cause__)
    return None


def _cause(error: Exception) -> str:
    reason = error.__cause__ if isinstance(error, DatabaseError) and error.__cause__ is not None else error
    if isinstance(reason, OSError):
        return plain_os_reason(reason)
    if isinstance(reason, sqlite3.Error):
        return str(reason)
    return str(error).rstrip(".")


def _age(backups: dict[datetime, Path], now: datetime) -> str:
    if not backups:
        return "There is no automatic backup there yet."
    newest = max(backups)
    days = (now - newest).days
    ago = "today" if days < 1 else f"{days} day{'s' if days > 1 else ''} ago"
    return f"The newest automatic backup there is from {newest:%Y-%m-%d %H:%M} ({ago})."
