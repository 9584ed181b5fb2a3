"""Errors from the database driver, told in words a clinic can act on and never carrying patient data.

SQLAlchemy's own message repeats the SQL statement and its parameters (a patient's name, date of
birth, notes), and PostgreSQL's detail lines can quote a whole row. Every engine ptplanner makes
hides the parameters, and an error listener replaces each driver error with one whose message is
written here. The replacement is still an instance of the SQLAlchemy class it replaces, so code
that catches, say, IntegrityError works as before; it is also a ptplanner DatabaseError.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError

from ptplanner.core.language import clinic_list, clinic_word, tr_clinic
from ptplanner.storage.errors import DatabaseBusy, DatabaseDamaged, DatabaseError, DatabaseUnavailable
from ptplanner.storage.lock_holders import write_lock_holders
from ptplanner.storage.sqlite_failures import DAMAGE_CODES, damaged, disk_is_full, read_only
from ptplanner.storage.urls import shown_url

_LIKELY_HOLDERS = clinic_word(
    "another program (the ptplanner app, a ptplanner command, a backup or a database tool)"
)


LOCK_TIMEOUT_MS = 5000  # a server database waits this long for another workstation's lock, as SQLite does


def private_engine(url: str | URL, **options: Any) -> Engine:
    """create_engine, with parameters kept out of messages and driver errors told in plain words.

    On PostgreSQL, a lock held by another workstation (or a forgotten open transaction) is waited for
    LOCK_TIMEOUT_MS at most; then the user is told, instead of ptplanner hanging.
    """
    engine = create_engine(url, hide_parameters=True, **options)
    event.listen(engine, "handle_error", _plain_error)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _limit_lock_waits)
    return engine


def _limit_lock_waits(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy's recipe for a session setting: outside any transaction, so a rollback keeps it.
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {int(LOCK_TIMEOUT_MS)}")
    dbapi_connection.autocommit = autocommit


class PlainDriverError(DatabaseError):
    """Mixed into a copy of a driver error's SQLAlchemy class: str() is the plain message only."""

    message = ""

    def __str__(self) -> str:
        return self.message


def _plain_error(context: ExceptionContext) -> BaseException | None:
    error = context.sqlalchemy_exception
    if not isinstance(error, DBAPIError) or isinstance(error, PlainDriverError):
        return None
    url = context.engine.url if context.engine is not None else None
    kind, message = describe(error.orig, url)
    plain = _plain_class(type(error), kind)(None, None, error.orig, hide_parameters=True,
                                            connection_invalidated=error.connection_invalidated)
    plain.message = message
    return plain


@cache
def _plain_class(driver_class: type[DBAPIError], kind: type[DatabaseError]) -> type[DBAPIError]:
    # The driver's class comes first so that `except IntegrityError` and the like still catch it; its
    # __str__ (statement and all) is replaced by the plain message.
    bases = (driver_class, PlainDriverError, kind)
    return type(f"Plain{driver_class.__name__}", bases, {"__str__": PlainDriverError.__str__})


def describe(original: BaseException, url: URL | None) -> tuple[type[DatabaseError], str]:
    """The kind of problem and a message for it, from the driver's own exception."""
    if isinstance(original, sqlite3.Error):
        return _describe_sqlite(original, _sqlite_path(url))
    the = tr_clinic("the database {name}").format(name=shown_url(url)) if url is not None else _the_database()
    return _describe_server(original, the, url)


def _the_database() -> str:
    return tr_clinic("the database")


def _sqlite_path(url: URL | None) -> Path | None:
    database = url.database if url is not None else None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser().absolute()


