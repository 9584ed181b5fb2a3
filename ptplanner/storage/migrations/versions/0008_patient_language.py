"""The language a patient's handouts print in ('en', 'es'); empty: the clinic's language.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite need not copy the table; every existing patient follows the clinic.
    op.add_column("patients", sa.Column("language", sa.Text(), nullable=False, server_default=sa.text("''")))


def downgrade() -> None:
    op.drop_column("patients", "language")
