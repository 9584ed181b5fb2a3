"""Creating and updating the schema as one transaction that a crash cannot cut in half.

Python's sqlite3 module runs CREATE TABLE and ALTER TABLE outside any transaction unless told
otherwise: a start killed while Alembic worked left half a schema that never opened again. The
schema engine follows SQLAlchemy's recipe for SQLite's transactional DDL: the driver's own
transaction handling is off, and every transaction starts with an explicit BEGIN IMMEDIATE (taking
the write lock first, so two starts cannot update the same file at once). On PostgreSQL, DDL is
transactional anyway; a lock keeps two workstations from updating the shared database together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.pool import NullPool

from ptplanner.storage.driver_errors import private_engine
from ptplanner.storage.sqlite_file import set_pragmas

if TYPE_CHECKING:
    from ptplanner.storage.write_gate import WriteGate

SCHEMA_UPDATE_LOCK = int.from_bytes(b"PTPLSCHM", "big") >> 1  # a PostgreSQL advisory lock key (bigint)


def sqlite_schema_engine(url: str, write_gate: WriteGate | None = None) -> Engine:
    engine = private_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        set_pragmas(dbapi_connection, record)
        if write_gate is not None:
            write_gate.install(dbapi_connection)
        dbapi_connection.isolation_level = None  # no BEGIN from the driver, and no COMMIT before DDL

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def take_server_update_lock(connection: Connection) -> None:
    """Hold PostgreSQL's lock on updating ptplanner's schema until this transaction ends: a second
    workstation starting at the same time waits, then finds the schema already up to date."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_UPDATE_LOCK})
