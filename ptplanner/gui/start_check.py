"""A start-up self-check for installers, smoke tests and benchmarks (`PTPLANNER_START_CHECK=1`).

The app starts as usual, prints `painted` on standard output once its window has been painted and
`ready` once the clinic's data is attached, then closes its window once the patient list and library
have arrived. A message box shown meanwhile (a database that cannot be opened, a warning about the
data folder) is written to standard error and answered instead of waiting for a click; a clinic that
cannot be opened ends the app with status 1, as it always does. A bundle can thus be checked, and its start
timed, from outside the process, the same way as a pip install.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

ENV = "PTPLANNER_START_CHECK"


def wanted() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


class StartCheck(QObject):
    """Watches the main window: its first paint, then the clinic being attached (polled: no hook in it)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._painted = self._ready = False
        window.installEventFilter(self)
        self._poll = QTimer(self, interval=20, timeout=self._check_ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._say_painted)  # once the paint is done and the loop answers
        return False

    def _say_painted(self) -> None:
        print("painted", flush=True)
        self._poll.start()

    def _check_ready(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):  # said on stderr and answered, so the start goes on as it would
            print(f"{dialog.windowTitle()}: {dialog.text()}", file=sys.stderr, flush=True)
            dialog.done(0)
            return
        if getattr(self._window, "clinic", None) is None:
            return
        if not self._ready:
            self._ready = True
            print("ready", flush=True)
        if not self._window.runner.is_busy():  # the patient list and library have arrived: close as a user would
            self._poll.stop()
            self._window.close()
