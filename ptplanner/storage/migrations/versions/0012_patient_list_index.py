"""The patient list's tabs through an index: active (or discharged) patients in name order, so the list's
first page and its count read a few index entries, not the table (storage/patient_pages.py).

Revision ID: 0012_plist
Revises: 0011
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_patients_discharged_on", "patients", ["discharged_on", "search_key", "id"])


def downgrade() -> None:
    op.drop_index("ix_patients_discharged_on", table_name="patients")