def _describe_sqlite(error: sqlite3.Error, path: Path | None) -> tuple[type[DatabaseError], str]:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    the = tr_clinic("the database {name}").format(name=path) if path else _the_database()
    where = _capital(the)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusy, _busy_message(where, path)
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and disk_is_full(path)):
        said = tr_clinic(
            "The disk holding {database} is full. Nothing was changed. Free some space on it, then try again."
        )
        return DatabaseUnavailable, said.format(database=the)
    # Worded once, in sqlite_failures, for the checks before opening and for any later statement alike.
    if code == sqlite3.SQLITE_READONLY:
        return DatabaseUnavailable, str(read_only(path or "in use", str(error)))
    if code in DAMAGE_CODES:
        return DatabaseDamaged, str(damaged(path or "in use", str(error)))
    if code == sqlite3.SQLITE_IOERR:
        said = tr_clinic(
            "The disk reported an error while ptplanner used {database}. Nothing was changed. Check the disk"
            " (and that it is not full), then try again."
        )
        return DatabaseUnavailable, said.format(database=the)
    if code == sqlite3.SQLITE_CANTOPEN:
        said = tr_clinic("{database} cannot be opened: its folder is missing or not readable.")
        return DatabaseUnavailable, said.format(database=where)
    if code == sqlite3.SQLITE_CONSTRAINT:
        return DatabaseError, _refused_change(where, str(error))
    # SQLite's own messages name tables and columns, never the values being written.
    name = getattr(error, "sqlite_errorname", "") or type(error).__name__
    return DatabaseError, _refused(where, f"{name}: {error}")


def _refused_change(where: str, constraint: str) -> str:
    said = tr_clinic(
        "{database} refused the change: it conflicts with data already stored ({constraint}). Nothing"
        " was changed."
    )
    return said.format(database=where, constraint=constraint)


def _refused(where: str, why: str) -> str:
    said = tr_clinic("{database} refused the operation ({why}). Nothing was changed.")
    return said.format(database=where, why=why)


def _busy_message(where: str, path: Path | None) -> str:
    holders = [] if path is None else write_lock_holders([path, path.with_name(path.name + "-wal"),
                                                          path.with_name(path.name + "-shm")])
    holder = clinic_list(holders) if holders else tr_clinic(_LIKELY_HOLDERS)
    said = tr_clinic(
        "{database} is busy: {holder} is writing to it and did not finish in time. Nothing was changed."
        " Wait for it to finish, or close it, then try again."
    )
    return said.format(database=where, holder=holder)


def _describe_server(error: BaseException, the: str, url: URL | None) -> tuple[type[DatabaseError], str]:
    state = getattr(error, "sqlstate", None) or ""
    where = _capital(the)
    if state in ("40001", "40P01"):
        said = tr_clinic(
            "{database} is busy: another workstation was changing the same data at the same moment."
            " Nothing was changed. Try again."
        )
        return DatabaseBusy, said.format(database=where)
    if state in ("55P03", "57014"):
        said = tr_clinic(
            "{database} is busy: another workstation, or another program connected to the server, is"
            " holding the same data and did not let go in time. Nothing was changed. Try again in a moment;"
            " if it keeps happening, ask whoever looks after the server which session holds it."
        )
        return DatabaseBusy, said.format(database=where)
    if state.startswith("08") or (not state and "connection" in str(error).lower()):
        said = tr_clinic("Cannot reach {database}: {why}")
        return DatabaseUnavailable, said.format(database=the, why=_redacted(error, url))
    if state == "53100":
        said = tr_clinic(
            "The database server's disk is full. Nothing was changed. Ask whoever looks after the server to"
            " free some space."
        )
        return DatabaseUnavailable, said
    if state == "25006":
        said = tr_clinic("{database} can only be read, not written. Nothing was changed.")
        return DatabaseUnavailable, said.format(database=where)
    if state.startswith("23"):
        constraint = getattr(getattr(error, "diag", None), "constraint_name", None)
        constraint = constraint or tr_clinic("a constraint")
        return DatabaseError, _refused_change(where, constraint)
    if not state:  # raised by the driver itself, e.g. a setting in the address it cannot use
        said = tr_clinic("{database} cannot be used: {why}")
        return DatabaseUnavailable, said.format(database=where, why=_redacted(error, url))
    # The server's detail lines can quote the row being written: only the error's code is shown.
    return DatabaseError, _refused(where, tr_clinic("PostgreSQL error {code}").format(code=state))


def _redacted(error: BaseException, url: URL | None) -> str:
    """The driver's first line, with the address's password blotted out should it appear."""
    text = (str(error).strip().splitlines() or [type(error).__name__])[0]
    password = url.password if url is not None else None
    return text.replace(str(password), "***") if password else text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
