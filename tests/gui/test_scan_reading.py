"""File > Read scanned log sheet…: a scan of the open patient's returned sheet opens in the log-sheet
dialog, prefilled, the cells to check highlighted; nothing is stored until the dialog is saved."""

from datetime import timedelta

import pytest
from gui_helpers import TODAY, open_patient, wait_idle
from PySide6.QtCore import Qt

from ptplanner.scan import missing_extra

needs_the_extra = pytest.mark.skipif(missing_extra() is not None, reason=missing_extra() or "")


def test_without_the_scan_extra_the_app_says_how_to_add_it(qtbot, demo_window, monkeypatch):
    from ptplanner.gui.progress import scan_reader

    window = demo_window
    open_patient(qtbot, window, "Grace Nakamura")
    hint = 'Reading scans needs the scan add-on: pip install "ptplanner[scan]"'
    monkeypatch.setattr(scan_reader, "install_hint", lambda: hint)
    window.actions.read_scan.trigger()
    message = window.scan_reader.message
    assert message.isVisible() and message.text().startswith("Reading scans needs the scan add-on")
    message.close()


def test_files_dropped_on_the_window_are_read_as_scans(qtbot, demo_window, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = demo_window
    open_patient(qtbot, window, "Grace Nakamura")
    read = []
    monkeypatch.setattr(window.scan_reader, "read", read.append)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / name)) for name in ("sheet.jpg", "notes.txt")])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    # Qt delivers a drop only during a real drag, so the window's filter is handed the event itself.
    assert window.scan_reader.eventFilter(window, drop) and drop.isAccepted()
    assert read == [[tmp_path / "sheet.jpg"]]


@needs_the_extra
def test_a_scanned_sheet_opens_prefilled_and_is_saved_only_when_accepted(qtbot, demo_window, tmp_path):
    import sys
    from pathlib import Path

    import cv2
    import numpy as np

    sys.path.insert(0, str(Path(__file__).parent.parent / "scan"))
    from scan_corpus import fill_in, render_page, seeded_handout_ids, spoil

    from ptplanner.app.handouts import prepare_handout, record_printed
    from ptplanner.app.log_scan import cells_to_check
    from ptplanner.gui.progress.log_model import TO_CHECK_BACKGROUND
    from ptplanner.handouts.options import HandoutOptions

    window = demo_window
    patient = open_patient(qtbot, window, "Grace Nakamura")
    clinic = window.clinic
    printed_on = TODAY - timedelta(days=6)
    with seeded_handout_ids(3):  # the same code on the sheet at every run
        prepared = prepare_handout(clinic, patient.id, None, HandoutOptions(log_weeks=1), printed_on)
    record_printed(clinic, prepared)
    page = prepared.handout.sheet_map.pages[-1]
    image = render_page(prepared.handout.pdf, page.page, 200)
    fill_in(image, page, 200, np.random.default_rng(3), tick_share=0.6, crossed_out=1)
    scan = tmp_path / "returned.jpg"
    cv2.imwrite(str(scan), spoil(image, np.random.default_rng(4), phone=True))
    program_id = prepared.program_id
    recent = [entry for entry in clinic.workspace.store.entries_for(program_id) if entry.day >= printed_on]
    clinic.save_log(patient.id, [], recent)  # the demo's log of these days: the sheet brings them now
    before = clinic.workspace.store.entries_for(program_id)

    window.scan_reader.read([scan])
    qtbot.waitUntil(lambda: window.progress_controller.log_dialog is not None, timeout=20_000)
    wait_idle(qtbot, window)
    dialog = window.progress_controller.log_dialog
    model = dialog.model
    sheet = window.scan_reader.sheet
    assert sheet.pages == (page.page,) and model.is_modified()
    assert "Read from the scan" in dialog.message.text()
    assert clinic.workspace.store.entries_for(program_id) == before  # nothing stored yet
    highlighted = []
    for _week in range(2):  # the sheet's days may reach into the next week shown
        brushes = [model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
                   for row in range(model.rowCount()) for column in range(model.columnCount())]
        highlighted += [b for b in brushes if b is not None and b.color() == TO_CHECK_BACKGROUND]
        model.show_week_from(model.days()[0] + timedelta(days=7))
    model.show_week_from(printed_on)
    assert len(highlighted) == len(cells_to_check(sheet, TODAY)) >= 1  # the crossed-out box at least
    first_item = sheet.boxes[0]
    model.show_day(first_item.day)
    tip = model.index(model.row_of_item(first_item.item_id), model.column_of(first_item.day)).data(
        Qt.ItemDataRole.ToolTipRole)
    state = "ticked" if first_item.ticked else "empty"
    assert f"From the scan: box 1 {state} ({first_item.confidence:.2f})" in tip
    dialog.grab().save(str(tmp_path / "dialog.png"))

    dialog.save()
    wait_idle(qtbot, window)
    stored = clinic.workspace.store.entries_for(program_id)
    assert len(stored) > len(before)
    window.scan_reader.read([scan])  # the same page again: refused, as it was read and saved
    wait_idle(qtbot, window)
    assert "read and saved before" in " ".join(window.scan_reader.sheet.problems)
    assert "No log-sheet page was read." in window.scan_reader.message.text()
    window.scan_reader.message.close()
