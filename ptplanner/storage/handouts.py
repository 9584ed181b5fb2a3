"""Printed handouts, kept byte for byte: a reprint is the very document the patient was given."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from ptplanner.storage import audit
from ptplanner.storage.database import Database
from ptplanner.storage.errors import DatabaseDamaged, NotFound
from ptplanner.storage.models import HandoutRow, ProgramVersionRow
from ptplanner.storage.patients import now


@dataclass(frozen=True)
class HandoutRecord:
    id: str
    patient_id: str
    program_id: str
    program_version: int
    printed_at: datetime
    options: dict[str, Any]
    sha256: str


def record_handout(
    db: Database, patient_id: str, program_id: str, program_version: int, options: dict[str, Any], pdf: bytes
) -> HandoutRecord:
    """Keep a printed handout. The program version must be one that was saved."""
    row = HandoutRow(
        id=str(uuid.uuid4()),
        patient_id=patient_id,
        program_id=program_id,
        program_version=program_version,
        printed_at=now(),
        options=dict(options),
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
    )
    with db.session() as session:
        if session.get(ProgramVersionRow, (program_id, program_version)) is None:
            raise NotFound(f"Version {program_version} of this program was never saved; save before printing.")
        session.add(row)
        details = {"handout_id": row.id, "program_id": program_id, "version": program_version}
        audit.record(session, "print", patient_id, details)
        return _record(row)


def handouts_for(db: Database, patient_id: str) -> list[HandoutRecord]:
    """The patient's printed handouts, newest first."""
    with db.session() as session:
        query = select(HandoutRow).where(HandoutRow.patient_id == patient_id).order_by(HandoutRow.printed_at.desc())
        return [_record(row) for row in session.scalars(query)]


def handout_pdf(db: Database, handout_id: str) -> bytes:
    with db.session() as session:
        row = session.get(HandoutRow, handout_id)
        if row is None:
            raise NotFound("That handout is no longer stored.")
        if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
            raise DatabaseDamaged("The stored copy of that handout is damaged; print it again from the program.")
        return row.pdf


def _record(row: HandoutRow) -> HandoutRecord:
    # SQLite hands back naive datetimes; every stamp ptplanner writes is UTC.
    printed_at = row.printed_at if row.printed_at.tzinfo else row.printed_at.replace(tzinfo=UTC)
    return HandoutRecord(
        row.id, row.patient_id, row.program_id, row.program_version, printed_at, dict(row.options), row.sha256
    )
