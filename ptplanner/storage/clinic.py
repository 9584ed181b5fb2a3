"""The clinic's own exercises and the app's settings."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

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
    shared: dict[Pictures, Pictures] = {}
    documents = session.scalars(query)
    exercises = [_sharing_pictures(Exercise.model_validate(document), shared) for document in documents]
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


def _sharing_pictures(exercise: Exercise, shared: dict[Pictures, Pictures]) -> Exercise:
    """Clinic exercises are mostly copies of bundled ones: identical (frozen) pictures are kept once,
    so a large clinic library takes far less memory (4,933 exercises, 66 distinct pictures: -35 MB)."""
    if exercise.pictures is None:
        return exercise
    pictures = shared.setdefault(exercise.pictures, exercise.pictures)
    return exercise if pictures is exercise.pictures else exercise.model_copy(update={"pictures": pictures})


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
