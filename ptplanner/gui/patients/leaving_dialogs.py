"""The two questions asked before a patient leaves: discharge (the day and why) and erase (type the name, or
the id of a record whose stored text is damaged).

Each dialog gathers the answer and emits `confirmed`; the controller (leaving.py) runs the operation
through the dialog's scoped runner and closes the dialog once it is done, or shows why it failed in it."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.discharge import MAX_REASON_LENGTH
from ptplanner.core.patient import Patient
from ptplanner.core.safe_text import isolated, one_line
from ptplanner.gui.library.fields import ErrorLabel

MAX_NAME_SHOWN = 80


def shown_name(patient: Patient) -> str:
    return isolated(patient.name, MAX_NAME_SHOWN)


class DischargeDialog(QDialog):
    confirmed = Signal()

    def __init__(self, patient: Patient, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dischargeDialog")
        self.patient = patient
        self.setWindowTitle(self.tr("Discharge patient"))
        intro = QLabel(
            self.tr("Discharge {name}? They leave the active patient list. Their record is kept and listed "
                    "under Discharged, where you can re-admit them.").format(name=shown_name(patient)),
            wordWrap=True,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.day = QDateEdit(QDate(today), objectName="dischargeDay", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate(today))
        self.reason = QLineEdit(objectName="dischargeReason")
        self.reason.setPlaceholderText(self.tr("e.g. goals met, moved away"))
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        self.problem = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Discharged on"), self.day)
        form.addRow(self.tr("&Reason (optional)"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.discharge_button = self.buttons.addButton(self.tr("Discharge"), accept)
        self.discharge_button.setObjectName("confirmDischarge")
        self.buttons.accepted.connect(self.confirmed)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)  # the reason's example shows whole, in Spanish too
        self.reason.setFocus()

    def answer(self) -> tuple[date, str]:
        return self.day.date().toPython(), self.reason.text().strip()

    def show_problem(self, text: str) -> None:
        self.problem.show_message(text)


class DamagedRecord(NamedTuple):
    """A patient whose stored record cannot be read: erased by its id, typed whole, as nothing else of it
    can be checked (its list row shows what the name column still holds)."""

    id: str
    why: str  # what opening it says: the record named, its text damaged


class EraseDialog(QDialog):
    """Erase stays off until the patient's name is typed exactly (spaces at the ends do not count); for a
    damaged record, its id."""

    confirmed = Signal()

    def __init__(self, patient: Patient | DamagedRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="eraseDialog")
        self.patient = patient
        if isinstance(patient, DamagedRecord):
            self.setWindowTitle(self.tr("Erase damaged record"))
            self.answer, shown = patient.id, isolated(patient.id, MAX_NAME_SHOWN)
            self.setMinimumWidth(480)  # the damage's sentence reads in few lines
            question = self.tr(
                "{why}\n\nErase this record for good? Every program, log, outcome score and printed handout "
                "of this patient is removed from the database and cannot be brought back. Backups taken "
                "earlier still hold them; you are told which.\n\nTo confirm, type the record's id:\n{id}"
            ).format(why=patient.why, id=shown)
        else:
            self.setWindowTitle(self.tr("Erase patient"))
            self.answer, shown = one_line(patient.name).strip(), shown_name(patient)  # as the list shows it
            question = self.tr(
                "Erase {name} for good? Every program, log, outcome score and printed handout of theirs is "
                "removed from the database and cannot be brought back. Unsaved changes to their program "
                "are lost. Backups taken earlier still hold them; you are told which.\n\n"
                "To confirm, type the patient's name:"
            ).format(name=shown_name(patient))
        warning = QLabel(question, objectName="eraseQuestion", wordWrap=True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a long id copied
        self.typed = QLineEdit(objectName="eraseTypedName", placeholderText=shown)
        self.problem = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        destructive = QDialogButtonBox.ButtonRole.DestructiveRole
        self.erase_button = self.buttons.addButton(self.tr("Erase for good"), destructive)
        self.erase_button.setObjectName("confirmErase")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self._confirm)
        self.typed.returnPressed.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(lambda: self.erase_button.setEnabled(self.name_typed()))
        for button in self.buttons.buttons():  # Enter in the name field confirms (once right), never cancels
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.typed)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.typed.setFocus()

    def name_typed(self) -> bool:
        """The name (the id of a damaged record) typed: spaces at the ends do not count."""
        return one_line(self.typed.text()).strip() == self.answer

    def _confirm(self) -> None:
        if self.name_typed():  # Enter in the field must not erase before the name is right
            self.confirmed.emit()

    def show_problem(self, text: str) -> None:
        self.problem.show_message(text)
