"""Nothing is written to a database opened on the clean-close shortcut until the whole file is known sound.

Opening trusted the file's size, time and change counter (clean_close). Meanwhile a background
thread reads the whole file and compares its digest with the one noted at close. Every SQLite
connection gets an authorizer: statements that only read run at once; the first statement that
would write waits for the answer, and is refused if the file was damaged.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from ptplanner.storage import clean_close
from ptplanner.storage.driver_errors import damaged
from ptplanner.storage.errors import DatabaseError, DatabaseUnavailable

_READ_ACTIONS = {sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION,
                 sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_SAVEPOINT, sqlite3.SQLITE_RECURSIVE}
_WRITING_PRAGMAS = {"wal_checkpoint", "incremental_vacuum", "optimize"}


class WriteGate:
    def __init__(self, path: Path, expected_digest: str) -> None:
        self.refusal: DatabaseError | None = None
        self._path = path
        self._expected = expected_digest
        self._state = clean_close.file_state(path)
        self._done = threading.Event()
        threading.Thread(target=self._verify, name="ptplanner-db-verify", daemon=True).start()

    def _verify(self) -> None:
        from ptplanner.storage import sqlite_file

        try:
            if clean_close.file_digest(self._path) != self._expected:
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

    def file_untouched(self) -> bool:
        """Not written to since opening: the mark left at the last clean close still says all there is
        (the digest of a sound file, or of the file as it was before it was damaged)."""
        try:
            return clean_close.file_state(self._path) == self._state
        except OSError:
            return False

    def wait(self) -> DatabaseError | None:
        """Wait for the check of the whole file; the reason to refuse writing, if there is one."""
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
        if action == sqlite3.SQLITE_PRAGMA and value is None and argument not in _WRITING_PRAGMAS:
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY if self.wait() is not None else sqlite3.SQLITE_OK
