"""An SQLite database file: looked at read-only before ptplanner dares to open it, kept private.

Nothing here writes to a file that is refused: the checks read the header and open SQLite read-only.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from contextlib import closing
from pathlib import Path
from typing import Any

from ptplanner.datadirs import create_private_folder
from ptplanner.storage.errors import DatabaseDamaged, DatabaseError, DatabaseUnavailable, NotPtplannerDatabase
from ptplanner.storage.migrate import refuse_unknown_revisions

log = logging.getLogger(__name__)

DATABASE_FILE = "ptplanner.db"
APPLICATION_ID = int.from_bytes(b"PTPL", "big")  # PRAGMA application_id: marks a file as ours
BUSY_TIMEOUT_MS = 5000
HEADER_SIZE = 100
MAGIC = b"SQLite format 3\x00"
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def companion_files(path: Path) -> list[Path]:
    """The database file and the write-ahead log and shared-memory files SQLite keeps beside it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


class _EarlyCheck:
    """check_before_opening run on another thread, keyed by what the files looked like then."""

    def __init__(self, path: Path) -> None:
        self.signature = _signature(path)
        self.outcome: tuple[bool, DatabaseError | None] | None = None
        self.thread = threading.Thread(target=self._run, args=(path,), name="ptplanner-db-check", daemon=True)
        self.thread.start()

    def _run(self, path: Path) -> None:
        try:
            self.outcome = (check_before_opening(path), None)
        except DatabaseError as error:
            self.outcome = (False, error)


_early_checks: dict[Path, _EarlyCheck] = {}
_early_lock = threading.Lock()


def start_checking(path: Path) -> None:
    """Begin the (slow, for a big file) checks now, so they overlap the app's start-up.

    SQLite releases Python's lock while it reads, so the check runs on the other core.
    """
    path = path.absolute()
    with _early_lock:
        _early_checks[path] = _EarlyCheck(path)


def checked_before_opening(path: Path) -> bool:
    """check_before_opening, using an early check of the same, unchanged files if one was started."""
    with _early_lock:
        early = _early_checks.pop(path.absolute(), None)
    if early is not None:
        early.thread.join()
        if early.outcome is not None and early.signature == _signature(path):
            empty, error = early.outcome
            if error is not None:
                raise error
            return empty
    return check_before_opening(path)


def _signature(path: Path) -> tuple[tuple[int, int] | None, ...]:
    """Size and modification time of the database and its log, to tell whether they changed."""
    signature = []
    for file in companion_files(path)[:2]:
        try:
            stat = file.stat()
            signature.append((stat.st_size, stat.st_mtime_ns))
        except OSError:
            signature.append(None)
    return tuple(signature)


def check_before_opening(path: Path) -> bool:
    """Refuse a file ptplanner must not open; True when it holds nothing yet and can become a new database."""
    if not path.exists():
        return True
    try:
        with path.open("rb") as file:
            header = file.read(HEADER_SIZE)
    except OSError as error:
        raise DatabaseUnavailable(f"Cannot read the database {path}: {error.strerror}.") from error
    if not header:
        return True
    if not header.startswith(MAGIC[: len(header)]):
        raise NotPtplannerDatabase(f"{path} is not a ptplanner database (it is not an SQLite file at all).")
    if len(header) < HEADER_SIZE:
        raise _damaged(path, "the file is cut short")
    try:
        return _check_contents(path, full=not unchanged_since_closed(path))
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in _DAMAGE_CODES:
            raise _damaged(path, str(error)) from error
        raise DatabaseUnavailable(f"Cannot read the database {path}: {error}.") from error


def _check_contents(path: Path, full: bool = True) -> bool:
    connection = _connect_read_only(path)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()] if full else ["ok"]
        if problems != ["ok"]:
            raise _damaged(path, " ".join(problems[:3]).replace("\n", " "))
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if application_id != APPLICATION_ID and (application_id != 0 or tables):
            raise NotPtplannerDatabase(
                f"{path} is not a ptplanner database (it is an SQLite database of another program)."
            )
        if "alembic_version" in tables:
            revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
            refuse_unknown_revisions(revisions, f"The database {path}")
        return not tables
    finally:
        connection.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # Without a write-ahead log beside it, `immutable` reads the file with no lock and no
    # -wal/-shm files left behind; with one, SQLite must read the log too.
    immutable = not companion_files(path)[1].exists()
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True)


