"""Alembic, run from inside the app: the migrations ship in the package and run on open.

Alembic itself is imported only when a database actually needs migrating: an up-to-date database
is recognised from the migration files' own `revision = ...` lines, which keeps start-up quick.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ptplanner.storage.errors import DatabaseTooNew

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION_LINE = re.compile(r'^(down_)?revision = (?:"([^"]+)"|None)$', re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def _revision_links() -> dict[str, str | None]:
    """Each migration's revision -> the revision it follows, read from the migration files."""
    links: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {down: value for down, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8"))}
        links[found[""]] = found.get("down_") or None
    return links


def known_revisions() -> set[str]:
    return set(_revision_links())


def head_revision() -> str:
    links = _revision_links()
    followed = set(links.values())
    [head] = [revision for revision in links if revision not in followed]
    return head


def refuse_unknown_revisions(revisions: Iterable[str], where: str) -> None:
    unknown = sorted(set(revisions) - known_revisions())
    if unknown:
        raise DatabaseTooNew(
            f"{where} was written by a newer version of ptplanner (schema revision {', '.join(unknown)}). "
            "Install the newer ptplanner to open it. This version has not changed it."
        )


def upgrade_to_head(connection: Connection, before_update: Callable[[str], None] | None = None) -> None:
    """Bring the schema up to date, inside the transaction `connection` is in: every migration, and the
    revision it records, is committed together or not at all. `before_update` is called with the stored
    revision first when a database that already holds data is about to change (not for a new, empty one)."""
    current = current_revisions(connection)
    if current == [head_revision()]:
        return
    refuse_unknown_revisions(current, "The database")  # updated by a newer ptplanner since it was checked
    if current and before_update is not None:
        before_update(current[0])
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def is_up_to_date(connection: Connection) -> bool:
    return current_revisions(connection) == [head_revision()]


def current_revisions(connection: Connection) -> list[str]:
    """The revisions the database records (none for a new one), read without importing Alembic."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return []
    return [row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))]
