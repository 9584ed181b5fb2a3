"""The patient's adherence log (one entry per program and day) and outcome measure scores."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

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
from ptplanner.storage.log_months import document_day, month_days, month_entries, month_of, packed_month
from ptplanner.storage.models import AdherenceMonthRow, OutcomeRow
from ptplanner.storage.patients import require_patient
from ptplanner.storage.programs import lock_program, require_program


def entries_for(session: Session, program_id: str) -> list[AdherenceEntry]:
    require_program(session, program_id)
    query = select(AdherenceMonthRow.month, AdherenceMonthRow.packed)
    query = query.where(AdherenceMonthRow.program_id == program_id).order_by(AdherenceMonthRow.month)
    with reading(lambda: log_words(session, program_id)):
        months = session.execute(query)
        return [entry for month, data in months for entry in month_entries(program_id, month, data)]


def save_entry(session: Session, entry: AdherenceEntry) -> None:
    """Insert or update `entry`; another entry already logged for that program and day is replaced."""
    save_log(session, [entry], [])


def add_entries(session: Session, entries: Sequence[AdherenceEntry]) -> None:
    """An imported log: the entries stored, one a day (a later one in `entries` replaces an earlier one)."""
    save_log(session, entries, [])


def delete_entry(session: Session, entry: AdherenceEntry) -> None:
    """NotFound when the entry (by its id, on its day) is not in its program's log."""
    lock_program(session, entry.program_id)
    month = _Months(session, entry.program_id, [month_of(entry.day)])
    if not month.remove(entry):
        raise NotFound(f"No adherence entry with id {entry.id} is in the database.")
    month.write()


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


def save_log(
    session: Session, to_save: Sequence[AdherenceEntry], to_delete: Sequence[AdherenceEntry]
) -> None:
    """A log sheet's changed days: the emptied ones removed (an entry already gone is gone either way), the
    others saved, each replacing the entry stored for its day, and itself if stored on another day."""
    programs = sorted({entry.program_id for entry in [*to_save, *to_delete]})
    for program_id in programs:
        # Before any row changes, in one order: two workstations saving sheets cannot deadlock. Locked, an
        # entry that another workstation is saving for the same day is replaced too, once it is committed.
        lock_program(session, program_id)
    for program_id in programs:
        saving = [entry for entry in to_save if entry.program_id == program_id]
        deleting = [entry for entry in to_delete if entry.program_id == program_id]
        months = _Months(session, program_id)  # all of them: an entry saved may have moved to another day
        for entry in deleting:
            months.remove(entry)
        for entry in saving:
            months.remove(entry)
            months.put(entry)
        months.write()


class _Months:
    """A program's stored months (or only `wanted` of them), changed in memory and written back at once."""

    def __init__(self, session: Session, program_id: str, wanted: Sequence[date] | None = None) -> None:
        self._session, self._program_id = session, program_id
        query = select(AdherenceMonthRow.month, AdherenceMonthRow.packed)
        query = query.where(AdherenceMonthRow.program_id == program_id)
        if wanted is not None:
            query = query.where(AdherenceMonthRow.month.in_(wanted))
        self._days: dict[date, dict[date, Any]] = {}  # month -> day -> the day's document
        self._day_of: dict[str, date] = {}  # entry id -> its day
        self._damaged: set[date] = set()  # left as they are, unless a change needs them
        self._changed: set[date] = set()
        for month, data in session.execute(query):
            try:
                days = {document_day(doc): doc for doc in month_days(month, data)}
                ids = {doc["id"]: day for day, doc in days.items()}
            except UNREADABLE:
                self._damaged.add(month)
                continue
            self._days[month] = days
            self._day_of.update(ids)

    def remove(self, entry: AdherenceEntry) -> bool:
        """Whether the entry (by id) was there; it is removed from whichever day holds it."""
        day = self._day_of.pop(entry.id, None)
        if day is None:
            self._check(self._month(entry.day))  # in a month that does not read, it may be there
            return False
        del self._days[month_of(day)][day]
        self._changed.add(month_of(day))
        return True

    def put(self, entry: AdherenceEntry) -> None:
        days = self._days.setdefault(self._month(entry.day), {})
        if (replaced := days.get(entry.day)) is not None:
            self._day_of.pop(replaced["id"], None)
        days[entry.day] = entry.model_dump(mode="json")
        self._day_of[entry.id] = entry.day
        self._changed.add(month_of(entry.day))

    def write(self) -> None:
        """The changed months written back; RecordDamaged, with nothing written, if a day kept in one of them
        does not read (its bytes stay as they are)."""
        for month in self._changed:
            self._check(month)
        for month in sorted(self._changed):
            days = self._days[month]
            key = {"program_id": self._program_id, "month": month}
            if not days:
                self._session.execute(delete(AdherenceMonthRow).filter_by(**key))
                continue
            ordered = sorted(days)
            packed = packed_month(days[day] for day in ordered)
            self._session.merge(AdherenceMonthRow(**key, last_day=ordered[-1], packed=packed))
        self._changed.clear()

    def _check(self, month: date) -> None:
        """RecordDamaged if a day of the month does not read."""
        with reading(lambda: log_words(self._session, self._program_id)):
            for document in self._days.get(month, {}).values():
                if AdherenceEntry.model_validate(document).program_id != self._program_id:
                    raise ValueError("a packed month holds its own program's days")

    def _month(self, day: date) -> date:
        month = month_of(day)
        if month in self._damaged:  # its other days would be lost: nothing is saved, and the reader is told
            raise damaged(log_words(self._session, self._program_id))
        return month


def log_words(session: Session, program_id: str) -> str:
    """"the log of the program “Home program” of patient ...", in the language spoken."""
    return record_words(tr_clinic("the log of {program}"), program=program_words(session, program_id))


def _scores_words(session: Session, patient_id: str) -> str:
    words = tr_clinic("the outcome scores of {patient}")
    return record_words(words, patient=patient_words(session, patient_id))
