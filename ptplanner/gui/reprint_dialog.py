"""A patient's contact card and the handouts printed for them, for any role that may reprint (the front
desk too, which may not open the clinical record): print or save again, byte for byte, any copy
printed before. Each reprint is audited like a print (app.handouts.record_reprinted)."""

from __future__ import annotations

import sys
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ptplanner.app.clinic import Clinic
from ptplanner.app.errors import DatabaseError, NotAllowed
from ptplanner.app.handouts import HandoutRecord, record_reprinted
from ptplanner.core.clinic import Paper
from ptplanner.core.patient import Patient
from ptplanner.error_text import user_message
from ptplanner.gui.dates import app_dates
from ptplanner.gui.dialogs import ask_save_path
from ptplanner.gui.handout_preview import HandoutHistoryModel, history_table, print_pdf
from ptplanner.gui.tasks import TaskRunner
from ptplanner.safe_write import write_private_bytes

NONE_PRINTED = QT_TRANSLATE_NOOP(
    "PrintedHandoutsDialog",
    "No handout has been printed for this patient yet. A therapist prints the first one.",
)
_EXPECTED = (DatabaseError, NotAllowed, OSError)
_PAGE = {Paper.LETTER: QPageSize.PageSizeId.Letter, Paper.A4: QPageSize.PageSizeId.A4}


class PrintedHandoutsDialog(QDialog):
    def __init__(
        self, clinic: Clinic, runner: TaskRunner, patient_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printedHandoutsDialog")
        self.setWindowTitle(self.tr("Printed handouts"))
        self.resize(620, 420)
        self._clinic, self._patient_id = clinic, patient_id
        self.runner = runner.scoped(self)
        self.name = QLabel(objectName="patientName")
        self.born = QLabel()
        self.surgeon = QLabel()
        for label in (self.name, self.born, self.surgeon):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.history_model = HandoutHistoryModel(self)
        self.history = history_table(self.history_model)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr(NONE_PRINTED), wordWrap=True)
        self.empty.hide()
        self.print_button = QPushButton(self.tr("&Print again…"), enabled=False)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), enabled=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.history.selectionModel().selectionChanged.connect(self._update_buttons)

        self.runner.read(
            lambda: (clinic.get_patient(patient_id), clinic.printed_handouts(patient_id)),
            self._show,
            lambda error: self._warn(self.tr("The printed handouts cannot be listed"), error),
        )

    def selected(self) -> HandoutRecord | None:
        rows = self.history.selectionModel().selectedRows()
        return self.history_model.record(rows[0].row()) if rows else None

    def print_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(_PAGE[Paper(record.options.get("paper", Paper.LETTER.value))]))
        printer.setFullPage(True)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self._reprint(record, lambda pdf: print_pdf(pdf, printer), self.tr("The handout was not printed"))

    def save_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        suggested = self.tr("handout-{day}.pdf").format(day=record.printed_at.date())
        path = ask_save_path(
            self, self.tr("Save the handout as PDF"), suggested, self.tr("PDF files"), ".pdf"
        )
        if path is None:
            return
        clinic = self._clinic

        def save() -> None:  # the stored bytes, written and audited off the GUI thread
            write_private_bytes(path, clinic.printed_pdf(record.id))
            record_reprinted(clinic, record)

        self.runner.write(
            save,
            lambda _: self._done(self.tr("Saved to {path}.").format(path=path)),
            lambda error: self._warn(self.tr("The handout was not saved"), error),
        )

    def _reprint(self, record: HandoutRecord, output, problem: str) -> None:
        """Read the stored copy, send it to `output` on the GUI thread (the printer), then audit it."""
        clinic = self._clinic

        def printed(pdf: bytes) -> None:
            try:
                output(pdf)
            except OSError as error:
                self._warn(problem, error)
                return
            self.runner.write(
                lambda: record_reprinted(clinic, record),
                lambda _: self._done(self.tr("Printed again.")),
                lambda error: self._warn(self.tr("The reprint was not recorded"), error),
            )

        self.runner.read(
            lambda: clinic.printed_pdf(record.id), printed, lambda error: self._warn(problem, error)
        )

    def _show(self, loaded: tuple[Patient, list[HandoutRecord]]) -> None:
        patient, records = loaded
        self.name.setText(patient.name)
        self.born.setText(app_dates().full(patient.date_of_birth))
        self.surgeon.setText(", ".join(part for part in (patient.surgeon, patient.surgeon_phone) if part))
        self.history_model.set_records(records)
        self.history.setVisible(bool(records))
        self.empty.setVisible(not records)
        if records:
            self.history.selectRow(0)  # the newest, which the patient most likely has lost
        self._update_buttons()
        # Keys land on the list (Enter/Space to choose), or on Close when there is nothing to reprint.
        (self.history if records else self.buttons.button(QDialogButtonBox.StandardButton.Close)).setFocus()

    def _update_buttons(self) -> None:
        chosen = self.history.selectionModel().hasSelection()
        self.print_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _done(self, text: str) -> None:
        self.status.setText(text)

    def _warn(self, title: str, error: BaseException) -> None:
        if not isinstance(error, _EXPECTED):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        text = str(error) if isinstance(error, NotAllowed) else user_message(error)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def _lay_out(self) -> None:
        card = QFormLayout()
        card.addRow(self.tr("Patient:"), self.name)
        card.addRow(self.tr("Born:"), self.born)
        card.addRow(self.tr("Surgeon:"), self.surgeon)
        self.status = QLabel(objectName="reprintStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(card)
        layout.addWidget(QLabel(self.tr("Handouts printed before, newest first:")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def done(self, result: int) -> None:
        self.runner.wait()
        super().done(result)
