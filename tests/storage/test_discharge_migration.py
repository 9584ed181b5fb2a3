"""Migration 0009 on a database saved before it: every patient is active, and discharging, clinic
templates and favourites work on it; the migration goes down again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from storage_samples import add_patient_at_old_schema, engine_at_revision, make_patient

from ptplanner.core.discharge import Discharge
from ptplanner.storage import clinic_templates, discharges, summaries
from ptplanner.storage.database import open_database
from ptplanner.storage.migrate import alembic_config


@pytest.fixture
def engine_at_0007(backend: str, database_url: str, data_dir: Path) -> Iterator[sa.Engine]:
    engine = engine_at_revision(backend, database_url, data_dir, "0007")
    yield engine
    engine.dispose()


def test_patients_saved_before_0009_are_active_and_can_be_discharged(engine_at_0007, database_url):
    patient = make_patient()
    add_patient_at_old_schema(engine_at_0007, patient)
    engine_at_0007.dispose()

    db = open_database(database_url)  # updates the schema to the newest
    try:
        assert [row.patient_id for row in summaries.patient_list(db, date(2026, 12, 4))] == [patient.id]
        assert discharges.discharge_of(db, patient.id) is None
        discharges.discharge(db, patient.id, date(2026, 12, 4), "Goals met")
        assert discharges.discharges(db) == {patient.id: Discharge(date(2026, 12, 4), "Goals met")}
        assert summaries.patient_list(db, date(2026, 12, 4)) == []
        assert clinic_templates.favourite_exercises(db) == set()
        assert clinic_templates.clinic_templates(db).templates == []
    finally:
        db.close()


def test_0009_goes_down_to_0007_and_up_again(engine_at_0007):
    with engine_at_0007.begin() as connection:
        command.upgrade(alembic_config(connection), "0009")
        command.downgrade(alembic_config(connection), "0007")
        assert "discharged_on" not in {c["name"] for c in sa.inspect(connection).get_columns("patients")}
        assert not sa.inspect(connection).has_table("clinic_templates")
        command.upgrade(alembic_config(connection), "0009")
        assert sa.inspect(connection).has_table("favourite_exercises")
