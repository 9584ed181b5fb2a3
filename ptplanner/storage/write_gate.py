"""Nothing is written to a database opened on the clean-close shortcut until the whole file is known sound.

Opening trusted the file's size, time and change counter (clean_close). A background thread then
reads the whole file and compares its digest with the one noted at close: ten seconds after
opening (so the app's own start-up has the computer to itself, and a short command that only reads
is over before it begins), or at once when something wants to write. Every SQLite connection gets
an authorizer: statements that only read run at once; the first statement that would write waits
for the answer, and is refused if the file was damaged.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from ptplanner.storage import clean_close
from ptplanner.storage.sqlite_failures import damaged
from ptplanner.storage.errors import DatabaseError, DatabaseUnavailable

START_AFTER_SECONDS = 10.0  # after the start-up work of a big clinic, before most first saves
PAUSE_SECONDS = 0.005  # after each 4 MB read (about 3 ms of work), unless a write waits
_READ_ACTIONS = {sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION,
                 sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_SAVEPOINT, sqlite3.SQLITE_RECURSIVE}
_WRITING_PRAGMAS = {"wal_checkpoint", "incremental_vacuum", "optimize"}
# Pragmas that take an argument and only read (SQLAlchemy's reflection asks for table_info on opening).
_QUERY_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
                  "foreign_key_check", "quick_check", "integrity_check", "table_list"}


class WriteGate:
    def __init__(self, path: Path, expected_digest: str) -> None:
        self.refusal: DatabaseError | None = None
        self._path = path
        self._expected = expected_digest
        self._state = clean_close.file_state(path)
        self._done = threading.Event()
        self._wanted = threading.Event()  # a write is waiting: check now
        self._stopped = False
        threading.Thread(target=self._verify, name="ptplanner-db-verify", daemon=True).start()

    def _verify(self) -> None:
        from ptplanner.storage import sqlite_file

        self._wanted.wait(START_AFTER_SECONDS)
        if self._stopped:  # never checked: nothing may be written through this gate any more
            self.refusal = DatabaseUnavailable(f"The database {self._path} was closed; open it again to save.")
            self._done.set()
            return
        try:
            if clean_close.file_digest(self._path, self._pause) != self._expected:
                if clean_close.file_state(self._path) == self._state:
                    raise damaged(
                        self._path, "its contents changed since ptplanner last closed it, with no program saving"
                    )
                sqlite_file.check_before_opening(self._path)  # written meanwhile by another copy: the full check
        except DatabaseError as error:
            self.refusal = error
        except OSError as error:
            self.refusal = DatabaseUnavailable(f"Cannot read the database {self._path}: {error.strerror}.")
        finally:
            self._done.set()

    def _pause(self) -> None:
        """Between chunks, while no write waits: leave the computer to the app most of the time."""
        if not self._wanted.is_set():
            self._wanted.wait(PAUSE_SECONDS)

    def stop(self) -> None:
        """The database was closed: a check not yet begun is not needed any more."""
        self._stopped = True
        self._wanted.set()

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


def _only_reads(pragma: str | None, value: str | None) -> bool:
    name = (pragma or "").lower()
    return name in _QUERY_PRAGMAS or (value is None and name not in _WRITING_PRAGMAS)

