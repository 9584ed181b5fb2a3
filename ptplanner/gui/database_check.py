"""The status bar's note while a big database opened after a crash is checked page by page
(storage/write_gate.py). Saving waits for that check, and a first save that takes seconds, or a minute
for a clinic of many gigabytes read from disk, would otherwise look like a hang."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from ptplanner.gui.main_window import MainWindow

CHECKING = QT_TRANSLATE_NOOP(
    "DatabaseCheck", "Checking the database, as ptplanner was not closed properly. Saving waits for it."
)
LOOK_EVERY_MS = 500


class DatabaseCheckNote(QLabel):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("DatabaseCheck", CHECKING), objectName="databaseCheck")
        self._window = window
        window.statusBar().addPermanentWidget(self)
        self._timer = QTimer(self, interval=LOOK_EVERY_MS, timeout=self._look)
        self._timer.start()

    @classmethod
    def shown_while_checking(cls, window: MainWindow) -> DatabaseCheckNote | None:
        """The note, when the check is running; it goes away by itself once the check is over."""
        return cls(window) if window.clinic is not None and window.clinic.database_check_running() else None

    def _look(self) -> None:
        clinic = self._window.clinic
        if clinic is None or not clinic.database_check_running():
            self._timer.stop()
            self._window.statusBar().removeWidget(self)
            self.deleteLater()
