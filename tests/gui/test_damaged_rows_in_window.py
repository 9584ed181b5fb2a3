"""The window on a clinic with one damaged patient row and another patient's damaged program: the list shows
everyone, each damaged one flagged with what cannot be read and what to do, opening either damaged record
shows one clear message naming it, and the window goes on working (another patient opens with their
progress). Damaged progress rules: the flags follow the defaults, and the list and the progress page say so.
In Spanish too."""

import sqlite3
import sys

from damaged_rows import NOT_JSON, OTHER, TARGET, forget_parts, make_template_clinic
from gui_helpers import show_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ptplanner.app.workspace import Workspace
from ptplanner.gui.models.patients import FLAGS, ID_ROLE
from ptplanner.gui.ui_language import LANGUAGE_VARIABLE, install_translators, remove_translators

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
        for name, record in ((TARGET, f"The record of patient {TARGET} (id "),
                             (PROGRAM_DAMAGED, f"of patient {PROGRAM_DAMAGED} (id ")):
            qtbot.waitUntil(lambda pid=ids[name]: "record damaged" in flags_cell(model, pid), timeout=10_000)
            tip = flags_cell(model, ids[name], Qt.ItemDataRole.ToolTipRole)
            assert record in tip and "cannot be read" in tip and "Restore the latest good backup." in tip
            assert not flags_cell(model, ids[name], Qt.ItemDataRole.DecorationRole).isNull()  # a warning sign
        assert "record damaged" not in flags_cell(model, ids[OTHER])
        assert not window.patient_list.rules_notice.isVisibleTo(window)
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


def flags_cell(model, patient_id: str, role=Qt.ItemDataRole.DisplayRole):
    [row] = [row for row in range(model.rowCount()) if model.index(row, 0).data(ID_ROLE) == patient_id]
    return model.index(row, FLAGS).data(role)


def damaged_rules_window(qtbot, folder):
    ids = make_template_clinic(folder).patients
    with sqlite3.connect(folder / "ptplanner.db") as connection:  # the clinic's progress rules, damaged
        connection.execute("UPDATE settings SET value = ? WHERE key = 'progress_rules'", (NOT_JSON,))
    connection.close()
    workspace = Workspace.open(folder)
    return ids, workspace, show_window(qtbot, workspace)


def test_damaged_progress_rules_are_said_once_at_the_list_and_on_the_progress_page(qtbot, tmp_path):
    ids, workspace, window = damaged_rules_window(qtbot, tmp_path / "data")
    try:
        notice = window.patient_list.rules_notice
        qtbot.waitUntil(lambda: notice.isVisibleTo(window), timeout=10_000)
        assert notice.text() == (
            "⚠ The clinic's progress rules cannot be read (their stored text is damaged), so the flags "
            "follow the default rules. Restore the latest good backup to get the clinic's own rules back."
        )
        model = window.patient_list.model
        flagged = [row for row in range(model.rowCount()) if model.index(row, FLAGS).data()]
        assert flagged, "the flags are worked out with the default rules"
        window.grab().save(str(tmp_path / "list.png"))

        window.open_patient(ids[OTHER])
        qtbot.waitUntil(lambda: window.progress_controller.figures is not None, timeout=10_000)
        wait_idle(qtbot, window)
        page_notice = window.progress_controller.section.rules_notice
        assert page_notice.isVisibleTo(window.progress_controller.section)
        assert page_notice.text() == notice.text()
        assert window.progress_controller.section.problem.text() == ""
        window.progress_controller.section.grab().save(str(tmp_path / "progress.png"))
    finally:
        window.close()
        window.deleteLater()
        workspace.close()


def test_in_spanish_the_mark_the_tooltip_and_the_notice_are_spanish(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(LANGUAGE_VARIABLE, "es")
    installed = install_translators(cache=tmp_path / "cache")
    folder = tmp_path / "data"
    ids, workspace, window = damaged_rules_window(qtbot, folder)
    window.close()
    window.deleteLater()
    workspace.close()
    with sqlite3.connect(folder / "ptplanner.db") as connection:  # and a patient's record
        connection.execute("UPDATE patients SET precautions = ? WHERE id = ?", (NOT_JSON, ids[TARGET]))
    connection.close()
    workspace = Workspace.open(folder)
    window = show_window(qtbot, workspace)
    try:
        model = window.patient_list.model
        qtbot.waitUntil(lambda: "datos dañados" in flags_cell(model, ids[TARGET]), timeout=10_000)
        tip = flags_cell(model, ids[TARGET], Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(f"No es posible leer la ficha del paciente {TARGET} (id ")
        assert "Restaure la última copia de seguridad buena." in tip
        notice = window.patient_list.rules_notice
        qtbot.waitUntil(lambda: notice.isVisibleTo(window), timeout=10_000)
        assert notice.text().startswith("⚠ No es posible leer las reglas de progreso de la clínica")
        window.grab().save(str(tmp_path / "lista.png"))
    finally:
        window.close()
        window.deleteLater()
        workspace.close()
        remove_translators(installed)
