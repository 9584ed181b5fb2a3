"""Opening a ptplanner database: refuse what is not ours or is damaged, then migrate it to the
current schema. SQLite by default; PostgreSQL by URL for clinics that share one database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, event, inspect, text
from sqlalchemy.exc import NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as DriverError
from sqlalchemy.orm import Session, sessionmaker

from ptplanner.storage import sqlite_file
from ptplanner.storage.driver_errors import private_engine
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
from ptplanner.storage.migrate import head_revision, refuse_unknown_revisions, upgrade_to_head
from ptplanner.storage.urls import parse_database_url, shown_url

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
]

DATABASE_FILE = sqlite_file.DATABASE_FILE


class Database:
    def __init__(
        self, engine: Engine, url: str, sqlite_path: Path | None, shared_revision: str | None = None
    ) -> None:
        self.engine = engine
        self.url = url
        self.sqlite_path = sqlite_path  # None for a server database (or SQLite in memory)
        # A shared server database: the schema revision this app works with. Another workstation may
        # update the database for a newer ptplanner while this one runs; each transaction checks.
        self._shared_revision = shared_revision
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> AbstractContextManager[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        if self._shared_revision is None:
            return self._sessions.begin()
        return self._checked_session(self._shared_revision)

    @contextmanager
    def _checked_session(self, revision: str) -> Iterator[Session]:
        with self._sessions.begin() as session:
            stored = session.scalar(text("SELECT version_num FROM alembic_version"))
            if stored != revision:
                raise DatabaseTooNew(
                    f"Another computer has updated the shared database for a newer ptplanner (schema "
                    f"revision {stored}; this copy of ptplanner works with {revision}). Nothing was read or "
                    "saved. Install the newer ptplanner on this computer too, then start it again."
                )
            yield session

    def close(self) -> None:
        self.engine.dispose()  # the last connection checkpoints and removes the write-ahead log
        if self.sqlite_path is not None:
            sqlite_file.remember_closed(self.sqlite_path)


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
    if path is not None and sqlite_file.checked_before_opening(path):
        sqlite_file.create_private(path)
    engine = private_engine(url)
    event.listen(engine, "connect", sqlite_file.set_pragmas)
    try:
        with engine.begin() as connection:
            if connection.exec_driver_sql("PRAGMA application_id").scalar() != sqlite_file.APPLICATION_ID:
                connection.exec_driver_sql(f"PRAGMA application_id = {sqlite_file.APPLICATION_ID}")
            keep_copy = None if path is None else lambda revision: sqlite_file.keep_copy_before_update(path, revision)
            upgrade_to_head(connection, before_update=keep_copy)
    except DriverError as error:
        engine.dispose()
        raise DatabaseUnavailable(str(error)) from error  # worded by driver_errors
    except DatabaseError:
        engine.dispose()
        raise
    if path is not None:
        sqlite_file.make_private(path)
    return Database(engine, url, path)


def _open_server(url: str, parsed: URL) -> Database:
    shown = shown_url(parsed)
    try:
        from alembic.runtime.migration import MigrationContext

        engine = private_engine(url, pool_pre_ping=True)
        with engine.connect() as connection:
            revisions = MigrationContext.configure(connection).get_current_heads()
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
    try:
        with engine.begin() as connection:
            upgrade_to_head(connection)
    except DriverError as error:
        engine.dispose()
        raise DatabaseUnavailable(f"Cannot update the tables of {shown}: {error}") from error
    return Database(engine, url, None, shared_revision=head_revision())
