"""The log stored a month to a row: each logged day was a row of its own (about 1 KB with its keys and two
index entries; ten years of a clinic's daily logs came to 8.7 GB). Each program's days of a calendar month
are now one row of `adherence_months`, their documents kept as they were, packed together as compressed
JSON (storage/log_months.py), about 55 bytes a day. A day whose stored text is not JSON is kept, as that
text under "unreadable", so its log still reads as damaged and nothing of it is lost.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

from ptplanner.storage.log_months import month_documents, month_of, packed_month

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

READ_BATCH = 20_000  # days read at a time, in key order
WRITE_BATCH = 1_000  # months written at a time
ID = sa.String(64)

# The tables as this migration knows them: never the app's models, which change later.
days_table = sa.table(
    "adherence_entries",
    sa.column("id", ID),
    sa.column("program_id", ID),
    sa.column("day", sa.Date()),
    sa.column("document", sa.JSON()),
)
months_table = sa.table(
    "adherence_months",
    sa.column("program_id", ID),
    sa.column("month", sa.Date()),
    sa.column("last_day", sa.Date()),
    sa.column("packed", sa.LargeBinary()),
)


def _cascade_to_program(table: str) -> sa.ForeignKeyConstraint:
    name = f"fk_{table}_program_id_programs"
    return sa.ForeignKeyConstraint(["program_id"], ["programs.id"], name=name, ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "adherence_months",
        sa.Column("program_id", ID, nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("packed", sa.LargeBinary(), nullable=False),
        _cascade_to_program("adherence_months"),
        sa.PrimaryKeyConstraint("program_id", "month", name="pk_adherence_months"),
    )
    op.create_index("ix_adherence_months_last_day", "adherence_months", ["last_day"])
    connection = op.get_bind()
    batch: list[dict[str, Any]] = []
    for row in _months(connection):
        batch.append(row)
        if len(batch) == WRITE_BATCH:
            connection.execute(sa.insert(months_table), batch)
            batch = []
    if batch:
        connection.execute(sa.insert(months_table), batch)
    _drop_day_rows(connection)
    if connection.dialect.name == "postgresql":  # the planner's figures, before the first patient list
        op.execute("ANALYZE adherence_months")


def _drop_day_rows(connection: sa.Connection) -> None:
    """The day rows dropped. On SQLite without zeroing each freed page first (secure_delete), which would
    write the whole old table again: what they held is in the month rows now, and the VACUUM that follows
    an update this size rewrites the file without the free pages."""
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        secure = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
        connection.exec_driver_sql("PRAGMA secure_delete = OFF")
    op.drop_table("adherence_entries")
    if sqlite:
        connection.exec_driver_sql(f"PRAGMA secure_delete = {int(secure)}")


def _months(connection: sa.Connection) -> Iterator[dict[str, Any]]:
    """Every program's months, packed, from the day rows read in (program, day) order."""
    key: tuple[str, date] | None = None
    documents: list[Any] = []
    last_day: date | None = None
    for program_id, day, text in _days(connection):
        if key != (program_id, month_of(day)):
            if key is not None:
                yield _month_row(key, last_day, documents)
            key, documents = (program_id, month_of(day)), []
        documents.append(_document(text, day))
        last_day = day
    if key is not None:
        yield _month_row(key, last_day, documents)


def _days(connection: sa.Connection) -> Iterator[tuple[str, date, str]]:
    """(program, day, the document's stored text), a batch at a time along the (program, day) index."""
    columns = days_table.c
    text = sa.cast(columns.document, sa.Text())
    after: tuple[str, date] | None = None
    while True:
        query = sa.select(columns.program_id, columns.day, text).order_by(columns.program_id, columns.day)
        if after is not None:
            query = query.where(sa.tuple_(columns.program_id, columns.day) > sa.tuple_(*after))
        rows = connection.execute(query.limit(READ_BATCH)).all()
        yield from rows
        if len(rows) < READ_BATCH:
            return
        after = (rows[-1][0], rows[-1][1])


def _document(text: str, day: date) -> Any:
    try:
        return json.loads(text)
    except ValueError:  # kept: the log reads as damaged, as it did (the document has no id, nothing else)
        return {"day": day.isoformat(), "unreadable": text}


def _month_row(key: tuple[str, date], last_day: date | None, documents: list[Any]) -> dict[str, Any]:
    program_id, month = key
    return {"program_id": program_id, "month": month, "last_day": last_day, "packed": packed_month(documents)}


def downgrade() -> None:
    op.create_table(
        "adherence_entries",
        sa.Column("id", ID, nullable=False),
        sa.Column("program_id", ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        _cascade_to_program("adherence_entries"),
        sa.PrimaryKeyConstraint("id", name="pk_adherence_entries"),
        sa.UniqueConstraint("program_id", "day", name="uq_adherence_entries_program_id_day"),
    )
    connection = op.get_bind()
    columns = months_table.c
    rows = connection.execute(sa.select(columns.program_id, columns.packed)).all()
    for program_id, packed in rows:
        days = []
        for document in month_documents(packed):
            day = date.fromisoformat(document["day"])
            if "unreadable" in document and "id" not in document:  # text that was not JSON, as a JSON string
                entry_id, document = str(uuid.uuid4()), document["unreadable"]
            else:
                entry_id = document["id"]
            days.append({"id": entry_id, "program_id": program_id, "day": day, "document": document})
        if days:
            connection.execute(sa.insert(days_table), days)
    op.drop_index("ix_adherence_months_last_day", table_name="adherence_months")
    op.drop_table("adherence_months")
