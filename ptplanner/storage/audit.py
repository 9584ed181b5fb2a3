"""Recording the audit trail: one row per operation on a patient's record, in that operation's transaction.

Each row's hash is sha256 over the previous row's hash and the row's own canonical content, so editing,
deleting or reordering a row breaks the chain (audit_check.py finds where). Appending first moves the
one head row forward: that UPDATE waits for any other appender's transaction (SQLite's single writer,
PostgreSQL's row lock), so two workstations appending at once still make one chain. It is done last
in each operation, so the head is held only until the commit and locks are always taken in one order.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ptplanner.storage.models import AuditEventRow, AuditHeadRow

GENESIS = "0" * 64  # the previous hash of the first row (as migration 0006 starts the head)
ACTIONS = (
    "view", "change", "print", "export", "import", "discharge", "readmit", "erase",
    "template", "favourite",  # the clinic's templates and favourite exercises: no patient
)
UNKNOWN = "unknown"
WRITTEN_IDS = "audit_ids"  # session.info key: the ids of the rows a transaction appended (see Database)


@dataclass(frozen=True)
class Actor:
    """Who acts and where. With sign-in off: the operating-system user and the computer's name."""

    user: str
    workstation: str

    @classmethod
    def from_system(cls) -> Actor:
        return cls(_safely(getpass.getuser), _safely(socket.gethostname))


def _safely(ask) -> str:
    try:  # getuser fails with no login name in the environment (some services, containers)
        return str(ask()).strip()[:200] or UNKNOWN
    except Exception:  # noqa: BLE001 - whoever it is, the operation must not fail for it
        return UNKNOWN


_actor: Actor | None = None


def current_actor() -> Actor:
    global _actor
    if _actor is None:
        _actor = Actor.from_system()
    return _actor


def set_actor(actor: Actor | None) -> None:
    """Name who acts from now on (None: the operating-system user again)."""
    global _actor
    _actor = actor


def record(
    session: Session, action: str, patient_id: str | None, details: dict[str, Any] | None = None
) -> None:
    """Append one audit row in the caller's transaction. `details`: ids, counts and field names only."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    session.flush()  # the operation's own writes first: the head is then held for the commit alone
    moved = session.execute(
        update(AuditHeadRow).where(AuditHeadRow.id == 1).values(appended=AuditHeadRow.appended + 1)
    ).rowcount
    if moved != 1:  # the head row was removed behind the app's back: start a new one, verify will say so
        session.add(AuditHeadRow(id=1, appended=1, last_hash=GENESIS))
        session.flush()
    previous = session.scalar(select(AuditHeadRow.last_hash).where(AuditHeadRow.id == 1))
    who = current_actor()
    row = AuditEventRow(
        at=datetime.now(UTC),
        actor=who.user,
        workstation=who.workstation,
        action=action,
        patient_id=patient_id,
        details=dict(details or {}),
        prev_hash=previous,
    )
    row.hash = chained_hash(previous, row)
    session.add(row)
    session.execute(update(AuditHeadRow).where(AuditHeadRow.id == 1).values(last_hash=row.hash))
    session.info.setdefault(WRITTEN_IDS, []).append(row.id)  # (flushed by the update: the id is known)


def chained_hash(previous: str, row: AuditEventRow) -> str:
    return hashlib.sha256(f"{previous}\n{canonical(row)}".encode()).hexdigest()


def canonical(row: AuditEventRow) -> str:
    """The row's content as one exact text, the same when read back from either database."""
    at = row.at if row.at.tzinfo is None else row.at.astimezone(UTC).replace(tzinfo=None)
    content = {
        "at": at.isoformat(timespec="microseconds"),
        "actor": row.actor,
        "workstation": row.workstation,
        "action": row.action,
        "patient_id": row.patient_id,
        "details": row.details,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
