"""On PostgreSQL, the role the app signs in with cannot change or remove audit rows by any statement it
may run: UPDATE, DELETE and TRUNCATE are refused (insufficient_privilege), and it cannot switch the
triggers off for its session. The rows and the chain are exactly as before every attempt."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from storage_samples import make_patient

from ptplanner.storage.audit_check import audit_events, verify_chain
from ptplanner.storage.database import open_database
from ptplanner.storage.store import Store

INSUFFICIENT_PRIVILEGE = "42501"
ATTEMPTS = (
    "UPDATE audit_events SET actor = 'someone else' WHERE id = 1",
    "UPDATE audit_events SET details = '{}'",
    "DELETE FROM audit_events WHERE id = 2",
    "DELETE FROM audit_events",
    "TRUNCATE audit_events",
    "DELETE FROM audit_head",
    "UPDATE audit_head SET appended = 0, last_hash = 'x'",
)


@pytest.fixture
def database(postgres_url):
    database = open_database(postgres_url)
    yield database
    database.close()


def test_the_apps_role_cannot_update_or_delete_audit_rows(database, postgres_url):
    store = Store(database)
    for number in range(3):
        store.save_patient(make_patient(name=f"Patient {number}"))
    before = audit_events(database)
    with database.engine.connect() as connection:
        role = connection.scalar(text("SELECT current_user"))
        assert role == database.engine.url.username  # the app's own role, as it signs in
        # A superuser may switch triggers off (session_replication_role); the app's role is not one.
        assert connection.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) is False

    for statement in ATTEMPTS:
        with pytest.raises(DBAPIError) as refused, database.engine.begin() as connection:
            connection.exec_driver_sql(statement)
        assert refused.value.orig.sqlstate == INSUFFICIENT_PRIVILEGE, statement
        assert "audit rows are append-only" in str(refused.value.orig), statement

    with pytest.raises(DBAPIError) as refused, database.engine.begin() as connection:
        connection.exec_driver_sql("SET session_replication_role = replica")  # triggers off: not for it
    assert refused.value.orig.sqlstate == INSUFFICIENT_PRIVILEGE

    assert audit_events(database) == before
    check = verify_chain(database)
    assert check.intact and check.rows == 3
