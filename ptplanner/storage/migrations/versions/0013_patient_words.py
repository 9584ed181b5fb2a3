"""Patient search through a word index: each word of every patient's search_key, and every such word once
(storage/patient_words.py), so a search reads a few index entries instead of every search_key.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ptplanner.core.exercise import search_words

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

BATCH = 5000

# The tables as this migration knows them: never the app's models, which change later.
patients = sa.table("patients", sa.column("id", sa.Text()), sa.column("search_key", sa.Text()))
WORD = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def upgrade() -> None:
    words = op.create_table(
        "patient_words",
        sa.Column("word", WORD, nullable=False),
        sa.Column("patient_id", sa.String(64), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("word", "patient_id", name="pk_patient_words"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "search_words",
        sa.Column("word", WORD, nullable=False),
        sa.PrimaryKeyConstraint("word", name="pk_search_words"),
    )
    connection = op.get_bind()
    last = ""
    keys = sa.select(patients.c.id, patients.c.search_key).order_by(patients.c.id).limit(BATCH)
    while rows := connection.execute(keys.where(patients.c.id > last)).all():
        found = [
            {"word": word, "patient_id": patient_id, "search_key": key}
            for patient_id, key in rows
            for word in set(search_words(key))
        ]
        if found:
            connection.execute(words.insert(), found)
        last = rows[-1][0]
    connection.execute(sa.text("INSERT INTO search_words (word) SELECT DISTINCT word FROM patient_words"))


def downgrade() -> None:
    op.drop_table("search_words")
    op.drop_table("patient_words")
