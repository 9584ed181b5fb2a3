"""Closing the clinic once the window is gone. Closing a data folder backs its database up when something
was saved (storage/auto_backup.py): a whole copy, seconds for a big clinic (6 s for 1.4 GB). Run after
the window closed, the app lingered unseen meanwhile, holding the data folder, and a backup that failed
(a full disk) was said nowhere. Now a small window says what is going on while it runs, and a failure is
said once it is over."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog

if TYPE_CHECKING:
    from ptplanner.app.clinic import Clinic

SHOWN_AFTER_SECONDS = 0.5  # a small clinic's backup is over by then: nothing shows
SHOWN_AT_LEAST_MS = 600  # once shown, long enough to be read as a window rather than a flash
LOOK_EVERY_MS = 50
APP_NAME = "ptplanner"  # a name, not translated

CLOSING_WORDS = QT_TRANSLATE_NOOP(
    "Closing",
    "Making the automatic backup of the clinic's data before ptplanner closes. Please wait, and do not "
    "turn the computer off yet.",
)
FAILED_TITLE = QT_TRANSLATE_NOOP("Closing", "The backup on closing did not work")


def close_clinic(clinic: Clinic) -> None:
    """Close `clinic` (backed up first when something was saved), on a thread while a window says so if it
    takes a while; then any warning of that backup in a message box. An error closing it is raised here."""
    outcome: dict[str, object] = {}

    def close() -> None:
        try:
            outcome["warnings"] = clinic.close()
        except BaseException as error:  # noqa: BLE001 - raised again on the GUI thread, below
            outcome["error"] = error

    worker = threading.Thread(target=close, name="ptplanner-closing")
    worker.start()
    worker.join(SHOWN_AFTER_SECONDS)
    if worker.is_alive():
        _wait_showing_progress(worker)
    worker.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    warnings = outcome.get("warnings") or []
    if warnings:
        title = QCoreApplication.translate("Closing", FAILED_TITLE)
        QMessageBox.warning(None, title, "\n\n".join(warnings))  # type: ignore[arg-type]


def _wait_showing_progress(worker: threading.Thread) -> None:
    dialog = QProgressDialog(objectName="closingProgress")
    dialog.setWindowTitle(APP_NAME)
    label = QLabel(QCoreApplication.translate("Closing", CLOSING_WORDS), wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setLabel(label)
    dialog.setCancelButton(None)  # a backup half made is no backup: it runs to its end
    dialog.setRange(0, 0)  # busy: how long a copy takes is not known ahead
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setFixedWidth(440)
    dialog.show()
    loop, shown = QEventLoop(), QElapsedTimer()
    shown.start()

    def look() -> None:
        if not worker.is_alive() and shown.elapsed() >= SHOWN_AT_LEAST_MS:
            loop.quit()

    timer = QTimer(interval=LOOK_EVERY_MS)
    timer.timeout.connect(look)
    timer.start()
    loop.exec()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
