"""The patient's adherence log (one entry per program and day) and outcome measure scores."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.language import tr_clinic
from ptplanner.storage.damaged_rows import (
    UNREADABLE,
    RecordDamaged,
    damaged,
    patient_words,
    program_words,
    reading,
    record_words,
)
from ptplanner.storage.errors import ConflictError, NotFound
from ptplanner.storage.models import AdherenceRow, OutcomeRow
from ptplanner.storage.patients import require_patient
from ptplanner.storage.programs import lock_program, require_program


def entries_for(session: Session, program_id: str) -> list[AdherenceEntry]:
    require_program(session, program_id)
    query = (  # the documents alone: loading whole rows costs twice the time
        select(AdherenceRow.document).where(AdherenceRow.program_id == program_id).order_by(AdherenceRow.day)
    )
    with reading(lambda: log_words(session, program_id)):
        documents = session.scalars(query)
        return [AdherenceEntry.model_validate(document) for document in documents]


def save_entry(session: Session, entry: AdherenceEntry) -> None:
    """Insert or update `entry`; another entry already logged for that program and day is replaced."""
    # Locked: an entry for the same day that another workstation is saving now is replaced too, once it
    # is committed, instead of making this insert fail on PostgreSQL.
    lock_program(session, entry.program_id)
    session.execute(
        delete(AdherenceRow).where(
            AdherenceRow.program_id == entry.program_id,
            AdherenceRow.day == entry.day,
            AdherenceRow.id != entry.id,
        )
    )
    session.merge(_entry_row(entry))


def add_entry(session: Session, entry: AdherenceEntry) -> None:
    session.add(_entry_row(entry))


def program_of_entry(session: Session, entry_id: str) -> str | None:
    return session.scalar(select(AdherenceRow.program_id).where(AdherenceRow.id == entry_id))


def delete_entry(session: Session, entry_id: str) -> None:
    if session.execute(delete(AdherenceRow).where(AdherenceRow.id == entry_id)).rowcount == 0:
        raise NotFound(f"No adherence entry with id {entry_id} is in the database.")


def outcomes_for(session: Session, patient_id: str) -> list[OutcomeScore]:
    require_patient(session, patient_id)
    with reading(lambda: _scores_words(session, patient_id)):
        documents = session.scalars(select(OutcomeRow.document).where(OutcomeRow.patient_id == patient_id))
        scores = [OutcomeScore.model_validate(document) for document in documents]
    # Sorted here, not by the database: a server's collation may order the measures' names differently.
    return sorted(scores, key=lambda score: (score.day, score.measure.value, score.id))


def save_outcome(session: Session, patient_id: str, score: OutcomeScore) -> None:
    require_patient(session, patient_id)
    stored = session.get(OutcomeRow, score.id)
    if stored is not None and stored.patient_id != patient_id:
        raise ConflictError(f"The outcome score {score.id} belongs to another patient; it was not saved.")
    session.merge(_outcome_row(patient_id, score))


def add_outcome(session: Session, patient_id: str, score: OutcomeScore) -> None:
    session.add(_outcome_row(patient_id, score))


def _entry_row(entry: AdherenceEntry) -> AdherenceRow:
    return AdherenceRow(
        id=entry.id, program_id=entry.program_id, day=entry.day, document=entry.model_dump(mode="json")
    )


def _outcome_row(patient_id: str, score: OutcomeScore) -> OutcomeRow:
    return OutcomeRow(
        id=score.id,
        patient_id=patient_id,
        measure=score.measure.value,
        day=score.day,
        document=score.model_dump(mode="json"),
    )


def unreadable_scores(session: Session, patient_ids: Sequence[str] | None = None) -> dict[str, str]:
    """Why each patient among `patient_ids` (None: every patient) whose outcome scores do not read cannot have
    them read, in the words their progress page gives; the others are left out."""
    query = select(OutcomeRow.patient_id, OutcomeRow.document)
    if patient_ids is not None:
        query = query.where(OutcomeRow.patient_id.in_(patient_ids))
    found: dict[str, str] = {}
    try:
        rows = session.execute(query).all()
    except UNREADABLE:  # a document that is not JSON (SQLite keeps any text): each patient's read apart
        for patient_id in session.scalars(query.with_only_columns(OutcomeRow.patient_id).distinct()):
            try:
                outcomes_for(session, patient_id)
            except RecordDamaged as error:
                found[patient_id] = str(error)
        return found
    for patient_id, document in rows:
        try:
            OutcomeScore.model_validate(document)
        except UNREADABLE:
            found.setdefault(patient_id, str(damaged(_scores_words(session, patient_id))))
    return found


def save_log(session: Session, to_save: Sequence[AdherenceEntry], to_delete: Sequence[AdherenceEntry]) -> None:
    """A log sheet's changed days: the emptied ones removed, the others saved."""
    for program_id in sorted({entry.program_id for entry in to_save}):
        # Before any row changes, in one order: two workstations saving sheets cannot deadlock.
        lock_program(session, program_id)
    for entry in to_delete:
        try:
            delete_entry(session, entry.id)
        except NotFound:
            pass  # already gone (deleted on another workstation): the day is empty either way
    for entry in to_save:
        save_entry(session, entry)


def log_words(session: Session, program_id: str) -> str:
    """"the log of the program “Home program” of patient ...", in the language spoken."""
    return record_words(tr_clinic("the log of {program}"), program=program_words(session, program_id))


def _scores_words(session: Session, patient_id: str) -> str:
    words = tr_clinic("the outcome scores of {patient}")
    return record_words(words, patient=patient_words(session, patient_id))
