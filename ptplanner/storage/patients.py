"""Patients in the database. Functions take the session of the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, delete, or_, select
from sqlalchemy.orm import Session

from ptplanner.core.language import tr_clinic
from ptplanner.core.names import name_order, search_needle, search_text
from ptplanner.core.patient import Patient
from ptplanner.storage.damaged_rows import (
    UNREADABLE,
    RecordDamaged,
    damaged,
    patient_named,
    patient_words,
    reading,
    record_words,
)
from ptplanner.storage.errors import NotFound
from ptplanner.storage.models import PatientRow
from ptplanner.storage.patient_words import (
    erase_words,
    matching_keys,
    orders_by_code_point,
    starting_with,
    write_words,
)

MIN_ID_PREFIX = 4
MOST_IDS = 500  # a longer list of ids costs more than the scan of search_key, which many matches end soon


def now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A stored time stamp with its time zone (storage writes UTC; SQLite keeps no time zone)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def local_day(moment: datetime) -> date:
    """The day a stored time stamp fell on here."""
    return as_utc(moment).astimezone().date()


def list_patients(session: Session) -> list[Patient]:
    patients = _read_patients(session, select(PatientRow))
    return sorted(patients, key=lambda p: (name_order(p.name), p.id))


def _read_patients(session: Session, query) -> list[Patient]:
    """The patients the query selects; one whose stored text is not JSON is named (the driver's decoding
    fails for the whole query, so each row is then read alone)."""
    try:
        rows = list(session.scalars(query))
    except UNREADABLE:
        for patient_id in session.scalars(query.with_only_columns(PatientRow.id)):
            require_patient(session, patient_id)
        raise
    return [_to_patient(row) for row in rows]


def unreadable_patients(session: Session, patient_ids: Sequence[str] | None = None) -> dict[str, str]:
    """Why each patient among `patient_ids` (None: every patient) whose record does not read cannot be read,
    in the words opening them gives; the others are left out."""
    query = select(*(getattr(PatientRow, name) for name in Patient.model_fields))  # rows, not ORM objects
    if patient_ids is not None:
        query = query.where(PatientRow.id.in_(patient_ids))
    found = {}
    rows: list = []
    try:
        rows = list(session.execute(query))
    except UNREADABLE:  # a document that is not JSON (SQLite keeps any text): each read alone to name it
        for patient_id in session.scalars(query.with_only_columns(PatientRow.id)):
            try:
                rows.append(require_patient(session, patient_id))
            except RecordDamaged as error:
                found[patient_id] = str(error)
    for row in rows:
        try:
            _to_patient(row)
        except RecordDamaged as error:
            found[row.id] = str(error)
    return found


def get_patient(session: Session, patient_id: str) -> Patient:
    return _to_patient(require_patient(session, patient_id))


def require_patient(session: Session, patient_id: str) -> PatientRow:
    with reading(lambda: record_of(patient_words(session, patient_id))):
        row = session.get(PatientRow, patient_id)
    if row is None:
        raise NotFound(tr_clinic("No patient with id {id} is in the database.").format(id=patient_id))
    return row


def find_patients(session: Session, text: str, limit: int | None = None) -> list[Patient]:
    """Patients whose id is `text`, whose id starts with it (4+ characters), or whose name, surgeon, therapist
    or date of birth (YYYY-MM-DD) contains it, case and accents ignored; sorted by name. With `limit`, the
    first that many in name order.

    The query reads only the index on search_key and id, in its order, and stops at `limit`."""
    matching = search_condition(session, text, limit)
    if matching is None:
        return list_patients(session)[:limit]
    query = select(PatientRow.id).where(matching).order_by(PatientRow.search_key, PatientRow.id).limit(limit)
    ids = list(session.scalars(query))
    found = _read_patients(session, select(PatientRow).where(PatientRow.id.in_(ids)))
    return sorted(found, key=lambda p: (name_order(p.name), p.id))


class PatientMatch(NamedTuple):
    """What a search-as-you-type list shows of a patient: no whole record, so a keystroke stays cheap."""

    id: str
    name: str
    date_of_birth: date
    surgeon: str
    therapist: str


_MATCH_COLUMNS = (PatientRow.id, PatientRow.name, PatientRow.date_of_birth, PatientRow.surgeon,
                  PatientRow.therapist)


def search_patients(session: Session, text: str, limit: int | None) -> list[PatientMatch]:
    """The first `limit` patients (None: all) find_patients would give, in the order of the index (by name,
    case and accents ignored), as PatientMatch rows: the index finds them, and only they are read from the
    table."""
    query = select(*_MATCH_COLUMNS)
    matching = search_condition(session, text, limit)
    if matching is not None:
        query = query.where(matching)
    query = query.order_by(PatientRow.search_key, PatientRow.id).limit(limit)
    return [PatientMatch(*row) for row in session.execute(query)]


def patient_matches(session: Session, text: str) -> list[PatientMatch]:
    """The patients `text` names where one is wanted: the patient whose id is exactly `text` alone when there
    is one (an id may begin another's or read as a name), else every match of search_patients. Read from
    the plain columns only, so a record whose stored text is damaged is named too."""
    exact = session.execute(select(*_MATCH_COLUMNS).where(PatientRow.id == text))
    return [PatientMatch(*row) for row in exact] or search_patients(session, text, None)


def search_condition(session: Session, text: str, limit: int | None = None) -> ColumnElement[bool] | None:
    """The condition for patients matching `text`; None when it is blank (everyone). With `limit`, it may
    hold only the first `limit` of them in name order (search_key, id).

    The word index (storage/patient_words.py) gives the matching patients' ids when it can; otherwise the
    exact match scans the index on search_key."""
    needle = search_needle(text)
    if not needle:
        return None
    typed = text.strip()
    keys = matching_keys(session, needle, typed, _by_id(session, typed))
    if keys is None:
        return exact_condition(needle, typed)
    ids = sorted(keys, key=lambda patient_id: (keys[patient_id], patient_id))
    if limit is not None and orders_by_code_point(session):
        ids = ids[:limit]
    if len(ids) > MOST_IDS:
        return exact_condition(needle, typed)
    return PatientRow.id.in_(ids)


def _by_id(session: Session, typed: str) -> ColumnElement[bool]:
    """exact_condition's match by id, through the primary key: ids starting with `typed` as typed, in lower
    case or in upper case (SQLite's LIKE also takes an id in mixed case; such ids are not made here)."""
    matches = [PatientRow.id == typed]
    if len(typed) >= MIN_ID_PREFIX:
        prefix = PatientRow.id.like(f"{_escaped(typed.casefold())}%", escape="/")
        if orders_by_code_point(session):
            starts = sorted({typed, typed.casefold(), typed.upper()})
            matches += [and_(*starting_with(PatientRow.id, start), prefix) for start in starts]
        else:  # a collation that sorts '-' and ':' apart from their code points: a range could miss ids
            matches.append(prefix)
    return or_(*matches)


def exact_condition(needle: str, typed: str) -> ColumnElement[bool]:
    """What a match is: search_key contains `needle`, or the id is `typed` or starts with it (4+ characters).
    """
    # Whole patterns, not SQL concatenations: SQLite would build the pattern anew for every row it scans.
    matches = [PatientRow.search_key.like(f"%{_escaped(needle)}%", escape="/"), PatientRow.id == typed]
    if len(typed) >= MIN_ID_PREFIX:
        matches.append(PatientRow.id.like(f"{_escaped(typed.casefold())}%", escape="/"))
    return or_(*matches)


def _escaped(text: str) -> str:
    """`text` matched as it is by LIKE ... ESCAPE '/'."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def search_key(patient: Patient) -> str:
    """The patient's search_key column (see PatientRow)."""
    return search_text(patient.name, patient.surgeon, patient.therapist, patient.date_of_birth.isoformat())


def save_patient(session: Session, patient: Patient) -> None:
    row = session.get(PatientRow, patient.id)
    if row is None:
        add_patient(session, patient)
        return
    old_key = row.search_key
    for name, value in _columns(patient).items():
        setattr(row, name, value)
    row.updated_at = now()
    if row.search_key != old_key:
        write_words(session, patient.id, old_key, row.search_key)


def changed_fields(session: Session, patient: Patient) -> list[str] | None:
    """The names of the fields saving `patient` would change (None: a new patient), for the audit trail."""
    row = session.get(PatientRow, patient.id)
    if row is None:
        return None
    stored = _to_patient(row)
    return [name for name in Patient.model_fields if getattr(stored, name) != getattr(patient, name)]


def add_patient(session: Session, patient: Patient) -> None:
    row = PatientRow(**_columns(patient), created_at=now(), updated_at=now())
    session.add(row)
    write_words(session, patient.id, "", row.search_key)


def erase_patient(session: Session, patient_id: str) -> None:
    """Delete the patient and their search words; the database cascades to their programs, logs and scores."""
    key = session.scalar(select(PatientRow.search_key).where(PatientRow.id == patient_id))
    if session.execute(delete(PatientRow).where(PatientRow.id == patient_id)).rowcount == 0:
        raise NotFound(tr_clinic("No patient with id {id} is in the database.").format(id=patient_id))
    erase_words(session, patient_id, key or "")


def _columns(patient: Patient) -> dict[str, object]:
    columns = patient.model_dump(mode="json")  # JSON-ready precautions and levels
    columns.update(
        date_of_birth=patient.date_of_birth, surgery_date=patient.surgery_date, search_key=search_key(patient)
    )
    columns["language"] = patient.language or ""  # '' : the clinic's language
    return columns


def _to_patient(row: PatientRow) -> Patient:
    values = {name: getattr(row, name) for name in Patient.model_fields}
    values["language"] = values["language"] or None
    try:
        return Patient.model_validate(values)
    except UNREADABLE as error:
        raise damaged(record_of(patient_named(row.name, row.id))) from error


def record_of(patient: str) -> str:
    return record_words(tr_clinic("the record of {patient}"), patient=patient)
