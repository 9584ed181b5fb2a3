"""A command's shortcut pressed while the command is off says why in the status bar, instead of nothing.

A disabled QAction takes no keys, so the press goes on to the main window's keyPressEvent; `explain`
matches it there against the disabled commands' shortcuts. The command stays off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from ptplanner.gui.role_actions import role_refusal

if TYPE_CHECKING:
    from ptplanner.gui.main_window import MainWindow

SHOWN_MS = 6000
CONTEXT = "DisabledKeys"
NOT_OPEN = QT_TRANSLATE_NOOP("DisabledKeys", "The clinic's data is not open yet.")
# Why a command that works on the open patient is off while none is open.
NO_PATIENT = {
    "edit_patient": QT_TRANSLATE_NOOP("DisabledKeys", "Open a patient first to edit their details."),
    "save": QT_TRANSLATE_NOOP("DisabledKeys", "Open a patient first: there is no program to save."),
    "print": QT_TRANSLATE_NOOP("DisabledKeys", "Open a patient first to print a handout."),
    "record_log": QT_TRANSLATE_NOOP("DisabledKeys", "Open a patient first to record their log sheet."),
    "record_today": QT_TRANSLATE_NOOP("DisabledKeys", "Open a patient first to record today's session."),
    "add_outcome": QT_TRANSLATE_NOOP("DisabledKeys", "Open a patient first to add an outcome score."),
    "progress_report": QT_TRANSLATE_NOOP("DisabledKeys", "Open a patient first to save a progress report."),
}
# Why it is off with a patient open (the log's commands ask the progress controller).
WITH_PATIENT = {
    "save": QT_TRANSLATE_NOOP("DisabledKeys", "There are no changes to save."),
    "print": QT_TRANSLATE_NOOP("DisabledKeys", "Add a stage to the program first to print a handout."),
    "progress_report": QT_TRANSLATE_NOOP("DisabledKeys", "Save the program first to make a progress report."),
    "undo": QT_TRANSLATE_NOOP("DisabledKeys", "There is nothing to undo."),
    "redo": QT_TRANSLATE_NOOP("DisabledKeys", "There is nothing to redo."),
}
LOG_COMMANDS = ("record_log", "record_today")


def explain(window: MainWindow, event: QKeyEvent) -> bool:
    """Say in the status bar why the command on the keys of `event` is off. False: no disabled command
    has those keys (the key is someone else's)."""
    pressed = QKeySequence(event.keyCombination())
    for name, action in vars(window.actions).items():
        if isinstance(action, QAction) and not action.isEnabled() and pressed in action.shortcuts():
            window.statusBar().showMessage(why_off(window, name, action), SHOWN_MS)
            return True
    return False


def why_off(window: MainWindow, name: str, action: QAction) -> str:
    refusal = role_refusal(action)
    if refusal:
        return refusal
    if window.document is None:
        return _tr(NOT_OPEN)
    if window.document.patient is None and name in NO_PATIENT:
        return _tr(NO_PATIENT[name])
    if name in LOG_COMMANDS:
        return window.progress_controller.unavailable_reason() or action.toolTip()
    return _tr(WITH_PATIENT.get(name, NOT_OPEN))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
