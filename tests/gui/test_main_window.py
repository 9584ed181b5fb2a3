"""The main window, opened on real data folders as a therapist would see it."""

from gui_helpers import show_window, wait_idle
from PySide6.QtCore import Qt

from ptplanner.core.problems import Problem
from ptplanner.gui.patients.list_page import EMPTY_CLINIC


def patient_names(window) -> list[str]:
    proxy = window.patient_list.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_main_window_shows_demo_patients_and_the_library(demo_window):
    assert len(patient_names(demo_window)) == 12
    assert demo_window.patient_list.stack.currentWidget() is demo_window.patient_list.table
    assert demo_window.library.proxy.rowCount() >= 50
    assert not demo_window.library_warning.isVisible()
    assert "12 patients" in demo_window.statusBar().currentMessage()


def test_search_as_you_type_filters_patients(qtbot, demo_window):
    search = demo_window.patient_list.search
    # QTest can only type keys it can map, so the non-Latin letter is set, not typed.
    qtbot.keyClicks(search, "ukasiewicz")
    assert patient_names(demo_window) == ["Zofia Łukasiewicz"]
    search.setText("ŁUKAS")
    assert patient_names(demo_window) == ["Zofia Łukasiewicz"]
    for typed in ("ramirez", "RAMÍREZ"):  # accents, like case, do not matter
        search.setText(typed)
        assert patient_names(demo_window) == ["Dolores Ramírez"]
    search.setText("nobody like this")
    assert demo_window.patient_list.stack.currentWidget() is demo_window.patient_list.notice
    assert "nobody like this" in demo_window.patient_list.notice.text()


def test_patients_sort_by_every_column(demo_window):
    table, proxy = demo_window.patient_list.table, demo_window.patient_list.proxy
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    weeks = [int(proxy.index(r, 1).data()) for r in range(proxy.rowCount())]
    assert weeks == sorted(weeks) and len(set(weeks)) > 5
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = patient_names(demo_window)
    assert names == sorted(names, key=str.casefold, reverse=True)
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    flags = [proxy.index(r, 4).data() for r in range(proxy.rowCount())]
    assert flags[0] and not flags[-1]  # the patients that need a look come first
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    stages = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert stages == sorted(stages)


def test_empty_clinic_says_what_to_do_first(empty_window):
    page = empty_window.patient_list
    assert page.stack.currentWidget() is page.notice
    assert page.notice.text() == EMPTY_CLINIC


def test_adding_the_demo_clinic_from_the_menu(qtbot, empty_window):
    empty_window.actions.add_demo.trigger()
    # The list is read again once the change reports arrive, which may be just after the write is done.
    qtbot.waitUntil(lambda: len(patient_names(empty_window)) == 12, timeout=10_000)
    wait_idle(qtbot, empty_window)
    assert empty_window.patient_list.stack.currentWidget() is empty_window.patient_list.table


def test_skipped_library_files_are_named_to_the_user(qtbot, empty_workspace):
    empty_workspace.problems.append(Problem("broken.toml", "dosage.reps", "Input should be greater than 0"))
    window = show_window(qtbot, empty_workspace)
    assert window.library_warning.isVisible()
    assert "broken.toml: dosage.reps" in window.library_warning.text()
    window.close()


def test_standard_shortcuts_are_in_place(demo_window):
    from PySide6.QtGui import QKeySequence

    actions = demo_window.actions
    expected = {
        actions.new_patient: QKeySequence.StandardKey.New,
        actions.save: QKeySequence.StandardKey.Save,
        actions.undo: QKeySequence.StandardKey.Undo,
        actions.redo: QKeySequence.StandardKey.Redo,
        actions.find: QKeySequence.StandardKey.Find,
        actions.print: QKeySequence.StandardKey.Print,
    }
    for action, key in expected.items():
        assert action.shortcut() == QKeySequence(key), action.objectName()
    assert not actions.save.isEnabled()  # nothing to save yet


def test_the_window_layout_is_remembered(qtbot, demo_workspace, private_settings):
    # The offscreen screen is smaller than the window, so Qt clamps a restored size; docks and
    # splitters are what this checks.
    window = show_window(qtbot, demo_workspace)
    window.library_dock.hide()
    window.editor.splitter.setSizes([300, 500])
    window.close()
    assert (private_settings / "ptplanner" / "ptplanner.ini").exists()
    again = show_window(qtbot, demo_workspace)
    assert not again.library_dock.isVisible()
    assert again.editor.splitter.saveState() == window.editor.splitter.saveState()
    again.close()


def test_the_list_read_again_behind_a_patients_page_leaves_the_status_bar_alone(qtbot, demo_window):
    """A change saved reads the list again in the background: its count is for the list, and it replaced
    what the status bar had just said about the open patient (that they were discharged)."""
    window = demo_window
    window.open_patient(window.patient_list.model.patient_ids()[0])
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.patient_page, timeout=10_000)
    wait_idle(qtbot, window)
    window.statusBar().showMessage("Said about this patient.", 8000)
    window.reload_patients()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Said about this patient."
    window.show_patients()
    window.reload_patients()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "12 patients", timeout=10_000)
