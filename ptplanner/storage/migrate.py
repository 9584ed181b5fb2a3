"""Alembic, run from inside the app: the migrations ship in the package and run on open."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from ptplanner.storage.errors import DatabaseTooNew

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def refuse_unknown_revisions(revisions: Iterable[str], where: str) -> None:
    unknown = sorted(set(revisions) - known_revisions())
    if unknown:
        raise DatabaseTooNew(
            f"{where} was written by a newer version of ptplanner (schema revision {', '.join(unknown)}). "
            "Install the newer ptplanner to open it. This version has not changed it."
        )


def upgrade_to_head(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")
