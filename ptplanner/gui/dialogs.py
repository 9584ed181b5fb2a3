"""Questions the window asks. Kept here so tests can answer them without a modal dialog."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ptplanner.core.safe_text import isolated

LOST = QT_TRANSLATE_NOOP("Dialogs", "If you don't save, your changes since the last save are lost.")
REPLACED = QT_TRANSLATE_NOOP(
    "Dialogs", "Its stages and exercises are replaced. Undo (Ctrl+Z) brings them back."
)


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _question(parent: QWidget, title: str, text: str, detail: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(QCoreApplication.translate("Dialogs", detail))
    return box


def ask_to_save(parent: QWidget, patient_name: str) -> Unsaved:
    title = QCoreApplication.translate("Dialogs", "Unsaved changes")
    text = QCoreApplication.translate("Dialogs", "Save the changes to {name}'s program?").format(
        name=isolated(patient_name, 80)
    )
    box = _question(parent, title, text, LOST)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    if answer == buttons.Save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if answer == buttons.Discard else Unsaved.CANCEL


def discard_patient_details(parent: QWidget) -> bool:
    """True when the details typed into the patient form may be thrown away (Cancel, Escape)."""
    title = QCoreApplication.translate("Dialogs", "Discard the changes?")
    text = QCoreApplication.translate("Dialogs", "Discard the details you typed for this patient?")
    box = _question(parent, title, text, QT_TRANSLATE_NOOP("Dialogs", "They are not saved."))
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    keep = QCoreApplication.translate("Dialogs", "&Keep editing")
    box.setDefaultButton(box.addButton(keep, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is discard


def replace_program(parent: QWidget, template_name: str) -> bool:
    """True when the therapist agrees to replace the program's exercises with the template's."""
    text = QCoreApplication.translate("Dialogs", "Replace this program with the template “{name}”?")
    title = QCoreApplication.translate("Dialogs", "Replace the program?")
    box = _question(parent, title, text.format(name=isolated(template_name, 80)), REPLACED)
    replace = box.addButton(
        QCoreApplication.translate("Dialogs", "&Replace"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is replace


def ask_save_path(parent: QWidget, title: str, suggested: str, kind: str, suffix: str) -> Path | None:
    """Where to save a file (None: cancelled); `suffix` (".pdf") is added when the name lacks it."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, kind + " (*" + suffix + ")")
    if not name:
        return None
    return Path(name) if name.lower().endswith(suffix) else Path(f"{name}{suffix}")
