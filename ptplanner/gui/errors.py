"""One place where unexpected errors end up: logged, and shown to the user instead of lost.

Neither the log nor the dialog repeats an error's message (it could quote a patient's details or a
row of the database): they give the kinds of error and the lines of code, which is what a bug report needs.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ptplanner.error_text import scrubbed_traceback, summary, where

log = logging.getLogger("ptplanner")


def install_excepthook() -> None:
    """An exception in a Qt slot only prints a traceback by default; make it visible."""
    def hook(kind, value, tb):
        if value is None:
            value = kind()
        if value.__traceback__ is None:
            value = value.with_traceback(tb)
        if QApplication.instance() is not None and _is_refusal(value, "NotAllowed"):
            # The signed-in role may not do this: the app layer's one line says so; nothing was changed.
            log.warning("Refused for the signed-in role: %s", type(value).__name__)
            title = QCoreApplication.translate("Errors", "Not allowed for this account")
            QMessageBox.warning(None, title, str(value))
            return
        if QApplication.instance() is not None and _is_refusal(value, "DatabaseError"):
            # A damaged, read-only or unreachable database: its message says what to do; no traceback.
            log.error("Database refused: %s", type(value).__name__)
            title = QCoreApplication.translate("Errors", "ptplanner could not use its database")
            QMessageBox.critical(None, title, str(value))
            return
        details = scrubbed_traceback(value)
        log.error("Unexpected error\n%s", details)
        if QApplication.instance() is None:
            print(details, file=sys.stderr)
            return
        title = QCoreApplication.translate("Errors", "Something went wrong")
        text = QCoreApplication.translate("Errors", "{error} (in {place})").format(
            error=summary(value), place=where(tb)
        )
        box = QMessageBox(QMessageBox.Icon.Critical, title, text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            QCoreApplication.translate(
                "Errors",
                "Your last change may not have been saved. Please check it, and tell your IT contact.",
            )
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def _is_refusal(error: BaseException, kind: str) -> bool:
    errors = sys.modules.get("ptplanner.app.errors")  # not imported yet: it cannot be one of its errors
    return errors is not None and isinstance(error, getattr(errors, kind))
