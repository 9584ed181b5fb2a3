"""Printed handouts, kept byte for byte: a reprint is the very document the patient was given.

The options column also keeps, under SHEET_MAP_KEY, where the log sheet's boxes were printed (for reading
a scan of it back); `HandoutRecord.options` never shows it.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ptplanner.core.language import tr_clinic
from ptplanner.core.sheet_map import SheetMap
from ptplanner.storage import audit
from ptplanner.storage.damaged_rows import UNREADABLE, patient_words, reading, record_words
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
    sheet_map: SheetMap | None = None

SHEET_MAP_KEY = "log_sheet_map"


def record_handout(
    db: Database, patient_id: str, program_id: str, program_version: int, options: dict[str, Any], pdf: bytes,
    handout_id: str | None = None, sheet_map: SheetMap | None = None,
) -> HandoutRecord:
    """Keep a printed handout (under `handout_id` when the PDF names it). The program version must be one
    that was saved."""
    kept = dict(options)
    if sheet_map is not None:
        kept[SHEET_MAP_KEY] = sheet_map.model_dump(mode="json")
    row = HandoutRow(
        id=handout_id or str(uuid.uuid4()),
        patient_id=patient_id,
        program_id=program_id,
        program_version=program_version,
        printed_at=now(),
        options=kept,
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
        try:
            rows = list(session.scalars(query))
        except UNREADABLE:  # options that are not JSON (SQLite keeps any text): read each alone to name it
            for handout_id in session.scalars(query.with_only_columns(HandoutRow.id)):
                _read(session, handout_id)
            raise
        return [_named_record(session, row) for row in rows]


def handout_record(db: Database, handout_id: str) -> HandoutRecord | None:
    with db.session() as session:
        return _read(session, handout_id)


def _read(session: Session, handout_id: str) -> HandoutRecord | None:
    with reading(lambda: _words(session, handout_id)):
        row = session.get(HandoutRow, handout_id)
    return None if row is None else _named_record(session, row)


def _named_record(session: Session, row: HandoutRow) -> HandoutRecord:
    with reading(lambda: _words(session, row.id)):
        return _record(row)


def _words(session: Session, handout_id: str) -> str:
    """"the printed handout of 2026-12-05 of patient ...", from the row's plain columns."""
    query = select(HandoutRow.printed_at, HandoutRow.patient_id).where(HandoutRow.id == handout_id)
    printed_at, patient_id = session.execute(query).one()
    words = tr_clinic("the printed handout of {day} of {patient}")
    return record_words(words, day=f"{printed_at:%Y-%m-%d}", patient=patient_words(session, patient_id))


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
    options = dict(row.options)
    stored_map = options.pop(SHEET_MAP_KEY, None)
    sheet_map = None if stored_map is None else SheetMap.model_validate(stored_map)
    return HandoutRecord(row.id, row.patient_id, row.program_id, row.program_version, printed_at, options,
                         row.sha256, sheet_map)
