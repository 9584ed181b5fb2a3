"""The print preview, opened on the demo clinic as a therapist would."""

from datetime import UTC, date, datetime
from io import BytesIO
from typing import ClassVar

import pytest
from gui_helpers import clinic_and_runner
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtWidgets import QDialog, QLabel

from ptplanner.core.clinic import ClinicSettings, Paper
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.gui import handout_preview
from ptplanner.gui.handout_preview import HandoutHistoryModel, HandoutPreview
from ptplanner.handouts.options import MAX_LOG_WEEKS
from ptplanner.storage.clinic_settings import save_clinic_settings
from ptplanner.storage.handouts import HandoutRecord, handout_pdf, handouts_for


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
    dialog = HandoutPreview(*clinic_and_runner(workspace), patient(workspace, name).id)
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
    dialog = HandoutPreview(*clinic_and_runner(demo_workspace), alone.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.message.isVisible() and "no program yet" in dialog.message.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def preview_text(dialog) -> str:
    return " ".join(dialog.document.getAllText(p).text() for p in range(dialog.document.pageCount()))


def choose(qtbot, dialog, **controls):
    """Set the dialog's controls as a therapist would, then wait for the preview to be rebuilt."""
    for name, value in controls.items():
        control = getattr(dialog, name)
        if name == "stage":
            control.setCurrentIndex(value)
        elif name == "log_weeks":
            control.setValue(value)
        else:
            control.setChecked(value)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)


def test_the_stage_list_names_every_stage_and_starts_on_the_current_one(qtbot, demo_workspace):
    dialog = open_preview(qtbot, demo_workspace)  # Robert Chen, 7 weeks after surgery: stage 2
    names = [dialog.stage.itemText(row) for row in range(dialog.stage.count())]
    assert names == [
        "1. Protection (weeks 0 to 6)",
        "2. Stabilization (weeks 6 to 12) (current)",
        "3. Functional strength (weeks 12 to 24)",
        "4. Return to activity (from week 24)",
    ]
    assert dialog.stage.currentIndex() == 1 and dialog.options().stage_index == 1
    assert dialog.stage.isEnabled()
    assert "Stage 2 of 4: Stabilization" in preview_text(dialog)


def test_a_chosen_stage_is_printed_and_the_record_says_which(qtbot, demo_workspace, monkeypatch, tmp_path):
    target = tmp_path / "stage-3.pdf"
    monkeypatch.setattr(
        handout_preview.QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF files")
    )
    dialog = open_preview(qtbot, demo_workspace)
    choose(qtbot, dialog, stage=2)
    assert dialog.options().stage_index == 2
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 1, timeout=10_000)

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "Stage 3 of 4: Functional strength" in text
    assert "Small lunge" in text and "Plank on your knees" in text  # stage 3's exercises
    assert "Heel slide" not in text and "Clamshell" not in text  # not those of stage 2, the current one
    record = handouts_for(demo_workspace.database, patient(demo_workspace).id)[0]
    assert record.options["stage_index"] == 2
    stage_column = HandoutHistoryModel.COLUMNS.index("Stage")
    assert dialog.history_model.index(0, stage_column).data() == "3"


def test_the_pages_are_drawn_on_the_gui_thread_and_show(qtbot, demo_workspace):
    # Drawn on the view's own thread, a page could be read while the dialog deleted its document.
    dialog = open_preview(qtbot, demo_workspace)
    renderers = dialog.view.findChildren(QPdfPageRenderer)
    assert renderers and all(r.renderMode() == QPdfPageRenderer.RenderMode.SingleThreaded for r in renderers)

    def page_drawn() -> bool:
        image = dialog.view.viewport().grab().toImage()
        row = image.height() // 3
        return any(QColor(image.pixel(x, row)).lightness() < 128 for x in range(image.width()))

    qtbot.waitUntil(page_drawn, timeout=10_000)  # the handout's text shows: the page was drawn
    choose(qtbot, dialog, large_print=True)  # a rebuild reloads the document the view draws from
    qtbot.waitUntil(page_drawn, timeout=10_000)


