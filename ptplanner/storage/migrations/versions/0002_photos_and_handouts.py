"""Clinic exercise photos and printed handouts.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(length=64)
STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "exercise_photos",
        sa.Column("exercise_id", ID, nullable=False),
        sa.Column("which", sa.String(length=8), nullable=False),
        sa.Column("mime", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["clinic_exercises.id"],
            name=op.f("fk_exercise_photos_exercise_id_clinic_exercises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("exercise_id", "which", name=op.f("pk_exercise_photos")),
    )
    op.create_table(
        "handouts",
        sa.Column("id", ID, nullable=False),
        sa.Column("patient_id", ID, nullable=False),
        sa.Column("program_id", ID, nullable=False),
        sa.Column("program_version", sa.Integer(), nullable=False),
        sa.Column("printed_at", STAMP, nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_handouts_patient_id_patients"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["program_id"], ["programs.id"], name=op.f("fk_handouts_program_id_programs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handouts")),
    )
    op.create_index(op.f("ix_handouts_patient_id_printed_at"), "handouts", ["patient_id", "printed_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_handouts_patient_id_printed_at"), table_name="handouts")
    op.drop_table("handouts")
    op.drop_table("exercise_photos")
