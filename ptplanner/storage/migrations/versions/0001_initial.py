"""Initial tables: patients, programs with their saved versions, adherence, outcomes,
clinic exercises and settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(length=64)
STAMP = sa.DateTime(timezone=True)


def _cascade_to(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], name=op.f(f"fk_{table}_{column}_{parent}"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "patients",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("surgery_date", sa.Date(), nullable=True),
        sa.Column("procedure", sa.Text(), nullable=False),
        sa.Column("fused_levels", sa.JSON(), nullable=False),
        sa.Column("therapist", sa.Text(), nullable=False),
        sa.Column("precautions", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patients")),
    )
    op.create_table(
        "programs",
        sa.Column("id", ID, nullable=False),
        sa.Column("patient_id", ID, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        _cascade_to("programs", "patient_id", "patients"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programs")),
    )
    op.create_index(op.f("ix_programs_patient_id"), "programs", ["patient_id"])
    op.create_table(
        "program_versions",
        sa.Column("program_id", ID, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("saved_at", STAMP, nullable=False),
        _cascade_to("program_versions", "program_id", "programs"),
        sa.PrimaryKeyConstraint("program_id", "version", name=op.f("pk_program_versions")),
    )
    op.create_table(
        "adherence_entries",
        sa.Column("id", ID, nullable=False),
        sa.Column("program_id", ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        _cascade_to("adherence_entries", "program_id", "programs"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adherence_entries")),
        sa.UniqueConstraint("program_id", "day", name=op.f("uq_adherence_entries_program_id_day")),
    )
    op.create_table(
        "outcome_scores",
        sa.Column("id", ID, nullable=False),
        sa.Column("patient_id", ID, nullable=False),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        _cascade_to("outcome_scores", "patient_id", "patients"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_scores")),
    )
    op.create_index(op.f("ix_outcome_scores_patient_id_day"), "outcome_scores", ["patient_id", "day"])
    op.create_table(
        "clinic_exercises",
        sa.Column("id", ID, nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_exercises")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )


def downgrade() -> None:
    for table in (
        "settings",
        "clinic_exercises",
        "outcome_scores",
        "adherence_entries",
        "program_versions",
        "programs",
        "patients",
    ):
        op.drop_table(table)
