"""A real SQLite database in a temporary data folder for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ptplanner.storage.database import Database, default_database_url, open_database
from ptplanner.storage.store import Store


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "ptplanner.db"


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_database(default_database_url(data_dir))
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> Store:
    return Store(db)
