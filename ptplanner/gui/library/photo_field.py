"""One photo slot (start or end) in the exercise dialog: preview, choose a file, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ptplanner.gui.library.fields import ErrorLabel
from ptplanner.gui.library.photos import FILE_FILTER, MAX_PHOTO_BYTES, Photo, PhotoError, read_photo

PREVIEW_SIZE = QSize(160, 120)


class PhotoField(QWidget):
    changed = Signal()

    def __init__(self, label: str, parent=None) -> None:
        super().__init__(parent)
        self._label = label
        self._photo: Photo | None = None
        self._changed = False
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose {slot} photo…").format(slot=label.lower()))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.error = ErrorLabel()

        buttons = QVBoxLayout()
        buttons.addWidget(QLabel("<b>" + label + "</b>"))
        buttons.addWidget(self.choose_button, alignment=Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.remove_button, alignment=Qt.AlignmentFlag.AlignLeft)
        buttons.addStretch()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._show()

    def photo(self) -> Photo | None:
        return self._photo

    def is_changed(self) -> bool:
        return self._changed

    def set_photo(self, photo: Photo | None, changed: bool = False) -> None:
        self._photo = photo
        self._changed = changed
        self.error.show_message("")
        self._show()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the {slot} photo").format(slot=self._label.lower()),
            "",
            QCoreApplication.translate("Photos", FILE_FILTER),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Use the photo at `path`; when it is unusable, say why beside the field and keep the old one."""
        try:
            photo = read_photo(path)
        except PhotoError as error:
            self.error.show_message(
                self.tr("{error} Choose a PNG or JPEG photo up to {size} MB.").format(
                    error=error, size=MAX_PHOTO_BYTES // 2**20
                )
            )
            return False
        self.set_photo(photo, changed=True)
        self.changed.emit()
        return True

    def remove(self) -> None:
        self.set_photo(None, changed=True)
        self.changed.emit()

    def _show(self) -> None:
        if self._photo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))
        else:
            image = self._photo.image().scaled(
                PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self.preview.setPixmap(QPixmap.fromImage(image))
        self.remove_button.setEnabled(self._photo is not None)
