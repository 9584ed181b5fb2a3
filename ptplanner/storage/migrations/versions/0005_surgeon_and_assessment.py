"""The patient's surgeon (name and office phone, for the handout's warning signs and the report's
recipient) and the therapist's assessment and plan (printed on the progress report).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = ("surgeon", "surgeon_phone", "assessment")


def upgrade() -> None:
    for name in COLUMNS:  # a plain ADD COLUMN: SQLite need not copy the table
        op.add_column("patients", sa.Column(name, sa.Text(), nullable=False, server_default=sa.text("''")))


def downgrade() -> None:
    for name in reversed(COLUMNS):
        op.drop_column("patients", name)
