"""The clinic's own photos of its exercises (start and end position)."""

from __future__ import annotations

from sqlalchemy import delete

from ptplanner.storage.database import Database
from ptplanner.storage.errors import NotFound
from ptplanner.storage.models import ClinicExerciseRow, ExercisePhotoRow
from ptplanner.storage.patients import now

PHOTO_KINDS = ("start", "end")
PHOTO_TYPES = ("image/png", "image/jpeg")
MAX_PHOTO_BYTES = 10 * 1024 * 1024


def save_photo(db: Database, exercise_id: str, which: str, data: bytes, mime: str) -> None:
    """Store (or replace) one photo. The caller checks the image itself; this checks the envelope."""
    if which not in PHOTO_KINDS:
        raise ValueError(f"A photo is of the start or the end position, not '{which}'.")
    if mime not in PHOTO_TYPES:
        raise ValueError("Photos must be PNG or JPEG images.")
    if not data or len(data) > MAX_PHOTO_BYTES:
        raise ValueError(f"A photo must be between 1 byte and {MAX_PHOTO_BYTES // 2**20} MB.")
    with db.session() as session:
        if session.get(ClinicExerciseRow, exercise_id) is None:
            raise NotFound(f"There is no clinic exercise '{exercise_id}' to attach a photo to.")
        session.merge(ExercisePhotoRow(exercise_id=exercise_id, which=which, mime=mime, data=data, created_at=now()))


def load_photo(db: Database, exercise_id: str, which: str) -> tuple[bytes, str] | None:
    with db.session() as session:
        row = session.get(ExercisePhotoRow, (exercise_id, which))
        return None if row is None else (row.data, row.mime)


def delete_photos(db: Database, exercise_id: str) -> None:
    with db.session() as session:
        session.execute(delete(ExercisePhotoRow).where(ExercisePhotoRow.exercise_id == exercise_id))
