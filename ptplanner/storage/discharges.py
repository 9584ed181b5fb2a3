"""Discharging and re-admitting patients. The day and reason live on the patient row (migration 0009),
apart from the core Patient, so saving a patient's details never changes whether they are discharged."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ptplanner.core.discharge import Discharge
from ptplanner.core.language import tr_clinic
from ptplanner.storage import audit
from ptplanner.storage.database import Database
from ptplanner.storage.errors import ConflictError
from ptplanner.storage.models import PatientRow
from ptplanner.storage.patients import now, require_patient


def discharge(db: Database, patient_id: str, on: date, reason: str) -> None:
    with db.session() as session:
        row = require_patient(session, patient_id)
        if row.discharged_on is not None:
            said = tr_clinic("That patient was already discharged on {day}.")
            raise ConflictError(said.format(day=row.discharged_on.isoformat()))
        row.discharged_on, row.discharge_reason, row.updated_at = on, reason, now()
        audit.record(session, "discharge", patient_id, {"on": on.isoformat()})  # the reason may be clinical


def readmit(db: Database, patient_id: str) -> None:
    with db.session() as session:
        row = require_patient(session, patient_id)
        if row.discharged_on is None:
            raise ConflictError(tr_clinic("That patient is not discharged; they are on the active list"
                " already."))
        row.discharged_on, row.discharge_reason, row.updated_at = None, "", now()
        audit.record(session, "readmit", patient_id)


def discharge_of(db: Database, patient_id: str) -> Discharge | None:
    with db.session() as session:
        row = require_patient(session, patient_id)
        return None if row.discharged_on is None else Discharge(row.discharged_on, row.discharge_reason)


def discharged_on(db: Database, patient_id: str) -> date | None:
    """The day the patient was discharged; None for an active patient (or one not stored)."""
    with db.session() as session:
        return session.scalar(select(PatientRow.discharged_on).where(PatientRow.id == patient_id))


def discharges(db: Database) -> dict[str, Discharge]:
    """Every discharged patient's discharge, by patient id."""
    query = select(PatientRow.id, PatientRow.discharged_on, PatientRow.discharge_reason).where(
        PatientRow.discharged_on.is_not(None)
    )
    with db.session() as session:
        return {pid: Discharge(on, reason) for pid, on, reason in session.execute(query)}
