"""Reading the audit trail as a feed of changes: the newest row's id, then the rows after a known one.

Rows become visible in id order on both databases: SQLite has one writer at a time, and on PostgreSQL
a row's id is drawn while its transaction holds the chain's head row (audit.py), which it keeps until
it commits. So once a reader has seen row N, no row below N can still appear: "after N" misses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from ptplanner.storage.database import Database
from ptplanner.storage.models import AuditEventRow


@dataclass(frozen=True)
class AuditEntry:
    id: int
    action: str
    patient_id: str | None
    details: dict[str, Any]


def newest_audit_id(db: Database) -> int:
    """The newest row's id, 0 with no rows."""
    with db.session() as session:
        return session.scalar(select(func.max(AuditEventRow.id))) or 0


def audit_after(db: Database, seen: int, limit: int) -> tuple[int, list[AuditEntry]]:
    """The newest row's id (0 with no rows) and up to `limit` rows after `seen`, oldest first.

    When nothing was appended since `seen`, this is one look at the end of the primary key's index."""
    with db.session() as session:
        newest = session.scalar(select(func.max(AuditEventRow.id))) or 0
        if newest <= seen:
            return newest, []
        query = (
            select(AuditEventRow.id, AuditEventRow.action, AuditEventRow.patient_id, AuditEventRow.details)
            .where(AuditEventRow.id > seen, AuditEventRow.id <= newest)
            .order_by(AuditEventRow.id)
            .limit(limit)
        )
        return newest, [AuditEntry(*row) for row in session.execute(query)]
