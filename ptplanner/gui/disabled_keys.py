"""A command's shortcut pressed while the command is off says why in the status bar, instead of nothing.

A disabled QAction takes no keys, so the press goes on to the main window's keyPressEvent; `explain`
matches it there against the disabled commands' shortcuts. The command stays off. The same for the program
editor's buttons that have keys (▲ ▼ and the library updates), off or hidden while the program is shown.
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
NOT_NOW = QT_TRANSLATE_NOOP("DisabledKeys", "This command cannot be used right now.")  # no reason known
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
# Why a program editor's button with keys is off (▲ ▼ with no exercise chosen) or hidden (the updates).
CHOOSE_TO_MOVE = QT_TRANSLATE_NOOP("DisabledKeys", "Choose an exercise in the program first to move it.")
ALREADY_FIRST = QT_TRANSLATE_NOOP("DisabledKeys", "This exercise is already the first of its stage.")
ALREADY_LAST = QT_TRANSLATE_NOOP("DisabledKeys", "This exercise is already the last of its stage.")
NOTHING_NEWER = QT_TRANSLATE_NOOP("DisabledKeys", "No exercise in the program is newer in the library.")
CHOOSE_NEWER = QT_TRANSLATE_NOOP(
    "DisabledKeys", "Choose an exercise shown in italics first to update it from the library."
)


def explain(window: MainWindow, event: QKeyEvent) -> bool:
    """Say in the status bar why the command (or program editor's button) on the keys of `event` is off.
    False: nothing off has those keys (the key is someone else's)."""
    pressed = QKeySequence(event.keyCombination())
    why = _command_off(window, pressed)
    if why is None:
        why = _editor_button_off(window, pressed)
    if why is None:
        return False
    window.statusBar().showMessage(why, SHOWN_MS)
    return True


def _command_off(window: MainWindow, pressed: QKeySequence) -> str | None:
    for name, action in vars(window.actions).items():
        if isinstance(action, QAction) and not action.isEnabled() and pressed in action.shortcuts():
            return why_off(window, name, action)
    return None


def _editor_button_off(window: MainWindow, pressed: QKeySequence) -> str | None:
    """Why the program editor's button on these keys does nothing; None when no such button is off, or the
    program is not shown (a button's keys work only where it is seen)."""
    editor = getattr(window, "editor", None)  # set once the clinic's data is open
    if editor is None or not editor.isVisible():
        return None
    moves = (editor.up_button, editor.down_button)
    for button in (*moves, editor.update_button, editor.update_all_button):
        if button.shortcut() == pressed and not (button.isEnabled() and button.isVisible()):
            if button in moves:
                if editor.items.current_item() is None:
                    return _tr(CHOOSE_TO_MOVE)
                return _tr(ALREADY_FIRST if button is editor.up_button else ALREADY_LAST)
            newer = button is editor.update_button and editor.model is not None and editor.model.out_of_date()
            return _tr(CHOOSE_NEWER if newer else NOTHING_NEWER)
    return None


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
    return _tr(WITH_PATIENT.get(name, NOT_NOW))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
