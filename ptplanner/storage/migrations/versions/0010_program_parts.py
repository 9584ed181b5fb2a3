"""Shared parts stored once, program documents packed: every program and program version held a whole
copy of each exercise it used (pose data included) and of its stages' template texts, 40 to 60 KB a
program. Each distinct part becomes one row of `program_parts` under the sha256 of its canonical JSON
(storage/program_parts.py); the rest of each document, naming its parts by key, is kept compressed in
the new column `packed`, which replaces `document`.

Revision ID: 0010
Revises: 0007
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

from ptplanner.storage.program_parts import joined, packed, split, unpacked

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BATCH = 200  # documents read and rewritten at a time (each up to about 60 KB before)
TABLES = ("programs", "program_versions")
KEYS = {"programs": ("id",), "program_versions": ("program_id", "version")}
Rewrite = Callable[[Any], Any]


def _table(name: str, value: str, value_type: sa.types.TypeEngine[Any]) -> sa.TableClause:
    """The table as this migration knows it (never the app's models, which change later)."""
    keys = [sa.column(key, sa.Integer() if key == "version" else sa.String(64)) for key in KEYS[name]]
    return sa.table(name, *keys, sa.column(value, value_type))


shared = sa.table("program_parts", sa.column("sha256", sa.String(64)), sa.column("document", sa.JSON()))


def upgrade() -> None:
    op.create_table(
        "program_parts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_program_parts")),
    )
    connection = op.get_bind()
    known: set[str] = set()

    def store_parts(document: dict[str, Any]) -> bytes:
        stored, parts = split(document)
        new = [{"sha256": key, "document": value} for key, value in parts.items() if key not in known]
        if new:
            connection.execute(sa.insert(shared), new)
            known.update(row["sha256"] for row in new)
        return packed(stored)

    for name in TABLES:
        _replace_column(connection, name, ("document", sa.JSON()), ("packed", sa.LargeBinary()), store_parts)


def downgrade() -> None:
    connection = op.get_bind()
    parts = dict(connection.execute(sa.select(shared.c.sha256, shared.c.document)).all())
    for name in TABLES:
        _replace_column(
            connection,
            name,
            ("packed", sa.LargeBinary()),
            ("document", sa.JSON()),
            lambda data: joined(unpacked(data), parts),
        )
    op.drop_table("program_parts")


def _replace_column(
    connection: sa.Connection,
    name: str,
    old: tuple[str, sa.types.TypeEngine[Any]],
    new: tuple[str, sa.types.TypeEngine[Any]],
    rewrite: Rewrite,
) -> None:
    """Add the column `new`, fill it from `old` through `rewrite` a batch of rows at a time in key order,
    then drop `old`. Plain ALTER TABLE, never batch mode: SQLite would copy the table, and dropping the
    old one would cascade to every version, log and handout (see 0004)."""
    new_name, new_type = new
    sqlite = connection.dialect.name == "sqlite"
    # SQLite adds a NOT NULL column only with a default (every row is filled below); PostgreSQL sets it after.
    default = {"server_default": sa.text("x''" if new_name == "packed" else "'{}'")} if sqlite else {}
    op.add_column(name, sa.Column(new_name, new_type, nullable=not sqlite, **default))
    reading, writing = _table(name, old[0], old[1]), _table(name, new_name, new_type)
    keys = [reading.c[key] for key in KEYS[name]]
    update = writing.update().where(*(writing.c[key] == sa.bindparam(f"key_{key}") for key in KEYS[name]))
    after: tuple[Any, ...] | None = None
    while True:
        query = sa.select(*keys, reading.c[old[0]]).order_by(*keys).limit(BATCH)
        if after is not None:
            query = query.where(sa.tuple_(*keys) > sa.tuple_(*after))
        rows = connection.execute(query).all()
        if not rows:
            break
        connection.execute(
            update,
            [
                {**{f"key_{key}": value for key, value in zip(KEYS[name], row[:-1])}, new_name: rewrite(row[-1])}
                for row in rows
            ],
        )
        after = tuple(rows[-1][:-1])
    if not sqlite:
        op.alter_column(name, new_name, nullable=False)
    op.drop_column(name, old[0])
