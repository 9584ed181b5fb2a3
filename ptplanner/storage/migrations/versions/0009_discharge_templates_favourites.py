"""Discharge (its day and reason on the patient row; no day: the patient is active), the clinic's own
program templates (shared by every workstation on the database) and its favourite exercises.

Revision ID: 0009
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite need not copy the table.
    op.add_column("patients", sa.Column("discharged_on", sa.Date(), nullable=True))
    op.add_column(
        "patients", sa.Column("discharge_reason", sa.Text(), nullable=False, server_default=sa.text("''"))
    )
    op.create_table(
        "clinic_templates",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_templates")),
    )
    op.create_table(
        "favourite_exercises",
        sa.Column("exercise_id", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("exercise_id", name=op.f("pk_favourite_exercises")),
    )


def downgrade() -> None:
    op.drop_table("favourite_exercises")
    op.drop_table("clinic_templates")
    op.drop_column("patients", "discharge_reason")
    op.drop_column("patients", "discharged_on")
