"""The clinic's own exercise photos: checked as real PNG or JPEG pictures, scaled, and re-encoded.

Re-encoding also drops the file's metadata (camera, time, often the place it was taken), which
has no business in a clinic's database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ptplanner.core.files import UnreadableFile, read_capped

MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 60_000_000  # refuse before decoding: a small file can claim a gigantic picture
MAX_SIDE = 1200  # longest side as stored: sharp on screen and on paper, small in the database
JPEG_QUALITY = 88
FILE_FILTER = QT_TRANSLATE_NOOP("Photos", "Photos (*.png *.jpg *.jpeg)")
_MIME_TYPES = {"png": "image/png", "jpeg": "image/jpeg"}


class PhotoError(ValueError):
    """A photo that cannot be used; str() says why, for the user."""


@dataclass(frozen=True)
class Photo:
    data: bytes
    mime: str

    def image(self) -> QImage:
        return QImage.fromData(self.data)


def read_photo(path: Path) -> Photo:
    """The photo at `path`, ready to store; PhotoError when it is not a usable PNG or JPEG."""
    try:
        data = read_capped(path, MAX_PHOTO_BYTES)
    except UnreadableFile as error:
        if str(error).startswith("larger than"):
            too_big = QCoreApplication.translate(
                "Photos", "“{name}” is larger than {size} MB, the most a photo can be."
            )
            raise PhotoError(too_big.format(name=path.name, size=MAX_PHOTO_BYTES // 2**20)) from None
        raise PhotoError(
            QCoreApplication.translate("Photos", "“{name}”: {error}.").format(name=path.name, error=error)
        ) from None
    return photo_from_bytes(data, path.name)


def photo_from_bytes(data: bytes, name: str) -> Photo:
    if not data:
        raise PhotoError(QCoreApplication.translate("Photos", "“{name}” is empty.").format(name=name))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # phones store portrait photos sideways plus a rotation flag
    kind = bytes(reader.format().data()).decode()
    if kind not in _MIME_TYPES:
        not_picture = QCoreApplication.translate("Photos", "“{name}” is not a PNG or JPEG picture.")
        raise PhotoError(not_picture.format(name=name))
    claimed = reader.size()
    if claimed.width() * claimed.height() > MAX_PIXELS:
        raise PhotoError(
            QCoreApplication.translate(
                "Photos", "“{name}” is {width} × {height} pixels, too large to open."
            ).format(name=name, width=claimed.width(), height=claimed.height())
        )
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            QCoreApplication.translate(
                "Photos", "“{name}” looks like a {kind} picture but cannot be read: {why}."
            ).format(name=name, kind=kind.upper(), why=reader.errorString())
        )
    return _encoded(_scaled(image), kind)


def _scaled(image: QImage) -> QImage:
    if max(image.width(), image.height()) <= MAX_SIDE:
        return image
    return image.scaled(
        QSize(MAX_SIDE, MAX_SIDE),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _encoded(image: QImage, kind: str) -> Photo:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    quality = JPEG_QUALITY if kind == "jpeg" else -1
    if not image.save(buffer, kind.upper(), quality):
        raise PhotoError(QCoreApplication.translate("Photos", "The photo could not be prepared for storing."))
    return Photo(bytes(buffer.data().data()), _MIME_TYPES[kind])
