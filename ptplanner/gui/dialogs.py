"""Questions the window asks. Kept here so tests can answer them without a modal dialog."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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


def ask_save_path(parent: QWidget, title: str, suggested: str, kind: str, suffix: str) -> Path | None:
    """Where to save a file (None: cancelled); `suffix` (".pdf") is added when the name lacks it."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, f"{kind} (*{suffix})")
    if not name:
        return None
    return Path(name) if name.lower().endswith(suffix) else Path(f"{name}{suffix}")
