"""Where the clinic's exercise photos are kept: the database, through ptplanner.storage.photos.

The shelf remembers which exercises have photos (one query), so drawing the thumbnails of a
long list never asks the database about each exercise that has none.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

from ptplanner.gui.library.photos import Photo
from ptplanner.storage import photos as stored_photos
from ptplanner.storage.database import Database
from ptplanner.storage.photos import PHOTO_KINDS


class PhotoShelf:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._stored: set[tuple[str, str]] = set()
        self.refresh()

    def refresh(self) -> None:
        """Look again at which photos are stored (another workstation may have added some)."""
        self._stored = stored_photos.stored_photo_kinds(self._database)

    def photos(self, exercise_id: str) -> dict[str, Photo | None]:
        return {which: self.photo(exercise_id, which) for which in PHOTO_KINDS}

    def photo(self, exercise_id: str, which: str) -> Photo | None:
        if (exercise_id, which) not in self._stored:
            return None
        found = stored_photos.load_photo(self._database, exercise_id, which)
        return None if found is None else Photo(*found)

    def image(self, exercise_id: str, which: str) -> QImage | None:
        photo = self.photo(exercise_id, which)
        return None if photo is None else photo.image()


def stored_form(photos: dict[str, Photo | None]) -> dict[str, tuple[bytes, str] | None]:
    """The photos as storage takes them: (data, type) for each slot, None for an empty one."""
    return {which: None if p is None else (p.data, p.mime) for which, p in photos.items()}
