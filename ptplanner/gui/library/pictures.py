"""The pictures the library shows for an exercise: the clinic's own photos, else its drawn poses.

Thumbnails are drawn when a row first scrolls into view and kept per exercise id, so a library
of thousands never draws pictures nobody looks at. The drawing code (core/figure) is imported with the
library, on the task runner (`import_drawing`), not with the window: start-up does not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap

from ptplanner.core.exercise import Exercise, Origin

THUMBNAIL_SIZE = QSize(64, 48)
PHOTO_LABELS = (
    QT_TRANSLATE_NOOP("ExercisePictures", "Start"),
    QT_TRANSLATE_NOOP("ExercisePictures", "End"),
)  # a clinic exercise's photos: its start and end slots

PhotoLoader = Callable[[str, str], QImage | None]  # (exercise id, "start" or "end") -> the photo


class ExercisePictures:
    def __init__(self, load_photo: PhotoLoader | None = None, device_pixel_ratio: float = 1.0) -> None:
        self._load_photo = load_photo
        self._ratio = device_pixel_ratio
        self._thumbnails: dict[str, QPixmap | None] = {}

    def set_photo_loader(self, load_photo: PhotoLoader | None) -> None:
        self._load_photo = load_photo
        self.forget()

    def forget(self, exercise_id: str | None = None) -> None:
        """Drop cached thumbnails: one exercise's (its pictures changed) or all."""
        if exercise_id is None:
            self._thumbnails.clear()
        else:
            self._thumbnails.pop(exercise_id, None)

    def thumbnail(self, exercise: Exercise) -> QPixmap | None:
        if exercise.id not in self._thumbnails:
            self._thumbnails[exercise.id] = self._draw_thumbnail(exercise)
        return self._thumbnails[exercise.id]

    def pictures(self, exercise: Exercise, size_for: Callable[[int], QSize]) -> list[tuple[str, QImage]]:
        """Labelled pictures for the detail pane, start first, each of `size_for(how many there are)`."""
        photos = self._photos(exercise)
        if photos:
            size = size_for(len(photos))
            return [(label, _fitted(image, size)) for label, image in photos]
        if exercise.pictures is None:
            return []
        from ptplanner.gui.pictures import render_pictures_pixmaps  # imported by now: import_drawing

        drawn = render_pictures_pixmaps(
            exercise.pictures, size_for(len(exercise.pictures.poses())), self._ratio
        )
        return [
            (label, pixmap.toImage()) for label, pixmap in zip(exercise.pictures.labels(), drawn, strict=True)
        ]

    def _draw_thumbnail(self, exercise: Exercise) -> QPixmap | None:
        photos = self._photos(exercise)
        if photos:
            pixmap = QPixmap.fromImage(_fitted(photos[0][1], THUMBNAIL_SIZE * self._ratio))
            pixmap.setDevicePixelRatio(self._ratio)
            return pixmap
        if exercise.pictures is None:
            return None
        from ptplanner.gui.pictures import render_pose_pixmap  # imported by now: import_drawing

        return render_pose_pixmap(exercise.pictures.start, THUMBNAIL_SIZE, self._ratio)

    def _photos(self, exercise: Exercise) -> list[tuple[str, QImage]]:
        if self._load_photo is None or exercise.origin is not Origin.CLINIC:
            return []
        found = [
            (QCoreApplication.translate("ExercisePictures", label), self._load_photo(exercise.id, label.lower()))
            for label in PHOTO_LABELS
        ]
        return [(label, image) for label, image in found if image is not None and not image.isNull()]


def import_drawing() -> None:
    """On a worker thread, before the library is shown: the drawing code its thumbnails need (imported
    on the GUI thread, it stopped the window for tens of milliseconds)."""
    import ptplanner.gui.pictures  # noqa: F401


def _fitted(image: QImage, size: QSize) -> QImage:
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
