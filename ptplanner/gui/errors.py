"""One place where unexpected errors end up: logged, and shown to the user instead of lost."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("ptplanner")


def install_excepthook() -> None:
    """An exception in a Qt slot only prints a traceback by default; make it visible."""
    previous = sys.excepthook

    def hook(kind, value, tb):
        if QApplication.instance() is not None and _is_storage_refusal(value):
            # A damaged, read-only or unreachable database: its message says what to do; no traceback.
            log.error("Database refused: %s", value)
            QMessageBox.critical(None, "ptplanner could not use its database", str(value))
            return
        log.error("Unexpected error", exc_info=(kind, value, tb))
        if QApplication.instance() is None:
            previous(kind, value, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong", f"{kind.__name__}: {value}")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            "Your last change may not have been saved. Please check it, and tell your IT contact."
        )
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        box.exec()

    sys.excepthook = hook


def _is_storage_refusal(error: BaseException) -> bool:
    errors = sys.modules.get("ptplanner.storage.errors")  # not imported yet: it cannot be one of its errors
    return errors is not None and isinstance(error, errors.DatabaseError)