def test_the_history_leaves_the_stage_blank_for_copies_that_do_not_record_it(qtbot):
    model = HandoutHistoryModel()
    old = HandoutRecord("id", "p", "q", 1, datetime(2025, 3, 1, tzinfo=UTC), {"paper": "a4"}, "0" * 64)
    model.set_records([old])
    assert [model.index(0, column).data() for column in range(1, 5)] == ["1", "", "A4", "Normal"]


def test_the_log_sheet_has_the_chosen_number_of_weeks(qtbot, demo_workspace):
    dialog = open_preview(qtbot, demo_workspace)
    assert dialog.log_weeks.value() == 2 and dialog.log_weeks.isEnabled()
    choose(qtbot, dialog, log_weeks=3)
    assert dialog.options().log_weeks == 3
    text = " ".join(preview_text(dialog).split())  # a long title breaks after its colon
    assert "My exercise log: weeks 1 and 2," in text and "My exercise log: week 3," in text
    assert "week 4" not in text


def test_the_weeks_cannot_be_set_beyond_the_limits(qtbot, demo_workspace):
    dialog = open_preview(qtbot, demo_workspace)
    assert (dialog.log_weeks.minimum(), dialog.log_weeks.maximum()) == (1, MAX_LOG_WEEKS)
    dialog.log_weeks.setValue(MAX_LOG_WEEKS + 5)
    assert dialog.log_weeks.value() == MAX_LOG_WEEKS
    dialog.log_weeks.setValue(0)
    assert dialog.log_weeks.value() == 1
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)


def test_the_weeks_are_disabled_without_a_log_sheet(qtbot, demo_workspace):
    dialog = open_preview(qtbot, demo_workspace)
    choose(qtbot, dialog, log_sheet=False)
    assert not dialog.log_weeks.isEnabled() and not dialog.log_weeks_label.isEnabled()
    assert "My exercise log" not in preview_text(dialog)
    choose(qtbot, dialog, log_sheet=True)
    assert dialog.log_weeks.isEnabled() and dialog.log_weeks_label.isEnabled()


def test_a_stage_without_exercises_is_refused_with_a_message(qtbot, demo_workspace):
    store = demo_workspace.store
    program = store.programs_for(patient(demo_workspace).id)[0]
    empty = program.stages[2].model_copy(update={"items": (), "walking": None})
    store.save_program(program.model_copy(update={"stages": (*program.stages[:2], empty, program.stages[3])}))
    dialog = open_preview(qtbot, demo_workspace)
    choose(qtbot, dialog, stage=2)
    assert dialog.message.isVisible()
    assert "Stage 3 (Functional strength) has no exercises yet" in dialog.message.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    choose(qtbot, dialog, stage=3)
    assert dialog.print_button.isEnabled()
    assert "Stage 4 is a coming stage" in dialog.message.text()  # said before it is printed
    assert "Stage 4 of 4: Return to activity" in preview_text(dialog)
    assert "Coming stage: you are in stage" in preview_text(dialog)


def test_a_program_without_stages_gets_a_message_and_no_stage_to_choose(qtbot, demo_workspace):
    alone = Patient(name="Stages Not Yet", date_of_birth="1950-01-01")
    demo_workspace.store.save_patient(alone)
    demo_workspace.store.save_program(Program(patient_id=alone.id, title="New", created_on=date(2025, 3, 1)))
    dialog = open_preview(qtbot, demo_workspace, "Stages Not Yet")
    assert dialog.message.isVisible() and "no stages yet" in dialog.message.text()
    assert dialog.stage.count() == 0 and not dialog.stage.isEnabled()
    assert dialog.options().stage_index is None
    choose(qtbot, dialog, large_print=True, log_weeks=4)  # other options still work, and still refuse
    assert "no stages yet" in dialog.message.text() and not dialog.print_button.isEnabled()


def test_every_option_has_a_label_that_reaches_it_from_the_keyboard(qtbot, demo_workspace):
    dialog = open_preview(qtbot, demo_workspace)
    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert buddies == {
        "&Stage:": dialog.stage,
        "P&aper:": dialog.paper,
        "La&nguage:": dialog.language,
        "&Weeks:": dialog.log_weeks,
    }
    assert "&" in dialog.large_print.text() and "&" in dialog.log_sheet.text()
    for control in (dialog.stage, dialog.paper, dialog.large_print, dialog.log_sheet, dialog.log_weeks):
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
