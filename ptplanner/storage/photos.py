"""The clinic's own photos of its exercises (start and end position)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ptplanner.storage.database import Database
from ptplanner.storage.errors import NotFound
from ptplanner.storage.models import ClinicExerciseRow, ExercisePhotoRow
from ptplanner.storage.patients import now
from ptplanner.storage.upsert import upsert

PHOTO_KINDS = ("start", "end")
PHOTO_TYPES = ("image/png", "image/jpeg")
MAX_PHOTO_BYTES = 10 * 1024 * 1024


def save_photo(db: Database, exercise_id: str, which: str, data: bytes, mime: str) -> None:
    """Store (or replace) one photo. The caller checks the image itself; this checks the envelope."""
    replace_photos(db, exercise_id, {which: (data, mime)}, keep_others=True)


def replace_photos(
    db: Database, exercise_id: str, photos: dict[str, tuple[bytes, str] | None], keep_others: bool = False
) -> None:
    """Set an exercise's photos in one transaction: a kind mapped to None (or, unless
    `keep_others`, left out) ends up with no photo."""
    check_photos(photos)
    with db.session() as session:
        write_photos(session, exercise_id, photos, keep_others)


def check_photos(photos: dict[str, tuple[bytes, str] | None]) -> None:
    """Raises ValueError for a photo of an unknown kind, type or size, before anything is written."""
    for which, photo in photos.items():
        _check(which, photo)


def write_photos(
    session: Session, exercise_id: str, photos: dict[str, tuple[bytes, str] | None], keep_others: bool = False
) -> None:
    """`replace_photos` inside the caller's transaction (checked photos: see check_photos)."""
    if session.get(ClinicExerciseRow, exercise_id) is None:
        raise NotFound(f"There is no clinic exercise '{exercise_id}' to attach a photo to.")
    for which in PHOTO_KINDS:
        photo = photos.get(which)
        if photo is None and (which in photos or not keep_others):
            session.execute(
                delete(ExercisePhotoRow).where(
                    ExercisePhotoRow.exercise_id == exercise_id, ExercisePhotoRow.which == which
                )
            )
        elif photo is not None:
            data, mime = photo
            upsert(
                session, ExercisePhotoRow, exercise_id=exercise_id, which=which, mime=mime, data=data,
                created_at=now(),
            )


def stored_photo_kinds(db: Database) -> set[tuple[str, str]]:
    """Every (exercise id, kind) that has a photo, in one query."""
    with db.session() as session:
        rows = session.execute(select(ExercisePhotoRow.exercise_id, ExercisePhotoRow.which))
        return {(exercise_id, which) for exercise_id, which in rows}


def _check(which: str, photo: tuple[bytes, str] | None) -> None:
    if which not in PHOTO_KINDS:
        raise ValueError(f"A photo is of the start or the end position, not '{which}'.")
    if photo is None:
        return
    data, mime = photo
    if mime not in PHOTO_TYPES:
        raise ValueError("Photos must be PNG or JPEG images.")
    if not data or len(data) > MAX_PHOTO_BYTES:
        raise ValueError(f"A photo must be between 1 byte and {MAX_PHOTO_BYTES // 2**20} MB.")


def load_photo(db: Database, exercise_id: str, which: str) -> tuple[bytes, str] | None:
    with db.session() as session:
        row = session.get(ExercisePhotoRow, (exercise_id, which))
        return None if row is None else (row.data, row.mime)


def delete_photos(db: Database, exercise_id: str) -> None:
    with db.session() as session:
        session.execute(delete(ExercisePhotoRow).where(ExercisePhotoRow.exercise_id == exercise_id))
