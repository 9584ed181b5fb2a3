"""Questions the window asks. Kept here so tests can answer them without a modal dialog."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


LOST = "If you don't save, your changes since the last save are lost."
REPLACED = "Its stages and exercises are replaced. Undo (Ctrl+Z) brings them back."


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _question(parent: QWidget, title: str, text: str, detail: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    return box


def ask_to_save(parent: QWidget, patient_name: str) -> Unsaved:
    box = _question(parent, "Unsaved changes", f"Save the changes to {patient_name[:80]}'s program?", LOST)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    if answer == buttons.Save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if answer == buttons.Discard else Unsaved.CANCEL


def replace_program(parent: QWidget, template_name: str) -> bool:
    """True when the therapist agrees to replace the program's exercises with the template's."""
    text = f"Replace this program with the template “{template_name[:80]}”?"
    box = _question(parent, "Replace the program?", text, REPLACED)
    replace = box.addButton("Replace", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is replace


def ask_save_path(parent: QWidget, title: str, suggested: str, kind: str, suffix: str) -> Path | None:
    """Where to save a file (None: cancelled); `suffix` (".pdf") is added when the name lacks it."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, f"{kind} (*{suffix})")
    if not name:
        return None
    return Path(name) if name.lower().endswith(suffix) else Path(f"{name}{suffix}")
