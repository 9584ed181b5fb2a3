"""The clinic's own exercises and the app's settings."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from sqlalchemy import ColumnElement, Text, cast, false, func, select, type_coerce
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.pose import Pictures
from ptplanner.storage.errors import DatabaseDamaged, DatabaseError
from ptplanner.storage.models import ClinicExerciseRow, SettingRow
from ptplanner.core.names import name_order
from ptplanner.storage.patients import now
from ptplanner.storage.upsert import upsert

MAX_SETTING_KEY = 200
IDS_PER_QUERY = 500  # well under the number of parameters SQLite accepts in one statement


def clinic_exercises(session: Session, include_archived: bool = False) -> list[Exercise]:
    # Each document in two texts, its pictures and the rest, split by the database: the pictures repeat
    # (below), so the few distinct ones are parsed and validated once, known by their text.
    pictures_text, rest_text = _pictures_apart(session)
    query = select(ClinicExerciseRow.id, pictures_text, rest_text)
    if not include_archived:
        query = query.where(ClinicExerciseRow.archived == false())
    try:
        rows = session.execute(query).all()
    except DatabaseError:
        _refuse_unreadable_document(session)  # names the exercise whose stored text is not JSON
        raise
    pictures = _PicturesOnce()
    exercises = []
    for exercise_id, found, rest in rows:
        try:
            exercises.append(pictures.exercise(found, rest))
        except ValueError:  # refused with the very words the stored document as a whole gets
            stored = session.scalar(select(ClinicExerciseRow.document).where(ClinicExerciseRow.id == exercise_id))
            exercises.append(Exercise.model_validate(stored))
    return sorted(exercises, key=lambda e: (name_order(e.name), e.id))


def _refuse_unreadable_document(session: Session) -> None:
    """After the database could not split the documents: the first whose stored text is not JSON at all
    (edited by hand, or damaged) is named. Returns when every document reads as JSON, and on PostgreSQL,
    whose JSON columns hold nothing else."""
    if session.get_bind().dialect.name != "sqlite":
        return
    query = select(ClinicExerciseRow.id, type_coerce(ClinicExerciseRow.document, Text))
    try:
        with session.get_bind().connect() as connection:  # the session's own transaction has failed
            rows = connection.execute(query).all()
    except DatabaseError:
        return  # not one document's fault (a damaged file, a lost server): the first error is said
    for exercise_id, text in rows:
        try:
            json.loads(text)
        except (TypeError, ValueError):
            raise DatabaseDamaged(
                f"The clinic exercise {exercise_id} cannot be read: its stored text is damaged. Restore the "
                "latest good backup."
            ) from None


def _pictures_apart(session: Session) -> tuple[ColumnElement, ColumnElement]:
    """The document's pictures as JSON text (NULL or "null" without them) and the document without them, as
    text."""
    document = ClinicExerciseRow.document
    if session.get_bind().dialect.name == "postgresql":  # the pictures' text as stored; the rest reordered
        return cast(document.op("->")("pictures"), Text), cast(cast(document, JSONB).op("-")("pictures"), Text)
    # json_quote: a string or a number stays one ("\"{...}\"" is not pictures), an object stays as it is
    return func.json_quote(func.json_extract(document, "$.pictures")), func.json_remove(document, "$.pictures")


def clinic_exercises_with_ids(session: Session, ids: Iterable[str]) -> dict[str, Exercise]:
    """The clinic's exercises (archived too) among `ids`, by id: a program's few, not the whole library."""
    wanted = sorted(set(ids))
    found = {}
    for start in range(0, len(wanted), IDS_PER_QUERY):
        chunk = wanted[start : start + IDS_PER_QUERY]
        query = select(ClinicExerciseRow.document).where(ClinicExerciseRow.id.in_(chunk))
        for document in session.scalars(query):
            exercise = Exercise.model_validate(document)
            found[exercise.id] = exercise
    return found


class _PicturesOnce:
    """Clinic exercises are mostly copies of bundled ones, so their pictures repeat (the big benchmark
    clinic: 5,000 exercises, 121 distinct pictures). Each distinct pictures document is parsed and validated
    once, known by its text, and the exercise is validated with that (frozen) Pictures in its place: pydantic
    takes a model instance as it is (only its own after-validator runs again), and no validator of Exercise
    looks inside the pictures. The clinic's library read took half the time (the documents' JSON was parsed
    whole, and the pictures written back to JSON to know them). Equal pictures are kept as one object
    whatever their text (-35 MB of memory). Anything unexpected raises ValueError: the caller then validates
    the stored document whole."""

    def __init__(self) -> None:
        self._by_text: dict[str, Pictures] = {}
        self._by_value: dict[Pictures, Pictures] = {}

    def exercise(self, pictures_text: str | None, rest_text: str) -> Exercise:
        rest = json.loads(rest_text)
        if not isinstance(rest, dict) or not isinstance(pictures_text, str | None):
            raise ValueError("not an exercise document")
        if pictures_text is None or pictures_text == "null":
            return Exercise.model_validate(rest)  # as the document with no pictures, or null ones
        pictures = self._by_text.get(pictures_text)
        if pictures is None:
            made = Pictures.model_validate(json.loads(pictures_text))
            pictures = self._by_text[pictures_text] = self._by_value.setdefault(made, made)
        return Exercise.model_validate({**rest, "pictures": pictures})


def save_clinic_exercise(session: Session, exercise: Exercise) -> None:
    if exercise.origin is not Origin.CLINIC:
        origin = exercise.origin.value
        raise ValueError(
            f"Only the clinic's own exercises are stored; '{exercise.id}' is a {origin} exercise."
        )
    upsert(
        session,
        ClinicExerciseRow,
        id=exercise.id,
        document=exercise.model_dump(mode="json"),
        archived=exercise.archived,
        updated_at=now(),
    )


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store a JSON value (tuples come back as lists)."""
    if not key or len(key) > MAX_SETTING_KEY:
        raise ValueError(f"A setting name must be 1 to {MAX_SETTING_KEY} characters long.")
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValueError(f"The setting '{key}' cannot be stored: {error}.") from error
    upsert(session, SettingRow, key=key, value=value)
