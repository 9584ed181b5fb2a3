"""Reading and checking the audit trail (admins only)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import datetime

from ptplanner.app.clinic import Clinic
from ptplanner.core.roles import Action
from ptplanner.storage.audit_check import AuditEvent, ChainCheck, holds_rows_of, verify_chain
from ptplanner.storage.audit_check import audit_events as _stored_events
from ptplanner.storage.patients import PatientMatch

__all__ = ["CSV_HEADER", "AuditEvent", "ChainCheck", "audit_csv", "audit_events", "details_text",
           "patients_filtered", "verify_audit"]

CSV_HEADER = ("id", "at_utc", "user", "workstation", "action", "patient_id", "details")


def audit_events(
    clinic: Clinic, patient_id: str | None = None, user: str | None = None, since: datetime | None = None
) -> list[AuditEvent]:
    """The rows that match, oldest first."""
    clinic.require(Action.READ_AUDIT)
    return _stored_events(clinic.workspace.database, patient_id, user, since)


def patients_filtered(clinic: Clinic, text: str) -> list[PatientMatch]:
    """The patients the patient filter `text` names: the one whose id is exactly `text`, else those a
    patient search finds (by an id's first characters, a name...). Read by id and name alone, so a patient
    whose stored record is damaged is found too. None when `text` names no one, or is exactly an id whose
    rows the trail holds but no patient has any more (an erased patient's id may begin another's or be
    another's name): the rows are then those of `text` itself."""
    clinic.require(Action.READ_AUDIT)
    if holds_rows_of(clinic.workspace.database, text):
        return [match for match in clinic.patient_matches(text) if match.id == text]
    return clinic.patient_matches(text)


def verify_audit(clinic: Clinic) -> ChainCheck:
    """Whether the chain of hashes is intact, and if not the first row where it breaks."""
    clinic.require(Action.READ_AUDIT)
    return verify_chain(clinic.workspace.database)


def details_text(details: dict) -> str:
    """A row's details on one line, the same way every time (ids and field names only)."""
    return json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def audit_csv(events: Iterable[AuditEvent]) -> str:
    """The rows as CSV with a header, times in UTC: what `ptplanner audit --out` and the app export."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for event in events:
        writer.writerow((event.id, event.at.isoformat(), inert(event.actor), inert(event.workstation),
                         event.action, event.patient_id or "", details_text(event.details)))
    return out.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """A typed text a spreadsheet will not run: an account named "=HYPERLINK(...)" (any printable name is
    allowed) would be a formula when the clinic opens the export in Excel or LibreOffice, so such a
    cell starts with an apostrophe, which spreadsheets show as text (OWASP's advice for CSV files)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell
