"""Reading and checking the audit trail (admins only)."""

from __future__ import annotations

from datetime import datetime

from ptplanner.app.clinic import Clinic
from ptplanner.core.roles import Action
from ptplanner.storage.audit_check import AuditEvent, ChainCheck, verify_chain
from ptplanner.storage.audit_check import audit_events as _stored_events

__all__ = ["AuditEvent", "ChainCheck", "audit_events", "verify_audit"]


def audit_events(
    clinic: Clinic, patient_id: str | None = None, user: str | None = None, since: datetime | None = None
) -> list[AuditEvent]:
    """The rows that match, oldest first."""
    clinic.require(Action.READ_AUDIT)
    return _stored_events(clinic.workspace.database, patient_id, user, since)


def verify_audit(clinic: Clinic) -> ChainCheck:
    """Whether the chain of hashes is intact, and if not the first row where it breaks."""
    clinic.require(Action.READ_AUDIT)
    return verify_chain(clinic.workspace.database)
