"""The window on a clinic with one damaged patient row and another patient's damaged program: the list shows
everyone, opening either damaged record shows one clear message naming it, and the window goes on working
(another patient opens with their progress)."""

import sqlite3
import sys

from damaged_rows import NOT_JSON, OTHER, TARGET, forget_parts, make_template_clinic
from gui_helpers import show_window, wait_idle
from PySide6.QtWidgets import QMessageBox

from ptplanner.app.workspace import Workspace
from ptplanner.gui.models.patients import ID_ROLE

PROGRAM_DAMAGED = "Ivan Petrov"


def test_damaged_records_are_named_and_the_window_goes_on(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    ids = make_template_clinic(folder).patients
    with sqlite3.connect(folder / "ptplanner.db") as connection:  # behind the app's back
        connection.execute("UPDATE patients SET precautions = ? WHERE id = ?", (NOT_JSON, ids[TARGET]))
        damaged_program = ids[PROGRAM_DAMAGED]
        connection.execute("UPDATE programs SET packed = X'00ff' WHERE patient_id = ?", (damaged_program,))
    connection.close()
    forget_parts()
    shown, hooked = [], []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *rest: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", lambda *error: hooked.append(error))
    workspace = Workspace.open(folder)
    window = show_window(qtbot, workspace)
    try:
        model = window.patient_list.model
        qtbot.waitUntil(lambda: model.rowCount() == len(ids), timeout=10_000)
        assert {model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())} == set(ids.values())
        window.grab().save(str(tmp_path / "list.png"))

        for name, record in ((TARGET, f"The record of patient {TARGET}"),
                             (PROGRAM_DAMAGED, f"of patient {PROGRAM_DAMAGED}")):
            window.open_patient(ids[name])
            qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
            wait_idle(qtbot, window)
            [(title, text)] = shown
            assert title == "The patient could not be opened"
            assert record in text and text.endswith("Restore the latest good backup.")
            assert "\n" not in text and "Traceback" not in text
            assert window.pages.currentWidget() is window.patient_list
            shown.clear()

        window.open_patient(ids[OTHER])  # the window goes on: another patient opens with their progress
        qtbot.waitUntil(lambda: window.progress_controller.figures is not None, timeout=10_000)
        wait_idle(qtbot, window)
        assert window.document.patient.name == OTHER and window.progress_controller.figures is not None
        window.grab().save(str(tmp_path / "after.png"))
        assert shown == [] and hooked == []
    finally:
        window.close()
        window.deleteLater()
        workspace.close()


def test_a_damaged_clinic_template_is_named_and_the_other_templates_are_offered(qtbot, tmp_path):
    folder = tmp_path / "data"
    make_template_clinic(folder)
    with sqlite3.connect(folder / "ptplanner.db") as connection:  # the clinic's one template, damaged
        connection.execute("UPDATE clinic_templates SET document = ?", (NOT_JSON,))
    connection.close()
    workspace = Workspace.open(folder)
    window = show_window(qtbot, workspace)
    try:
        choice = window.editor.template_choice
        qtbot.waitUntil(lambda: choice.findData("fusion-hip-si") >= 0, timeout=10_000)
        offered = [choice.itemText(row) for row in range(choice.count())]
        assert not any("Our first weeks" in text for text in offered)
        said = window.statusBar().currentMessage()
        assert "template “Our first weeks” cannot be read" in said and said.endswith("good backup.")
    finally:
        window.close()
        window.deleteLater()
        workspace.close()
