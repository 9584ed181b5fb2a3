"""Nothing is written to a database opened on the clean-close shortcut until it is known sound.

Opening trusted the file's size, time and change counter (clean_close). A background thread then
reads the file and compares its chunks with the digests noted at close: ten seconds after opening
(so the app's own start-up has the computer to itself, and a short command that only reads is over
before it begins), sooner when the app says its start-up is over (`start_soon`: the window shows the
patient list and the library), or at once when something wants to write. Every SQLite connection gets an
authorizer: statements that only read run at once; the first statement that would write waits for
the answer, and is refused if the file was damaged.

The check before the first write is proportionate: a file up to FIRST_CHECK_BYTES is compared whole;
of a bigger one, the first and last chunks and chunks spread evenly from a random start (a different
sample each start), FIRST_CHECK_BYTES in all. The rest of the file is compared afterwards in the
background while nothing has been written to the file itself (saves wait in the write-ahead log until
a checkpoint); a chunk found changed then refuses every later write. Damage found is noted beside the
file (clean_close.note_damaged), so every later start refuses it at once. The daily backup's integrity
check reads every page (auto_backup).

A big file with no clean-close mark (the app was killed, or the computer lost power) gets SQLite's
quick_check of every page through the same gate (closed=None): begun as above, on its own read-only
connection, while the app reads; the first write waits for it. Closed before it is over, the file gets no
mark, so the next start checks it again.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ptplanner.storage import clean_close
from ptplanner.storage.sqlite_failures import damaged
from ptplanner.storage.errors import DatabaseDamaged, DatabaseError, DatabaseUnavailable

FIRST_CHECK_BYTES = 128 << 20  # about 0.1 s of hashing; under a second from a cold disk
START_AFTER_SECONDS = 10.0  # after the start-up work of a big clinic, before most first saves
PAUSE_SECONDS = 0.005  # after each 4 MB read (about 3 ms of work), unless a write waits
REST_BATCH = 16  # chunks compared between looks at whether the file was written to
log = logging.getLogger(__name__)
_READ_ACTIONS = {sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION,
                 sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_SAVEPOINT, sqlite3.SQLITE_RECURSIVE}
_WRITING_PRAGMAS = {"wal_checkpoint", "incremental_vacuum", "optimize"}
# Pragmas that take an argument and only read (SQLAlchemy's reflection asks for table_info on opening).
_QUERY_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
                  "foreign_key_check", "quick_check", "integrity_check", "table_list"}


class WriteGate:
    def __init__(self, path: Path, closed: tuple[str, ...] | None) -> None:
        self.refusal: DatabaseError | None = None
        # Damage found after writes were let through: SQLite reuses statements it already authorized,
        # so the database refuses every transaction from then on (Database.session) instead.
        self.found_late: DatabaseDamaged | None = None
        self._path = path
        self._closed = closed
        self.after_unclean_close = closed is None  # the whole file gets SQLite's quick_check
        self._state = clean_close.file_state(path)
        self._done = threading.Event()
        self._wanted = threading.Event()  # a write is waiting: check now
        self._begin = threading.Event()  # check now, pausing between chunks (or a write is waiting)
        self._stopped = False
        self._closing = threading.Event()
        self._opened = time.monotonic()
        threading.Thread(target=self._verify, name="ptplanner-db-verify", daemon=True).start()

    def _verify(self) -> None:
        self._begin.wait(START_AFTER_SECONDS)
        if self._stopped:  # never checked: nothing may be written through this gate any more
            self.refusal = DatabaseUnavailable(f"The database {self._path} was closed; open it again to save.")
            self._done.set()
            return
        if self.after_unclean_close:
            from ptplanner.storage import sqlite_file

            self._answer(lambda: sqlite_file.check_before_opening(self._path, whole=True))
            return
        first, rest = first_and_rest(len(self._closed))
        self._answer(lambda: self._compare(first))
        if self.refusal is None and rest:
            if not self._wanted.is_set():  # begun by start_soon, no write waiting: the rest as planned, at
                # START_AFTER_SECONDS (hashing 700 MB beside the start-up's reads slowed them on two cores)
                self._closing.wait(START_AFTER_SECONDS - (time.monotonic() - self._opened))
            self._compare_rest(rest)

    def _answer(self, check: Callable[[], object]) -> None:
        """Run the check that writes wait for: what it finds refuses them."""
        try:
            check()
        except DatabaseDamaged as error:
            self.refusal = error
            if self.file_untouched():
                clean_close.note_damaged(self._path, str(error))
        except DatabaseError as error:
            self.refusal = error
        except OSError as error:
            self.refusal = DatabaseUnavailable(f"Cannot read the database {self._path}: {error.strerror}.")
        finally:
            self._done.set()

    def checking_whole(self) -> bool:
        """The quick_check after an unclean close has not finished (or begun): a write would wait for it."""
        return self.after_unclean_close and not self._done.is_set()

    def checked_whole(self) -> bool:
        """Whether the file is known sound as a whole: false while a quick_check after an unclean close
        has not finished (closing then leaves no mark, so the next start checks it)."""
        return not self.after_unclean_close or (self._done.is_set() and self.refusal is None)

    def _compare(self, chunks: list[int]) -> None:
        from ptplanner.storage import sqlite_file

        if self._changed(chunks):
            if clean_close.file_state(self._path) == self._state:
                raise damaged(
                    self._path, "its contents changed since ptplanner last closed it, with no program saving"
                )
            # written meanwhile by another copy: the full check
            sqlite_file.check_before_opening(self._path, whole=True)

    def _changed(self, chunks: list[int]) -> list[int]:
        found = clean_close.file_digest(self._path, self._pause, chunks)
        return [n for n in chunks if found.get(n) != self._closed[n]]

    def _compare_rest(self, rest: list[int]) -> None:
        """The chunks not checked before the first write, while the file is still as it was at close
        (after a write, a difference would mean nothing). Damage found refuses every later write."""
        for start in range(0, len(rest), REST_BATCH):
            if self._stopped:
                return
            try:
                changed = self._changed(rest[start : start + REST_BATCH])
                if clean_close.file_state(self._path) != self._state:
                    return
            except OSError as error:
                log.warning("Cannot finish checking %s: %s", self._path, error.strerror)
                return
            if changed:
                self.refusal = self.found_late = damaged(
                    self._path, "its contents changed since ptplanner last closed it, with no program saving"
                )
                clean_close.note_damaged(self._path, str(self.refusal))
                return

    def _pause(self) -> None:
        """Between chunks, while no write waits: leave the computer to the app most of the time."""
        if self._done.is_set():  # the rest of a big file: no write waits for it
            time.sleep(PAUSE_SECONDS)
        elif not self._wanted.is_set():
            self._wanted.wait(PAUSE_SECONDS)

    def start_soon(self) -> None:
        """The app's start-up is over: check now rather than START_AFTER_SECONDS after opening, pausing
        between chunks as when no write waits. Opening a patient writes to the audit trail, and the first
        opened in those ten seconds waited for the whole check (0.1-0.15 s on a 80 MB file)."""
        self._begin.set()

    def stop(self) -> None:
        """The database was closed: a check not yet begun is not needed any more."""
        self._stopped = True
        self._wanted.set()
        self._begin.set()
        self._closing.set()

    def file_untouched(self) -> bool:
        """Not written to since opening: the mark left at the last clean close still says all there is
        (the digest of a sound file, or of the file as it was before it was damaged)."""
        try:
            return clean_close.file_state(self._path) == self._state
        except OSError:
            return False

    def wait(self) -> DatabaseError | None:
        """Wait for the check of the whole file; the reason to refuse writing, if there is one."""
        self._wanted.set()
        self._begin.set()
        self._done.wait()
        return self.refusal

    def install(self, dbapi_connection: Any, _connection_record: Any = None) -> None:
        """SQLAlchemy `connect` event: guard this connection's writes."""
        dbapi_connection.set_authorizer(self._authorize)

    def _authorize(self, action: int, argument: str | None, value: str | None, *_: object) -> int:
        if self._done.is_set() and self.refusal is None:
            return sqlite3.SQLITE_OK
        if action in _READ_ACTIONS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA and _only_reads(argument, value):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY if self.wait() is not None else sqlite3.SQLITE_OK


def first_and_rest(count: int) -> tuple[list[int], list[int]]:
    """The chunks to compare before the first write, and those compared after it (see the module's text)."""
    budget = FIRST_CHECK_BYTES // clean_close.CHUNK_BYTES
    if count <= budget:
        return list(range(count)), []
    first = {0, count - 1}
    stride = count / max(1, budget - len(first))
    offset = random.random() * stride
    first.update(int(offset + stride * k) for k in range(budget - len(first)))
    return sorted(n for n in first if n < count), [n for n in range(count) if n not in first]


def _only_reads(pragma: str | None, value: str | None) -> bool:
    name = (pragma or "").lower()
    return name in _QUERY_PRAGMAS or (value is None and name not in _WRITING_PRAGMAS)

