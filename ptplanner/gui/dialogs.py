"""Questions the window asks. Kept here so tests can answer them without a modal dialog."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_to_save(parent: QWidget, patient_name: str) -> Unsaved:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"Save the changes to {patient_name[:80]}'s program?")
    box.setInformativeText("If you don't save, your changes since the last save are lost.")
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    if answer == buttons.Save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if answer == buttons.Discard else Unsaved.CANCEL


def replace_program(parent: QWidget, template_name: str) -> bool:
    """True when the therapist agrees to replace the program's exercises with the template's."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Replace the program?")
    box.setText(f"Replace this program with the template “{template_name[:80]}”?")
    box.setInformativeText("Its stages and exercises are replaced. Undo (Ctrl+Z) brings them back.")
    buttons = QMessageBox.StandardButton
    replace = box.addButton("Replace", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(buttons.Cancel)
    box.setDefaultButton(buttons.Cancel)
    box.exec()
    return box.clickedButton() is replace
