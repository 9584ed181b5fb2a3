"""The pictures the library shows for an exercise: the clinic's own photos, else its drawn poses.

Thumbnails are drawn when a row first scrolls into view and kept per exercise id, so a library
of thousands never draws pictures nobody looks at. The drawing code (core/figure) is imported with the
library, on the task runner (`first_thumbnails`), not with the window: start-up does not wait for it.
The first screen's thumbnails are drawn there too, so the library's first paint on the GUI thread only
copies them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap

from ptplanner.core.exercise import Exercise, Origin

if TYPE_CHECKING:
    from ptplanner.core.pose import Pose

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
        self._drawn: dict[str, QImage] = {}  # drawn on a worker, made pixmaps when first shown

    def add_drawn(self, images: dict[str, QImage]) -> None:
        """Thumbnails drawn on a worker (first_thumbnails), by exercise id."""
        self._drawn.update(images)

    def set_photo_loader(self, load_photo: PhotoLoader | None) -> None:
        self._load_photo = load_photo
        self.forget()

    def forget(self, exercise_id: str | None = None, keep_drawn: bool = False) -> None:
        """Drop cached thumbnails: one exercise's (its pictures changed) or all; `keep_drawn`: the
        drawings made on a worker stay (only which photos are stored changed, not the exercises)."""
        if exercise_id is None:
            self._thumbnails.clear()
            if not keep_drawn:
                self._drawn.clear()
        else:
            self._thumbnails.pop(exercise_id, None)
            self._drawn.pop(exercise_id, None)

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
        from ptplanner.gui.pictures import render_pictures_pixmaps  # imported by now: first_thumbnails

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
        drawn = self._drawn.get(exercise.id)
        if drawn is not None:
            return QPixmap.fromImage(drawn)
        from ptplanner.gui.pictures import render_pose_pixmap  # imported by now: first_thumbnails

        return render_pose_pixmap(exercise.pictures.start, THUMBNAIL_SIZE, self._ratio)

    def _photos(self, exercise: Exercise) -> list[tuple[str, QImage]]:
        if self._load_photo is None or exercise.origin is not Origin.CLINIC:
            return []
        found = [
            (QCoreApplication.translate("ExercisePictures", label), self._load_photo(exercise.id, label.lower()))
            for label in PHOTO_LABELS
        ]
        return [(label, image) for label, image in found if image is not None and not image.isNull()]


def first_thumbnails(exercises: Iterable[Exercise], count: int, ratio: float) -> dict[str, QImage]:
    """On a worker: the drawn thumbnails of the first `count` exercises (in the order shown: the first
    screen), as images at device pixel `ratio`. A clinic exercise's photos, if it has any, come first."""
    from ptplanner.core.figure import draw_pose
    from ptplanner.gui.pictures import render_drawing_image

    shown = islice((e for e in exercises if not e.archived), count)
    drawn: dict[Pose, QImage] = {}  # each pose once: a clinic's exercises are often copies of the same one
    images = {}
    for e in shown:
        if e.pictures is not None:
            pose = e.pictures.start
            if pose not in drawn:
                drawn[pose] = render_drawing_image(draw_pose(pose), THUMBNAIL_SIZE, ratio)
            images[e.id] = drawn[pose]
    return images


def _fitted(image: QImage, size: QSize) -> QImage:
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
