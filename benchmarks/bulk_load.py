"""Settings for a bulk build of a benchmark clinic, put back as the app keeps them once it is built.

SQLite: no rollback journal, no syncing, a big page cache and no foreign-key lookups while building
(a build that fails is thrown away, not repaired), then the write-ahead log the app uses.
PostgreSQL: the log table's keys and index are dropped while its rows are copied in, then made again
from their own definitions (one sort each instead of ten million insertions), and the tables analysed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from ptplanner.storage.database import Database

SQLITE_BUILD_PRAGMAS = (
    "journal_mode = OFF",
    "synchronous = OFF",
    "foreign_keys = OFF",
    "secure_delete = OFF",
    "cache_size = -1500000",  # KiB: the log table's two indexes stay in memory while rows go in
    "temp_store = MEMORY",
)
LOG_TABLE = "adherence_months"


@contextmanager
def bulk_loading(database: Database) -> Iterator[None]:
    if database.is_sqlite:
        with _sqlite_build(database):
            yield
    else:
        with _postgres_build(database):
            yield


def _build_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_BUILD_PRAGMAS:
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


@contextmanager
def _sqlite_build(database: Database) -> Iterator[None]:
    engine = database.engine
    engine.dispose()  # connections made from here on get the build's settings after the app's
    event.listen(engine, "connect", _build_pragmas)
    try:
        yield
    finally:
        event.remove(engine, "connect", _build_pragmas)
        engine.dispose()
        with engine.connect() as connection:  # the app's settings again: the write-ahead log
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


@contextmanager
def _postgres_build(database: Database) -> Iterator[None]:
    with database.engine.begin() as connection:
        constraints = connection.exec_driver_sql(
            "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint "
            f"WHERE conrelid = '{LOG_TABLE}'::regclass ORDER BY position(contype in 'puf')"
        ).all()
        names = {name for name, _, _ in constraints}
        indexes = [
            (name, definition)
            for name, definition in connection.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes "
                f"WHERE tablename = '{LOG_TABLE}' AND schemaname = current_schema()"
            ).all()
            if name not in names
        ]
        for name, _, _ in reversed(constraints):
            connection.exec_driver_sql(f'ALTER TABLE {LOG_TABLE} DROP CONSTRAINT "{name}"')
        for name, _ in indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    with database.engine.begin() as connection:
        connection.exec_driver_sql("SET maintenance_work_mem = '1GB'")
        for name, _, definition in constraints:
            connection.exec_driver_sql(f'ALTER TABLE {LOG_TABLE} ADD CONSTRAINT "{name}" {definition}')
        for _, definition in indexes:
            connection.exec_driver_sql(definition)
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")
