"""The main window, opened on real data folders as a therapist would see it."""

from ptplanner.core.problems import Problem
from ptplanner.gui.main_window import MainWindow
from ptplanner.gui.models.library import LibraryTableModel
from ptplanner.gui.models.patients import PatientTableModel


def open_window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_main_window_shows_demo_patients_and_the_library(qtbot, demo_workspace):
    window = open_window(qtbot, demo_workspace)
    assert window.patient_proxy.rowCount() == 12
    assert window.patient_stack.currentWidget() is window.patient_table
    assert window.library_proxy.rowCount() >= 50
    assert not window.library_warning.isVisible()
    assert "12 patients" in window.statusBar().currentMessage()


def test_search_as_you_type_filters_patients_and_exercises(qtbot, demo_workspace):
    window = open_window(qtbot, demo_workspace)
    # QTest can only type keys it can map, so the non-Latin letter is set, not typed.
    qtbot.keyClicks(window.patient_search, "ukasiewicz")
    assert window.patient_proxy.rowCount() == 1
    window.patient_search.setText("ŁUKAS")
    assert window.patient_proxy.rowCount() == 1
    assert window.patient_proxy.index(0, 0).data() == "Zofia Łukasiewicz"

    total = window.library_proxy.rowCount()
    qtbot.keyClicks(window.library_search, "bridge")
    names = [window.library_proxy.index(r, 0).data() for r in range(window.library_proxy.rowCount())]
    assert "Bridge" in names and len(names) < total
    window.library_search.clear()
    qtbot.keyClicks(window.library_search, "glutes")  # a muscle, not a name
    assert window.library_proxy.rowCount() >= 5


def test_patients_sort_by_week(qtbot, demo_workspace):
    window = open_window(qtbot, demo_workspace)
    from PySide6.QtCore import Qt

    window.patient_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    weeks = [int(window.patient_proxy.index(r, 1).data()) for r in range(window.patient_proxy.rowCount())]
    assert weeks == sorted(weeks)


def test_empty_clinic_says_what_to_do_first(qtbot, empty_workspace):
    window = open_window(qtbot, empty_workspace)
    assert window.patient_stack.currentWidget() is window.empty_patients
    assert "No patients yet" in window.empty_patients.text()


def test_adding_the_demo_clinic_from_the_menu(qtbot, empty_workspace, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = open_window(qtbot, empty_workspace)
    window.add_demo_clinic()
    assert window.patient_proxy.rowCount() == 12
    assert window.patient_stack.currentWidget() is window.patient_table


def test_skipped_library_files_are_named_to_the_user(qtbot, empty_workspace):
    empty_workspace.problems.append(Problem("broken.toml", "dosage.reps", "Input should be greater than 0"))
    window = open_window(qtbot, empty_workspace)
    assert window.library_warning.isVisible()
    assert "broken.toml: dosage.reps" in window.library_warning.text()


def test_models_pass_qtmodeltester(qtmodeltester, demo_workspace):
    from datetime import date

    qtmodeltester.check(PatientTableModel(demo_workspace.patient_summaries(date.today())))
    qtmodeltester.check(LibraryTableModel(demo_workspace.bundled.active()))
