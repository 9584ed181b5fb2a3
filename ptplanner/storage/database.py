"""Opening a ptplanner database: refuse what is not ours or is damaged, then migrate it to the
current schema. SQLite by default; PostgreSQL by URL for clinics that share one database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import URL, Engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as DriverError
from sqlalchemy.orm import Session, sessionmaker

from ptplanner.storage import audit, clean_close, sqlite_file
from ptplanner.storage.driver_errors import private_engine
from ptplanner.storage.lost_database import refuse_if_lost
from ptplanner.storage.sqlite_failures import known_failure
from ptplanner.storage.errors import (
    AlreadyExists,
    ConflictError,
    DatabaseDamaged,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotFound,
    NotPtplannerDatabase,
)
from ptplanner.storage.migrate import (
    current_revisions,
    head_revision,
    is_up_to_date,
    refuse_unknown_revisions,
    upgrade_to_head,
)
from ptplanner.storage.schema_engine import sqlite_schema_engine, take_server_update_lock
from ptplanner.storage.urls import parse_database_url, shown_url
from ptplanner.storage.write_gate import WriteGate

__all__ = [
    "AlreadyExists",
    "ConflictError",
    "Database",
    "DatabaseDamaged",
    "DatabaseError",
    "DatabaseTooNew",
    "DatabaseUnavailable",
    "NotFound",
    "NotPtplannerDatabase",
    "default_database_url",
    "open_database",
    "prepare_queries",
]

DATABASE_FILE = sqlite_file.DATABASE_FILE
# The transaction Database.together() opened on this thread, and its database.
_joined: ContextVar[tuple[Database, Session] | None] = ContextVar("joined_session", default=None)
RECLAIM_PAGES = 2560  # 10 MB of 4 KB pages free after a schema update: worth a VACUUM


class Database:
    def __init__(
        self,
        engine: Engine,
        url: str,
        sqlite_path: Path | None,
        shared_revision: str | None = None,
        write_gate: WriteGate | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        self.engine = engine
        self.url = url
        self.sqlite_path = sqlite_path  # None for a server database (or SQLite in memory)
        self.warnings = warnings or []  # for the user, found while opening
        # A shared server database: the schema revision this app works with. Another workstation may
        # update the database for a newer ptplanner while this one runs; each transaction checks.
        self._shared_revision = shared_revision
        self._write_gate = write_gate
        self._damage_seen = False
        self.refusal: DatabaseDamaged | None = None  # damage found after opening: every transaction refused
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # The audit rows this object's own transactions appended, so a look for changes made elsewhere
        # (app/watch.py) can leave them out. Added before the commit, so that look never sees them first.
        self.own_audit_ids: set[int] = set()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> AbstractContextManager[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        return self._session()

    @contextmanager
    def together(self) -> Iterator[None]:
        """Every session() opened inside, on this thread, is one transaction: reads that belong together
        (a patient's log, scores, rules and decisions) in one trip for the schema revision's check and
        one commit, where each session of its own took two more round trips to a server. An error the
        database raised inside spoils the whole transaction on PostgreSQL: let it end the block."""
        joined = _joined.get()
        if joined is not None and joined[0] is self:
            yield
            return
        with self._session() as session:
            token = _joined.set((self, session))
            try:
                yield
            finally:
                _joined.reset(token)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        joined = _joined.get()
        if joined is not None and joined[0] is self:
            with self._failures_explained():  # the same errors, worded the same, as a session of its own
                yield joined[1]  # inside together(): that transaction commits or rolls back
            return
        written: list[int] = []
        refusal = self.refusal or (self._write_gate and self._write_gate.found_late)
        if refusal:
            raise refusal
        try:
            with self._failures_explained(), self._sessions.begin() as session:
                session.info[audit.WRITTEN_IDS] = written
                if self._shared_revision is not None:
                    self._check_revision(session, self._shared_revision)
                yield session
                self.own_audit_ids.update(written)
        except BaseException:
            self.own_audit_ids.difference_update(written)  # not committed: SQLite may give the ids again
            raise

    def checkpoint_log(self) -> bool:
        """SQLite: copy the write-ahead log into the file and empty it. False when another connection's
        reading keeps part of it for now."""
        with self._failures_explained(), self.engine.connect() as connection:
            return not connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").scalar()

    @contextmanager
    def _failures_explained(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            known = self.known_failure(error)
            if known is None:
                raise
            raise known from error

    def known_failure(self, error: DBAPIError) -> DatabaseError | None:
        """The clear message for a damaged or read-only database (see sqlite_failures), or None."""
        if not self.is_sqlite:
            return None
        refusal = None if self._write_gate is None else self._write_gate.refusal
        known = known_failure(error, self.sqlite_path, refusal)
        if isinstance(known, DatabaseDamaged) and known is not refusal:
            self._damage_seen = True  # (a refusal by the write gate keeps the mark: it goes on refusing)
        return known

    def check_before_writing_soon(self) -> None:
        """Start the check a file opened on the clean-close shortcut needs before its first write now, in
        the background (write_gate.WriteGate.start_soon); nothing to do for any other database."""
        if self._write_gate is not None:
            self._write_gate.start_soon()

    def checking_whole_file(self) -> bool:
        """SQLite, opened after a crash: the check of every page is still to finish, and the first save
        waits for it (write_gate)."""
        return self._write_gate is not None and self._write_gate.checking_whole()

    def refuse_from_now(self, refusal: DatabaseDamaged) -> None:
        """Damage found after opening (by the day's first backup of a big database, on its thread): every
        later transaction is refused with its message, and the next start checks the whole file."""
        self._damage_seen = True
        self.refusal = refusal

    def note_damage(self) -> None:
        """Damage found outside a transaction (by a backup): the next start checks the whole file."""
        self._damage_seen = True

    @staticmethod
    def _check_revision(session: Session, revision: str) -> None:
        stored = session.scalar(text("SELECT version_num FROM alembic_version"))
        if stored != revision:
            raise DatabaseTooNew(
                f"Another computer has updated the shared database for a newer ptplanner (schema "
                f"revision {stored}; this copy of ptplanner works with {revision}). Nothing was read or "
                "saved. Install the newer ptplanner on this computer too, then start it again."
            )

    def close(self) -> None:
        if self._write_gate is not None:
            self._write_gate.stop()
        self.engine.dispose()  # the last connection checkpoints and removes the write-ahead log
        if self.sqlite_path is None:
            return
        gate = self._write_gate
        if self._damage_seen:  # the next start must check the whole file, not trust a mark
            clean_close.mark_path(self.sqlite_path).unlink(missing_ok=True)
        elif gate is not None and isinstance(gate.refusal, DatabaseDamaged):
            pass  # the gate left a note of the damage in place of the mark: every start refuses the file
        elif gate is not None and not gate.checked_whole():  # closed before its check after a crash was over
            clean_close.mark_path(self.sqlite_path).unlink(missing_ok=True)
        elif gate is None or gate.after_unclean_close or not gate.file_untouched():
            clean_close.remember_closed(self.sqlite_path)


def prepare_queries() -> None:
    """Map the table classes now: SQLAlchemy does it before the first query that needs them, and that took
    70 ms of the patient list's first read. The app does it while the sign-in dialog waits (app/opening.py)."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def default_database_url(data_dir: Path) -> str:
    return URL.create("sqlite", database=str(data_dir / DATABASE_FILE)).render_as_string()


def open_database(url: str) -> Database:
    """Check the database, then bring its schema up to date. Raises DatabaseError subclasses."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _open_sqlite(url, _sqlite_path(parsed.database))
    return _open_server(url, parsed)


def _sqlite_path(database: str | None) -> Path | None:
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser().absolute()


def _open_sqlite(url: str, path: Path | None) -> Database:
    gate, warnings = None, []
    if path is not None:
        checked = sqlite_file.checked_before_opening(path)
        if checked.empty:
            refuse_if_lost(path)
            sqlite_file.create_private(path)
        sqlite_file.refuse_read_only(path)
        warnings = sqlite_file.permission_warnings(path)
        if checked.closed_digest is not None or checked.check_whole_later:
            gate = WriteGate(path, checked.closed_digest)
    engine = private_engine(url)
    event.listen(engine, "connect", sqlite_file.set_pragmas)
    if gate is not None:
        event.listen(engine, "connect", gate.install)
    try:
        if not _sqlite_schema_is_current(engine):
            _update_sqlite_schema(engine if path is None else sqlite_schema_engine(url, gate), path)
    except DriverError as error:
        engine.dispose()
        known = known_failure(error, path, None if gate is None else gate.refusal)
        raise known or DatabaseUnavailable(str(error)) from error  # else worded by driver_errors
    except DatabaseError:
        engine.dispose()
        raise
    return Database(engine, url, path, write_gate=gate, warnings=warnings)


def _sqlite_schema_is_current(engine: Engine) -> bool:
    """Read only: most starts need no schema work, and no write lock (a command that only reads then
    never waits for the app's saves)."""
    with engine.connect() as connection:
        marked = connection.exec_driver_sql("PRAGMA application_id").scalar() == sqlite_file.APPLICATION_ID
        return marked and is_up_to_date(connection)


def _update_sqlite_schema(schema_engine: Engine, path: Path | None) -> None:
    """Mark the file as ptplanner's and bring its schema up to date, all in one transaction."""
    keep_copy = None if path is None else lambda revision: sqlite_file.keep_copy_before_update(path, revision)
    try:
        with schema_engine.begin() as connection:
            if connection.exec_driver_sql("PRAGMA application_id").scalar() != sqlite_file.APPLICATION_ID:
                connection.exec_driver_sql(f"PRAGMA application_id = {sqlite_file.APPLICATION_ID}")
            upgrade_to_head(connection, before_update=keep_copy)
        if path is not None:
            _reclaim_space(schema_engine)
    finally:
        if path is not None:
            schema_engine.dispose()


def _reclaim_space(schema_engine: Engine) -> None:
    """After an update that emptied much of the file (0010 shrank every program tenfold), give the free
    pages back to the disk, so the file and every backup of it shrink too. Outside any transaction (the
    schema engine's driver starts none by itself), as VACUUM must be."""
    raw = schema_engine.raw_connection()
    try:
        cursor = raw.cursor()
        free = cursor.execute("PRAGMA freelist_count").fetchone()[0]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        if free >= RECLAIM_PAGES and free * 4 >= pages:
            cursor.execute("VACUUM")
    finally:
        raw.close()


def _open_server(url: str, parsed: URL) -> Database:
    shown = shown_url(parsed)
    try:
        engine = private_engine(url, pool_pre_ping=True)
        with engine.connect() as connection:  # Alembic is imported only to migrate (a fifth of a second)
            revisions = current_revisions(connection)
            others = [] if revisions else sorted(inspect(connection).get_table_names())
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise DatabaseUnavailable(
            f"ptplanner cannot talk to {shown}: its database driver is not installed "
            "(for PostgreSQL: pip install 'ptplanner[postgres]')."
        ) from error
    except OperationalError as error:
        raise DatabaseUnavailable(str(error)) from error  # worded by driver_errors, password hidden
    if others:
        engine.dispose()
        raise NotPtplannerDatabase(
            f"The database {shown} already holds another program's tables ({', '.join(others[:5])}). "
            "ptplanner has not changed it. Give ptplanner a database of its own: an empty one the first time."
        )
    refuse_unknown_revisions(revisions, f"The database {shown}")
    if revisions == [head_revision()]:  # most starts: no lock taken, no second trip to the server
        return Database(engine, url, None, shared_revision=revisions[0])
    try:
        with engine.begin() as connection:
            take_server_update_lock(connection)
            upgrade_to_head(connection)
    except DriverError as error:
        engine.dispose()
        raise DatabaseUnavailable(f"Cannot update the tables of {shown}: {error}") from error
    return Database(engine, url, None, shared_revision=head_revision())
