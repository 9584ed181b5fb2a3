"""The print preview, opened on the demo clinic as a therapist would."""

from io import BytesIO
from typing import ClassVar

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog

from ptplanner.core.clinic import ClinicSettings, Paper
from ptplanner.core.patient import Patient
from ptplanner.gui import handout_preview
from ptplanner.gui.handout_preview import HandoutPreview
from ptplanner.storage.clinic_settings import save_clinic_settings
from ptplanner.storage.handouts import handout_pdf, handouts_for


class FakePrintDialog:
    """Stands in for the modal print dialog: 'prints' to a PDF file, or is cancelled."""

    accept: ClassVar[bool] = True
    printed: ClassVar[list[str]] = []
    folder: ClassVar[str] = ""

    def __init__(self, printer, parent):
        self.printer = printer

    def exec(self):
        if not FakePrintDialog.accept:
            return QDialog.DialogCode.Rejected
        path = f"{FakePrintDialog.folder}/printed-{len(FakePrintDialog.printed)}.pdf"
        self.printer.setOutputFormat(self.printer.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(path)
        FakePrintDialog.printed.append(path)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def print_dialog(monkeypatch, tmp_path):
    FakePrintDialog.accept, FakePrintDialog.printed, FakePrintDialog.folder = True, [], tmp_path
    monkeypatch.setattr(handout_preview, "QPrintDialog", FakePrintDialog)
    return FakePrintDialog


def patient(workspace, name="Robert Chen"):
    return workspace.store.find_patients(name)[0]


def open_preview(qtbot, workspace, name="Robert Chen"):
    dialog = HandoutPreview(workspace, patient(workspace, name).id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    return dialog


def test_the_preview_shows_every_page_of_the_current_program(qtbot, demo_workspace):
    dialog = open_preview(qtbot, demo_workspace)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() > 3
    assert "Robert Chen" in dialog.document.getAllText(0).text()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.message.isVisible()
    assert dialog.history_model.rowCount() == 0 and not dialog.reprint_button.isEnabled()


def test_options_rebuild_the_preview(qtbot, demo_workspace):
    dialog = open_preview(qtbot, demo_workspace)
    with_log = dialog.document.pageCount()
    dialog.log_sheet.setChecked(False)
    dialog.large_print.setChecked(True)  # asked while the first rebuild runs: built once more after it
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.options().large_print and not dialog.options().log_sheet
    assert "My exercise log" not in " ".join(
        dialog.document.getAllText(p).text() for p in range(dialog.document.pageCount())
    )
    assert dialog.document.pageCount() != with_log


def test_the_clinic_settings_choose_the_starting_options(qtbot, demo_workspace):
    save_clinic_settings(demo_workspace.store, ClinicSettings(paper=Paper.A4, large_print=True))
    dialog = open_preview(qtbot, demo_workspace)
    assert dialog.options().paper is Paper.A4 and dialog.options().large_print
    assert dialog.document.pagePointSize(0).width() == pytest.approx(595.28, abs=0.1)


def test_print_records_the_copy_and_reprint_prints_it_again(qtbot, demo_workspace, print_dialog):
    dialog = open_preview(qtbot, demo_workspace)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    records = handouts_for(demo_workspace.database, patient(demo_workspace).id)
    assert len(records) == 1 and dialog.history_model.rowCount() == 1
    printed = PdfReader(print_dialog.printed[0])
    assert len(printed.pages) == dialog.document.pageCount()

    dialog.reprint_button.click()  # the newest copy is selected already
    qtbot.waitUntil(lambda: len(print_dialog.printed) == 2, timeout=10_000)
    assert len(PdfReader(print_dialog.printed[1]).pages) == len(printed.pages)
    assert (
        len(handouts_for(demo_workspace.database, patient(demo_workspace).id)) == 1
    )  # a reprint is no new copy


def test_a_cancelled_print_records_nothing(qtbot, demo_workspace, print_dialog):
    print_dialog.accept = False
    dialog = open_preview(qtbot, demo_workspace)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert handouts_for(demo_workspace.database, patient(demo_workspace).id) == []


def test_save_as_pdf_writes_the_previewed_document_and_records_it(
    qtbot, demo_workspace, monkeypatch, tmp_path
):
    target = tmp_path / "robert"
    monkeypatch.setattr(
        handout_preview.QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF files")
    )
    dialog = open_preview(qtbot, demo_workspace)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 1, timeout=10_000)
    saved = (tmp_path / "robert.pdf").read_bytes()
    record = handouts_for(demo_workspace.database, patient(demo_workspace).id)[0]
    assert saved == handout_pdf(demo_workspace.database, record.id)
    assert len(PdfReader(BytesIO(saved)).pages) == dialog.document.pageCount()


def test_a_patient_without_a_program_gets_a_message_not_a_preview(qtbot, demo_workspace):
    alone = Patient(name="No Program Yet", date_of_birth="1950-01-01")
    demo_workspace.store.save_patient(alone)
    dialog = HandoutPreview(demo_workspace, alone.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.message.isVisible() and "no program yet" in dialog.message.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
