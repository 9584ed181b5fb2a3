"""What the therapist did with next-step suggestions (they are suggested, never applied by themselves)."""

from __future__ import annotations

from sqlalchemy import select

from ptplanner.core.language import tr_clinic
from ptplanner.core.suggestions import SuggestionDecision, SuggestionKind
from ptplanner.storage import audit
from ptplanner.storage.database import Database
from ptplanner.storage.errors import ConflictError, NotFound
from ptplanner.storage.models import ProgramRow, SuggestionDecisionRow
from ptplanner.storage.upsert import upsert


def save_decision(db: Database, patient_id: str, decision: SuggestionDecision) -> None:
    """Record an answer; a second answer to the same kind on the same day replaces the first."""
    with db.session() as session:
        program = session.get(ProgramRow, decision.program_id)
        if program is None:
            raise NotFound(tr_clinic("That program is no longer stored; the decision was not saved."))
        if program.patient_id != patient_id:
            said = tr_clinic("That program belongs to another patient; the decision was not saved.")
            raise ConflictError(said)
        upsert(
            session,
            SuggestionDecisionRow,
            program_id=decision.program_id,
            kind=decision.kind.value,
            day=decision.on,
            accepted=decision.accepted,
        )
        details = {"record": "decision", "program_id": decision.program_id, "kind": decision.kind.value}
        audit.record(session, "change", patient_id, details)


def decisions_for(db: Database, program_id: str) -> list[SuggestionDecision]:
    """The program's decisions, oldest first."""
    query = (
        select(SuggestionDecisionRow)
        .where(SuggestionDecisionRow.program_id == program_id)
        .order_by(SuggestionDecisionRow.day, SuggestionDecisionRow.kind)
    )
    with db.session() as session:
        return [
            SuggestionDecision(program_id=row.program_id, kind=SuggestionKind(row.kind), on=row.day, accepted=row.accepted)
            for row in session.scalars(query)
        ]
