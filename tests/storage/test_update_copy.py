"""Before a new ptplanner changes an existing SQLite database's schema, it keeps a verified copy of it
beside it; if the copy cannot be made, nothing is changed."""

from __future__ import annotations

import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from storage_samples import add_patient_at_old_schema, make_patient

from ptplanner.storage import sqlite_file
from ptplanner.storage.database import DatabaseUnavailable, default_database_url, open_database
from ptplanner.storage.migrate import alembic_config, head_revision


def database_at(revision: str, data_dir: Path) -> Path:
    """A database file made by an older ptplanner (schema `revision`) holding one patient."""
    data_dir.mkdir(exist_ok=True)
    engine = sa.create_engine(default_database_url(data_dir))
    sa.event.listen(engine, "connect", sqlite_file.set_pragmas)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {sqlite_file.APPLICATION_ID}")
        command.upgrade(alembic_config(connection), revision)
    add_patient_at_old_schema(engine, make_patient(name="Ana Silva"))
    engine.dispose()
    return data_dir / sqlite_file.DATABASE_FILE


def revision_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_an_update_keeps_a_private_verified_copy_of_the_old_database(data_dir):
    path = database_at("0003", data_dir)
    database = open_database(default_database_url(data_dir))
    database.close()
    copy = data_dir / "ptplanner-before-update-from-0003.db"
    assert revision_of(path) == head_revision() and revision_of(copy) == "0003"
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("SELECT name FROM patients").fetchall() == [("Ana Silva",)]
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_only_the_latest_copy_before_an_update_is_kept(data_dir):
    database_at("0003", data_dir)
    older = data_dir / "ptplanner-before-update-from-0001.db"
    older.write_bytes(b"an older copy")
    open_database(default_database_url(data_dir)).close()
    assert not older.exists()
    assert (data_dir / "ptplanner-before-update-from-0003.db").exists()


def test_a_new_or_current_database_makes_no_copy(data_dir):
    open_database(default_database_url(data_dir)).close()
    open_database(default_database_url(data_dir)).close()
    assert list(data_dir.glob("*before-update*")) == []


def test_when_the_copy_cannot_be_made_the_database_is_not_changed(data_dir, monkeypatch):
    path = database_at("0003", data_dir)
    before = path.read_bytes()

    def disk_full(source, target, what="copy"):
        raise sqlite_file.DatabaseError(f"The {what} to {target} failed: database or disk is full.")

    monkeypatch.setattr(sqlite_file, "copy_verified", disk_full)
    with pytest.raises(DatabaseUnavailable, match="keeps a copy of it first.*disk is full.*has not been changed"):
        open_database(default_database_url(data_dir))
    assert revision_of(path) == "0003"
    assert path.read_bytes() == before
