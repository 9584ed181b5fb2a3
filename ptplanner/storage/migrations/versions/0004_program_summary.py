"""Program summary columns: what the patient list shows of each program, so it need not read the
documents (a document holds a copy of every exercise it uses). Backfilled from the documents.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 500  # documents read and rows updated at a time
SUMMARY_INDEX = [
    "patient_id",
    "created_on",
    "version",
    "id",
    "updated_at",
    "stage_count",
    "current_stage",
    "current_stage_name",
]

# The table as this migration knows it: never the app's models, which change later.
programs = sa.table(
    "programs",
    sa.column("id", sa.String(64)),
    sa.column("document", sa.JSON()),
    sa.column("created_on", sa.Date()),
    sa.column("stage_count", sa.Integer()),
    sa.column("current_stage", sa.Integer()),
    sa.column("current_stage_name", sa.Text()),
)


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: SQLite need not copy the table, which is most of the file.
    # The server defaults only let existing rows gain the columns; the backfill sets every row.
    op.add_column(
        "programs", sa.Column("created_on", sa.Date(), server_default=sa.text("'1970-01-01'"), nullable=False)
    )
    op.add_column(
        "programs", sa.Column("stage_count", sa.Integer(), server_default=sa.text("0"), nullable=False)
    )
    op.add_column("programs", sa.Column("current_stage", sa.Integer(), nullable=True))
    op.add_column(
        "programs", sa.Column("current_stage_name", sa.Text(), server_default=sa.text("''"), nullable=False)
    )
    _backfill(op.get_bind())
    # Built after the backfill, not kept up during it. See the index in storage/models.py.
    op.create_index("ix_programs_summary", "programs", SUMMARY_INDEX)


def downgrade() -> None:
    op.drop_index("ix_programs_summary", table_name="programs")
    # Not batch mode either: batch mode on SQLite drops the old table, which with foreign keys on
    # would cascade to every program's versions, logs and handouts. SQLite 3.35+ drops columns itself.
    for name in ("current_stage_name", "current_stage", "stage_count", "created_on"):
        op.drop_column("programs", name)


def _backfill(connection: sa.Connection) -> None:
    """Fill the columns of every program from its document, a batch of rows at a time, in id order."""
    # Executed with many parameter sets: the SET clause is made from their keys other than program_id.
    update = programs.update().where(programs.c.id == sa.bindparam("program_id"))
    read = _facts_sqlite if connection.dialect.name == "sqlite" else _facts_portable
    last = ""
    while True:
        rows = read(connection, last)
        if not rows:
            return
        connection.execute(update, [_summary(*row) for row in rows])
        last = rows[-1][0]


def _facts_portable(connection: sa.Connection, after: str) -> list[tuple[str, dict[str, Any]]]:
    """The next batch of (id, the document's created_on, moves and stage names), reading whole documents."""
    query = (
        sa.select(programs.c.id, programs.c.document)
        .where(programs.c.id > after)
        .order_by(programs.c.id)
        .limit(BATCH)
    )
    return [(program_id, _facts(document)) for program_id, document in connection.execute(query)]


def _facts_sqlite(connection: sa.Connection, after: str) -> list[tuple[str, dict[str, Any]]]:
    """The same, with SQLite picking the few fields out of each document in C: decoding the whole
    documents (each holds a copy of every exercise) in Python took 8 of 13 s on 10,000 programs."""
    query = sa.text(
        "SELECT id, json_object("
        " 'created_on', json_extract(document, '$.created_on'),"
        " 'moves', json(coalesce(json_extract(document, '$.moves'), '[]')),"
        " 'stage_names', (SELECT json_group_array(json_extract(value, '$.name'))"
        "                 FROM json_each(document, '$.stages')))"
        " FROM programs WHERE id > :after ORDER BY id LIMIT :batch"
    )
    rows = connection.execute(query, {"after": after, "batch": BATCH})
    return [(program_id, json.loads(facts)) for program_id, facts in rows]


def _facts(document: dict[str, Any]) -> dict[str, Any]:
    return {
        "created_on": document["created_on"],
        "moves": document.get("moves", []),
        "stage_names": [stage["name"] for stage in document.get("stages", [])],
    }


def _summary(program_id: str, facts: dict[str, Any]) -> dict[str, Any]:
    names = facts["stage_names"]
    current = _current_stage(facts["moves"], len(names))
    return {
        "program_id": program_id,
        "created_on": date.fromisoformat(facts["created_on"]),
        "stage_count": len(names),
        "current_stage": current,
        "current_stage_name": "" if current is None else names[current],
    }


def _current_stage(moves: list[dict[str, Any]], stage_count: int) -> int | None:
    """Program.current_stage_index() as of this revision: the stage of the latest-dated move (of moves
    on one day, the last recorded), else the first stage; none without stages."""
    if stage_count == 0:
        return None
    if not moves:
        return 0
    latest = max(reversed(moves), key=lambda move: date.fromisoformat(move["on"]))
    return int(latest["stage_index"])
