"""An SQLite database file: looked at read-only before ptplanner dares to open it, kept private.

Nothing here writes to a file that is refused: the checks read the header and open SQLite read-only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from ptplanner.datadirs import create_private_folder
from ptplanner.safe_write import replace_durably
from ptplanner.storage.clean_close import digest_if_unchanged, noted_damage
from ptplanner.storage.sqlite_failures import DAMAGE_CODES, damaged, disk_is_full
from ptplanner.storage.errors import DatabaseDamaged, DatabaseError, DatabaseUnavailable, NotPtplannerDatabase
from ptplanner.storage.migrate import refuse_unknown_revisions

log = logging.getLogger(__name__)

DATABASE_FILE = "ptplanner.db"
APPLICATION_ID = int.from_bytes(b"PTPL", "big")  # PRAGMA application_id: marks a file as ours
BUSY_TIMEOUT_MS = 5000
HEADER_SIZE = 100
MAGIC = b"SQLite format 3\x00"
# Without a clean-close mark, a file up to this size gets SQLite's quick_check before opening (under a
# second); a bigger one after opening, before its first write (write_gate), so a start after a crash
# does not wait seconds to minutes (7 s for a 10 GB clinic with a warm disk cache).
CHECK_BEFORE_OPENING_BYTES = 256 << 20


def companion_files(path: Path) -> list[Path]:
    """The database file and the write-ahead log and shared-memory files SQLite keeps beside it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


class Checked(NamedTuple):
    """What the checks before opening found: a file with nothing in it yet (it becomes a new database),
    the digests noted at its last clean close when only the quick checks were needed (write_gate), and
    whether SQLite's quick_check of every page is still to run (a big file with no clean-close mark)."""

    empty: bool
    closed_digest: tuple[str, ...] | None = None
    check_whole_later: bool = False


class _EarlyCheck:
    """check_before_opening run on another thread, keyed by what the files looked like then."""

    def __init__(self, path: Path) -> None:
        self.signature = files_signature(path)
        self.outcome: tuple[Checked | None, DatabaseError | None] | None = None
        self.thread = threading.Thread(target=self._run, args=(path,), name="ptplanner-db-check", daemon=True)
        self.thread.start()

    def _run(self, path: Path) -> None:
        try:
            self.outcome = (check_before_opening(path), None)
        except DatabaseError as error:
            self.outcome = (None, error)


_early_checks: dict[Path, _EarlyCheck] = {}
_early_lock = threading.Lock()


def start_checking(path: Path) -> None:
    """Begin the (slow, for a big file) checks now, so they overlap the app's start-up.

    SQLite releases Python's lock while it reads, so the check runs on the other core.
    """
    path = path.absolute()
    with _early_lock:
        _early_checks[path] = _EarlyCheck(path)


def checked_before_opening(path: Path) -> Checked:
    """check_before_opening, using an early check of the same, unchanged files if one was started."""
    with _early_lock:
        early = _early_checks.pop(path.absolute(), None)
    if early is not None:
        early.thread.join()
        if early.outcome is not None and early.signature == files_signature(path):
            checked, error = early.outcome
            if error is not None:
                raise error
            assert checked is not None
            return checked
    return check_before_opening(path)


def files_signature(path: Path) -> tuple[tuple[int, int] | None, ...]:
    """Size and modification time of the database and its log, to tell whether they changed."""
    signature = []
    for file in companion_files(path)[:2]:
        try:
            stat = file.stat()
            signature.append((stat.st_size, stat.st_mtime_ns))
        except OSError:
            signature.append(None)
    return tuple(signature)


def check_before_opening(path: Path, whole: bool = False) -> Checked:
    """Refuse a file ptplanner must not open; say whether it holds nothing yet and can become a new database.

    `whole`: SQLite's quick_check of every page, whatever the file's size and clean-close mark."""
    if path.is_symlink() and not path.exists():
        raise DatabaseUnavailable(
            f"The database {path} is a link to {os.readlink(path)}, which does not exist. Nothing was "
            "changed. Restore the file it links to, or remove the link."
        )
    if not path.exists():
        return Checked(empty=True)
    if not path.is_file():  # a folder, a pipe (reading it would wait for ever), a device
        raise DatabaseUnavailable(f"Cannot read the database {path}: it is not a file (a folder, a pipe...).")
    try:
        with path.open("rb") as file:
            header = file.read(HEADER_SIZE)
    except OSError as error:
        raise DatabaseUnavailable(f"Cannot read the database {path}: {error.strerror}.") from error
    if not header:
        return Checked(empty=True)
    if not header.startswith(MAGIC[: len(header)]):
        raise NotPtplannerDatabase(f"{path} is not a ptplanner database (it is not an SQLite file at all).")
    if len(header) < HEADER_SIZE:
        raise damaged(path, "the file is cut short")
    noted = noted_damage(path)
    if noted is not None:  # found on an earlier start, behind the clean-close mark's back (write_gate)
        raise DatabaseDamaged(noted)
    digest = None if whole else digest_if_unchanged(path)
    later = not whole and digest is None and _size(path) > CHECK_BEFORE_OPENING_BYTES
    with _read_failures_explained(path):
        return Checked(_check_contents(path, full=digest is None and not later), digest, later)


