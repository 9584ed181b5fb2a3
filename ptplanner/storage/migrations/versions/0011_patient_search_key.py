"""Patient search through an index: each patient's name, surgeon, therapist and date of birth, without case
or accents (core/names.py: search_text), in one indexed column that a search scans instead of the table.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ptplanner.core.names import search_text

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BATCH = 2000

# The table as this migration knows it: never the app's models, which change later.
patients = sa.table(
    "patients",
    *(sa.column(name, sa.Text()) for name in ("id", "name", "surgeon", "therapist", "search_key")),
    sa.column("date_of_birth", sa.Date()),
)


def upgrade() -> None:
    op.add_column("patients", sa.Column("search_key", sa.Text(), server_default=sa.text("''"), nullable=False))
    connection = op.get_bind()
    update = patients.update().where(patients.c.id == sa.bindparam("key_id"))
    columns = (patients.c.id, patients.c.name, patients.c.surgeon, patients.c.therapist, patients.c.date_of_birth)
    last = ""
    while rows := connection.execute(
        sa.select(*columns).where(patients.c.id > last).order_by(patients.c.id).limit(BATCH)
    ).all():
        connection.execute(
            update,
            [
                {"key_id": key, "search_key": search_text(name, surgeon, therapist, born.isoformat())}
                for key, name, surgeon, therapist, born in rows
            ],
        )
        last = rows[-1][0]
    # Built after the backfill, not kept up during it. See PatientRow in storage/models.py.
    op.create_index("ix_patients_search_key", "patients", ["search_key", "id"])


def downgrade() -> None:
    op.drop_index("ix_patients_search_key", table_name="patients")
    op.drop_column("patients", "search_key")