def _damaged(path: Path, detail: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        f"The database {path} is damaged ({detail}). ptplanner has not changed it. "
        "Restore your latest backup, or keep a copy of this file for recovery."
    )


def create_private(path: Path) -> None:
    """Create the data folder (0700) and an empty database file (0600) before SQLite creates it 0644."""
    try:
        create_private_folder(path.parent)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as error:
        raise DatabaseUnavailable(f"Cannot create the database {path}: {error.strerror}.") from error
    make_private(path)


def make_private(path: Path) -> None:
    for file in companion_files(path):
        try:
            file.chmod(0o600)
        except FileNotFoundError:
            continue
        except PermissionError:  # another user's file in a shared folder: usable, but not ours to change
            log.warning("Cannot make %s readable by its owner only", file)


def _closed_mark(path: Path) -> Path:
    return path.with_name(path.name + ".closed")


def _file_state(path: Path) -> dict[str, int | str]:
    """What tells whether a database file changed: its size, modification time and the change counter
    SQLite keeps in its header."""
    stat = path.stat()
    with path.open("rb") as file:
        counter = file.read(28)[24:28].hex()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "counter": counter}


def remember_closed(path: Path) -> None:
    """Once ptplanner has closed the database cleanly, note what the file looks like.

    The full check before opening reads the whole file: seconds for a big clinic on a cold disk, at
    every first start of the day. A file nobody has touched since ptplanner closed it needs only the
    quick checks; one changed since (another program, a restore, a crash, damage) gets the full one.
    """
    if companion_files(path)[1].exists():  # a write-ahead log left: still open elsewhere
        return
    try:
        mark = _closed_mark(path)
        mark.unlink(missing_ok=True)
        with os.fdopen(os.open(mark, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600), "w") as file:
            json.dump(_file_state(path), file)
    except OSError as error:  # only a lost shortcut: the next start checks the whole file
        log.warning("Cannot note that %s was closed cleanly: %s", path, error)


def unchanged_since_closed(path: Path) -> bool:
    """True when the file is exactly as ptplanner left it when it last closed it cleanly."""
    try:
        noted = json.loads(_closed_mark(path).read_text(encoding="utf-8"))
        return not companion_files(path)[1].exists() and noted == _file_state(path)
    except (OSError, ValueError):
        return False


def copy_verified(source: Path, target: Path, what: str = "copy") -> None:
    """Copy the live database `source` to `target` (0600) with SQLite's online backup API, then check the
    copy with `PRAGMA integrity_check`; `target` appears only when the copy is whole and sound. `what`
    names the copy in messages ("backup")."""
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY, 0o600))  # private before any data is in it
        with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(partial)) as copy:
            live.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise DatabaseError(f"The {what} {target} failed its check ({'; '.join(problems[:3])}); it was not kept.")
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseError(f"The {what} to {target} failed: {error}.") from error
    finally:
        partial.unlink(missing_ok=True)


def keep_copy_before_update(path: Path, revision: str) -> Path:
    """Before the schema of an existing database changes, keep a copy of it beside it, so a clinic can go
    back if the update goes wrong. Only the latest such copy is kept (each is as big as the database)."""
    copy = path.with_name(f"{path.stem}-before-update-from-{revision}{path.suffix}")
    try:
        copy_verified(path, copy)
    except DatabaseError as error:
        raise DatabaseUnavailable(
            f"This version of ptplanner updates the database {path}, and keeps a copy of it first. {error} "
            "The database has not been changed. Free some disk space, then start ptplanner again."
        ) from error
    for older in path.parent.glob(f"{path.stem}-before-update-from-*{path.suffix}"):
        if older != copy:
            older.unlink(missing_ok=True)
    return copy


def set_pragmas(dbapi_connection: Any, _connection_record: Any) -> None:
    """Run on every new SQLite connection (SQLAlchemy `connect` event)."""
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode = WAL",
        "foreign_keys = ON",
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        "secure_delete = ON",  # deleted rows are overwritten, not left readable in the file
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()
