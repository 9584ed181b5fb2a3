"""Reading the audit trail back: the rows a reader asks for, and a check that the chain is whole."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ptplanner.core.language import tr_clinic
from ptplanner.storage.audit import GENESIS, chained_hash
from ptplanner.storage.damaged_rows import UNREADABLE, damaged, reading
from ptplanner.storage.database import Database
from ptplanner.storage.models import AuditEventRow, AuditHeadRow

ROWS_PER_BATCH = 1000  # a long trail is read in batches, never whole into memory


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime  # UTC
    actor: str
    workstation: str
    action: str
    patient_id: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class ChainCheck:
    rows: int
    broken_id: int | None = None  # the first row found wrong (or the last one kept, for a lost tail)
    problem: str = ""

    @property
    def intact(self) -> bool:
        return not self.problem


def audit_events(
    db: Database, patient_id: str | None = None, user: str | None = None, since: datetime | None = None
) -> list[AuditEvent]:
    """The rows that match every filter given, oldest first."""
    query = select(AuditEventRow).order_by(AuditEventRow.id)
    if patient_id is not None:
        query = query.where(AuditEventRow.patient_id == patient_id)
    if user is not None:
        query = query.where(AuditEventRow.actor == user)
    if since is not None:  # stored in UTC; SQLite keeps no time zone
        since = since.astimezone(UTC)
        query = query.where(AuditEventRow.at >= (since.replace(tzinfo=None) if db.is_sqlite else since))
    with db.session() as session:
        try:
            rows = session.scalars(query).all()
        except UNREADABLE:  # details that are not JSON (SQLite keeps any text): read each alone to name it
            unreadable = _first_unreadable(session, query.with_only_columns(AuditEventRow.id))
            row = tr_clinic("the audit row {id}").format(id=unreadable)
            raise damaged(row if unreadable else tr_clinic("an audit row")) from None
        return [_event(row) for row in rows]


def holds_rows_of(db: Database, patient_id: str) -> bool:
    """Whether any row names exactly this patient id (by the index on it, without reading any details)."""
    query = select(AuditEventRow.id).where(AuditEventRow.patient_id == patient_id).limit(1)
    with db.session() as session:
        return session.scalar(query) is not None


def _first_unreadable(session: Session, ids: Select) -> int | None:
    """The first audit row among `ids` whose details are not JSON, read one by one."""
    for event_id in session.scalars(ids):
        try:
            session.get(AuditEventRow, event_id)
        except UNREADABLE:
            return event_id
    return None


def verify_chain(db: Database) -> ChainCheck:
    """Walk the chain oldest first; the first row that does not follow from the one before is named."""
    with db.session() as session:
        head = session.get(AuditHeadRow, 1)
        expected, count, last_id = GENESIS, 0, None
        try:
            for row in _all_rows(session):
                if chained_hash(row.prev_hash, row) != row.hash:
                    edited = f"row {row.id} was edited: its content no longer matches its hash"
                    return ChainCheck(count, row.id, edited)
                if row.prev_hash != expected:
                    return ChainCheck(count, row.id, _broken_link(session, row))
                expected, last_id, count = row.hash, row.id, count + 1
        except UNREADABLE:  # a row's details are not JSON: edited behind the app's back, or damaged
            later = select(AuditEventRow.id).where(AuditEventRow.id > (last_id or 0))
            damaged_id = _first_unreadable(session, later.order_by(AuditEventRow.id))
            return ChainCheck(count, damaged_id, f"row {damaged_id} was edited: its details are not JSON")
        if head is None:
            return ChainCheck(count, last_id, "the chain's head record is missing (deleted)")
        if head.last_hash != expected or head.appended != count:
            after = f"after row {last_id}" if last_id is not None else "at the start"
            lost = head.appended - count
            what = f"{lost} row(s)" if lost > 0 else "rows"
            return ChainCheck(count, last_id, f"{what} {after} are missing (deleted)")
    return ChainCheck(count)


def _broken_link(session: Session, row: AuditEventRow) -> str:
    """Why `row` does not follow the row before it: the row it follows is elsewhere, or gone."""
    if row.prev_hash == GENESIS:
        return f"row {row.id} is out of order: it was the first row of the trail"
    follows = session.scalar(select(AuditEventRow.id).where(AuditEventRow.hash == row.prev_hash).limit(1))
    if follows is not None:
        return f"row {row.id} is out of order: it was appended after row {follows}"
    return f"the row before row {row.id} is missing (deleted)"


def _all_rows(session: Session) -> Iterator[AuditEventRow]:
    after = 0
    while True:
        batch = session.scalars(
            select(AuditEventRow)
            .where(AuditEventRow.id > after)
            .order_by(AuditEventRow.id)
            .limit(ROWS_PER_BATCH)
        ).all()
        yield from batch
        if len(batch) < ROWS_PER_BATCH:
            return
        after = batch[-1].id
        session.expunge_all()


def _event(row: AuditEventRow) -> AuditEvent:
    at = row.at.replace(tzinfo=UTC) if row.at.tzinfo is None else row.at.astimezone(UTC)
    with reading(lambda: tr_clinic("the audit row {id}").format(id=row.id)):  # details that are not an object
        details = dict(row.details)
    return AuditEvent(row.id, at, row.actor, row.workstation, row.action, row.patient_id, details)