def _size(path: Path) -> int:
    """The file and its write-ahead log, which SQLite reads with it."""
    return sum(size for size, _time in filter(None, files_signature(path)))


@contextmanager
def _read_failures_explained(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in DAMAGE_CODES:
            raise damaged(path, str(error)) from error
        if disk_is_full(path):
            raise DatabaseUnavailable(
                f"The disk holding the database {path} is full: ptplanner cannot even read it. Nothing was "
                "changed. Free some space on it, then try again."
            ) from error
        raise DatabaseUnavailable(f"Cannot read the database {path}: {error}.") from error


def _check_contents(path: Path, full: bool = True) -> bool:
    connection = _connect_read_only(path)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()] if full else ["ok"]
        if problems != ["ok"]:
            raise damaged(path, " ".join(problems[:3]).replace("\n", " "))
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


def create_private(path: Path) -> None:
    """Create the data folder (0700) and an empty database file (0600) before SQLite creates it 0644.

    Only what ptplanner creates gets its mode set: an existing file or folder keeps the mode its owner
    gave it (see permission_warnings)."""
    try:
        create_private_folder(path.parent)
        create_new_private_file(path)
    except FileExistsError:
        return  # an empty file someone else made: its mode is theirs
    except OSError as error:
        raise DatabaseUnavailable(f"Cannot create the database {path}: {error.strerror}.") from error


def create_new_private_file(path: Path) -> None:
    """Create `path` readable by its owner only, whatever the umask; never through a symlink, never over a file."""
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)
    finally:
        os.close(descriptor)


def refuse_read_only(path: Path) -> None:
    """A database its owner made read-only (chmod 400), or in a folder SQLite cannot write its log to,
    is refused: ptplanner never changes a database's mode, and never writes to one kept read-only."""
    for file in companion_files(path):
        try:
            mode = file.stat().st_mode
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DatabaseUnavailable(f"Cannot read the database {path}: {error.strerror}.") from error
        if not mode & stat.S_IWUSR or not os.access(file, os.W_OK):
            raise DatabaseUnavailable(
                f"The database file {file} is read-only (mode {stat.S_IMODE(mode):04o}), so ptplanner has not "
                f"opened it and has not changed it. To work in it, make it writable (chmod 600 {file}); "
                "to look at it only, open a copy."
            )
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseUnavailable(
            f"ptplanner cannot write in the data folder {folder}, where SQLite keeps its log beside the "
            "database, so it has not opened the database. Make the folder writable, or use a copy elsewhere."
        )


def permission_warnings(path: Path) -> list[str]:
    """Warnings for an existing data folder or database that other users of the computer can read."""
    if os.name != "posix":
        return []
    warnings = []
    for what, item in (("data folder", path.parent), ("database", path)):
        try:
            mode = stat.S_IMODE(item.stat().st_mode)
        except OSError:
            continue
        if mode & 0o077:
            change = "chmod 700" if item == path.parent else "chmod 600"
            warnings.append(
                f"Other users of this computer can open the {what} {item} (mode {mode:04o}), which holds "
                f"patients' records. ptplanner leaves its mode as you set it; to keep it private, run: "
                f"{change} '{item}'"
            )
    return warnings


def copy_verified(source: Path, target: Path, what: str = "copy") -> None:
    """Copy the live database `source` to `target` (0600) with SQLite's online backup API, then check the
    copy with `PRAGMA integrity_check`; `target` appears only when the copy is whole and sound. `what`
    names the copy in messages ("backup")."""
    partial = target.with_name(target.name + ".partial")
    try:
        _remove_partial(partial)  # left by a copy that was killed
        create_new_private_file(partial)  # private before any data is in it
        with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(partial)) as copy:
            live.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise DatabaseDamaged(f"The {what} {target} failed its check ({'; '.join(problems[:3])}); it was not kept.")
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        replace_durably(partial, target)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseError(f"The {what} to {target} failed: {error}.") from error
    finally:
        _remove_partial(partial)


def _remove_partial(partial: Path) -> None:
    """The unfinished copy and the journal, log and shared-memory files SQLite may have left beside it."""
    for file in [*companion_files(partial), partial.with_name(partial.name + "-journal")]:
        try:
            file.unlink(missing_ok=True)
        except OSError as error:  # not worth hiding the copy's own failure for
            log.warning("Cannot remove the unfinished copy %s: %s", file, error.strerror)


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
