"""Where the clinic's exercise photos are kept: the database, read through the clinic's operations.

The shelf remembers which exercises have photos (one query), so drawing the thumbnails of a
long list never asks the database about each exercise that has none.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QImage

from ptplanner.app.clinic import PHOTO_KINDS, Clinic
from ptplanner.gui.library.photos import Photo
from ptplanner.gui.tasks import TaskRunner


class PhotoShelf:
    """Reads on a worker thread: which photos are stored (one query), and each photo when first shown.
    `changed(exercise_id)` is called when a photo has arrived (or, with None, the list was read anew)."""

    def __init__(self, clinic: Clinic, runner: TaskRunner, changed: Callable[[str | None], None]) -> None:
        self._clinic, self._runner, self._changed = clinic, runner, changed
        self._stored: set[tuple[str, str]] = set()
        self._loaded: dict[tuple[str, str], Photo | None] = {}
        self._pending: set[tuple[str, str]] = set()
        self.refresh()

    def refresh(self) -> None:
        """Look again at which photos are stored (another workstation may have added some); a failed look
        keeps what was known (the photos are then missing until the next look)."""
        self._runner.read(self._clinic.photo_kinds, self._set_stored, _ignored)

    def _set_stored(self, stored: set[tuple[str, str]]) -> None:
        self._stored, self._loaded = stored, {}
        self._changed(None)

    def with_photos(
        self,
        exercise_id: str,
        then: Callable[[dict[str, Photo | None]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Read the exercise's photos (both slots), then call `then` with them on the GUI thread, or
        `failed` with why they could not be read."""
        clinic, stored = self._clinic, set(self._stored)

        def read() -> dict[str, Photo | None]:
            photos: dict[str, Photo | None] = dict.fromkeys(PHOTO_KINDS)
            for which in PHOTO_KINDS:
                if (exercise_id, which) in stored:
                    found = clinic.photo(exercise_id, which)
                    photos[which] = None if found is None else Photo(*found)
            return photos

        self._runner.read(read, then, failed)

    def image(self, exercise_id: str, which: str) -> QImage | None:
        """The photo if it has arrived; else None for now, and `changed` once it has."""
        key = (exercise_id, which)
        if key not in self._stored:
            return None
        if key in self._loaded:
            photo = self._loaded[key]
            return None if photo is None else photo.image()
        if key not in self._pending:
            self._pending.add(key)
            clinic = self._clinic
            self._runner.read(
                lambda: clinic.photo(*key),
                lambda found: self._arrived(key, found),
                lambda _error: self._pending.discard(key),
            )
        return None

    def _arrived(self, key: tuple[str, str], found: tuple[bytes, str] | None) -> None:
        self._pending.discard(key)
        self._loaded[key] = None if found is None else Photo(*found)
        self._changed(key[0])


def _ignored(error: BaseException) -> None:
    pass


def stored_form(photos: dict[str, Photo | None]) -> dict[str, tuple[bytes, str] | None]:
    """The photos as storage takes them: (data, type) for each slot, None for an empty one."""
    return {which: None if p is None else (p.data, p.mime) for which, p in photos.items()}
