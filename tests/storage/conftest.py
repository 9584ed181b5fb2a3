"""A real, fresh database for each test: an SQLite file in a temporary data folder and, when
PTPLANNER_TEST_POSTGRES_URL names a server, the same test again on PostgreSQL.

A test that is about SQLite files alone (permissions, WAL, backups, secure delete, damaged files)
takes `sqlite_only` from storage_samples, or a module sets `backend` to "sqlite".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ptplanner.storage.database import Database, default_database_url, open_database
from ptplanner.storage.store import Store


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def database_url(request: pytest.FixtureRequest, backend: str, data_dir: Path) -> str:
    """The address of a fresh, empty database of the test's backend."""
    if backend == "sqlite":
        return default_database_url(data_dir)
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def other_database_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> str:
    """Another clinic's fresh, empty database, of the same backend."""
    if backend == "sqlite":
        return default_database_url(tmp_path / "other clinic")
    return request.getfixturevalue("other_postgres_url")


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "ptplanner.db"


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    yield database
    database.close()


@pytest.fixture
def other_db(other_database_url: str) -> Iterator[Database]:
    database = open_database(other_database_url)
    yield database
    database.close()


@pytest.fixture
def second_workstation(database_url: str, db: Database) -> Iterator[Database]:
    """The test's database opened a second time, as another workstation of the clinic would."""
    database = open_database(database_url)
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> Store:
    return Store(db)
