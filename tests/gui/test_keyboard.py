"""The keyboard never dead-ends: search boxes lead into their results, Ctrl+Y redoes, the library dock
can be hidden from the View menu, a new exercise is shown selected, and "Start from template" asks
before it replaces a program with content."""

from gui_helpers import item_names, open_patient, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from ptplanner.gui.dialogs import Unsaved

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
DISCARD = Unsaved.DISCARD


def test_down_and_enter_in_the_patient_search_open_the_patient(qtbot, demo_window):
    page = demo_window.patient_list
    qtbot.waitActive(demo_window)
    page.focus_search()
    qtbot.keyClicks(page.search, "okafor")
    qtbot.keyClick(page.search, Key.Key_Down)
    assert page.table.hasFocus()
    assert page.table.currentIndex().data() == "Margaret Okafor"
    page.focus_search()
    qtbot.keyClick(page.search, Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.document.patient is not None, timeout=10_000)
    assert demo_window.document.patient.name == "Margaret Okafor"
    wait_idle(qtbot, demo_window)


def test_enter_in_the_library_search_adds_the_exercise_selected_and_in_view(qtbot, demo_window, unsaved_answers):
    unsaved_answers[0].append(DISCARD)  # when the window closes
    open_patient(qtbot, demo_window, "Margaret Okafor")
    demo_window.editor.select_stage(0)
    before = item_names(demo_window)
    library = demo_window.library
    demo_window.actions.find.trigger()
    assert library.search.hasFocus()
    qtbot.keyClicks(library.search, "clamshell")
    name = library.proxy.index(0, 0).data()
    qtbot.keyClick(library.search, Key.Key_Down)
    assert library.table.hasFocus() and library.current_exercise().name == name
    library.focus_search()
    qtbot.keyClick(library.search, Key.Key_Enter)
    names = item_names(demo_window)
    assert len(names) == len(before) + 1 and name in names
    table = demo_window.editor.items
    current = table.currentIndex()
    assert current.data() == name and table.selectionModel().isRowSelected(current.row(), current.parent())
    assert table.viewport().rect().intersects(table.visualRect(current))


def test_ctrl_y_redoes_on_every_platform(qtbot, demo_window, unsaved_answers):
    unsaved_answers[0].append(DISCARD)
    keys = demo_window.actions.redo.shortcuts()
    assert QKeySequence("Ctrl+Y") in keys and QKeySequence("Ctrl+Shift+Z") in keys
    open_patient(qtbot, demo_window, "Margaret Okafor")
    before = item_names(demo_window)
    demo_window.editor.add_exercise(demo_window.library.proxy.exercise_at(demo_window.library.proxy.index(0, 0)).id)
    after = item_names(demo_window)
    qtbot.waitActive(demo_window)
    table = demo_window.editor.items
    table.setFocus()
    qtbot.keyClick(table, Key.Key_Z, CTRL)
    assert item_names(demo_window) == before
    qtbot.keyClick(table, Key.Key_Y, CTRL)
    assert item_names(demo_window) == after


def test_view_menu_hides_and_shows_the_exercise_library(qtbot, demo_window):
    action = demo_window.findChild(type(demo_window.actions.save), "libraryDockAction")
    assert action.isEnabled() and action.isChecked()
    view_menu = next(a.menu() for a in demo_window.menuBar().actions() if a.text() == "&View")
    assert action in view_menu.actions()
    action.trigger()
    assert not demo_window.library_dock.isVisible()
    action.trigger()
    assert demo_window.library_dock.isVisible()


def test_start_from_template_asks_before_replacing_and_shows_where_the_program_came_from(
    qtbot, demo_window, replace_answers, unsaved_answers
):
    unsaved_answers[0].append(DISCARD)
    open_patient(qtbot, demo_window, "Margaret Okafor")
    editor = demo_window.editor
    origin = demo_window.document.model.program().template_id
    assert origin and editor.template_choice.currentData() == origin
    other = next(editor.template_choice.itemData(i) for i in range(editor.template_choice.count())
                 if editor.template_choice.itemData(i) != origin)
    editor.template_choice.setCurrentIndex(editor.template_choice.findData(other))
    stages = [s.name for s in demo_window.document.model.program().stages]
    replace_answers.append(False)
    editor.start_button.click()
    assert [s.name for s in demo_window.document.model.program().stages] == stages
    replace_answers.append(True)
    editor.start_button.click()
    assert demo_window.document.model.program().template_id == other
    assert editor.template_choice.currentData() == other
    demo_window.actions.undo.trigger()
    assert editor.template_choice.currentData() == origin
    assert not replace_answers  # both questions were asked


def test_exercises_dropped_into_a_long_stage_are_selected_and_in_view(qtbot, demo_window, unsaved_answers):
    unsaved_answers[0].append(DISCARD)
    open_patient(qtbot, demo_window, "Margaret Okafor")
    demo_window.patient_page.open_on(progress=False)
    editor, model = demo_window.editor, demo_window.document.model
    stage = editor.current_stage()
    ids = [e.id for e in list(demo_window.library.library().exercises.values())[:20]]
    model.add_exercises(stage.id, len(stage.items), ids)  # as a drop of 20 exercises does
    table = editor.items
    rows = sorted(index.row() for index in table.selectionModel().selectedRows())
    assert rows == list(range(len(stage.items), len(stage.items) + 20))
    assert table.currentIndex().row() == rows[-1]
    qtbot.waitUntil(lambda: table.viewport().rect().intersects(table.visualRect(table.currentIndex())))


def test_a_returning_patient_opens_with_the_keyboard_on_the_page_tabs(qtbot, demo_window):
    page = demo_window.patient_list
    qtbot.waitActive(demo_window)
    demo_window.actions.find.trigger()
    qtbot.keyClicks(page.search, "okafor")
    qtbot.keyClick(page.search, Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.progress_controller.figures is not None, timeout=10_000)
    wait_idle(qtbot, demo_window)
    tabs = demo_window.patient_page.tabs
    assert tabs.currentWidget() is demo_window.progress and demo_window.focusWidget() is tabs.tabBar()
    qtbot.keyClick(tabs.tabBar(), Key.Key_Right)
    assert tabs.currentWidget() is demo_window.editor


def test_escape_leaves_the_library_search_for_the_program_and_tab_leaves_the_tables(
    qtbot, demo_window, unsaved_answers
):
    open_patient(qtbot, demo_window, "Margaret Okafor")
    qtbot.waitActive(demo_window)
    library, table = demo_window.library, demo_window.editor.items
    demo_window.actions.find.trigger()
    qtbot.keyClick(library.search, Key.Key_Escape)
    assert demo_window.patient_page.tabs.currentWidget() is demo_window.editor
    assert demo_window.focusWidget() is table
    qtbot.keyClick(table, Key.Key_Tab)  # out of the table, not to its next cell
    assert demo_window.focusWidget() is not table
    library.focus_search()
    qtbot.keyClick(library.search, Key.Key_Down)
    assert demo_window.focusWidget() is library.table
    qtbot.keyClick(library.table, Key.Key_Tab)
    assert demo_window.focusWidget() is not library.table
    demo_window.actions.show_patients.trigger()
    library.focus_search()
    qtbot.keyClick(library.search, Key.Key_Escape)  # on the patient list: back to the list
    assert demo_window.focusWidget() is demo_window.patient_list.table


def test_a_search_typed_after_one_that_found_nobody_keeps_every_letter_and_opens_its_match(qtbot, demo_window):
    # Ctrl+F "smith" (nobody), Ctrl+Shift+P, Ctrl+F "okaf", Enter: the list came back on the first letter
    # and took the focus, "kaf" went to it, and Enter opened the first patient in the list.
    page = demo_window.patient_list
    qtbot.waitActive(demo_window)
    page.focus_search()
    qtbot.keyClicks(page.search, "smith")
    assert page.stack.currentWidget() is page.notice
    demo_window.actions.show_patients.trigger()
    assert page.search.hasFocus()  # the table it would focus is not shown
    page.focus_search()
    qtbot.keyClicks(page.search, "okaf")
    assert page.search.text() == "okaf" and page.search.hasFocus()
    qtbot.keyClick(page.search, Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.document.patient is not None, timeout=10_000)
    assert demo_window.document.patient.name == "Margaret Okafor"
    wait_idle(qtbot, demo_window)


def test_delete_removes_a_program_exercise_only_where_the_programs_exercises_have_the_focus(
    qtbot, demo_window, unsaved_answers
):
    # Delete pressed in the library's list removed the program's current exercise, unseen.
    unsaved_answers[0].append(DISCARD)
    open_patient(qtbot, demo_window, "Margaret Okafor")
    qtbot.waitActive(demo_window)
    library, table = demo_window.library, demo_window.editor.items
    before = item_names(demo_window)
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))
    demo_window.actions.find.trigger()
    qtbot.keyClicks(library.search, "clam")
    qtbot.keyClick(library.search, Key.Key_Down)
    assert demo_window.focusWidget() is library.table
    qtbot.keyClick(library.table, Key.Key_Delete)
    assert item_names(demo_window) == before
    table.setFocus()
    qtbot.keyClick(table, Key.Key_Delete)
    assert item_names(demo_window) == before[:1] + before[2:]


def test_tab_leaves_the_patient_list_and_every_file_menu_letter_is_its_own(qtbot, demo_window):
    # Tab walked the list's cells for ever; File had two items on S (Save, Read scanned...).
    page = demo_window.patient_list
    qtbot.waitActive(demo_window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Key.Key_Tab)
    assert demo_window.focusWidget() is not page.table
    for menu in demo_window.menuBar().findChildren(QMenu):
        letters = [
            action.text().split("&")[1][:1].lower()
            for action in menu.actions()
            if not action.isSeparator() and "&" in action.text()
        ]
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_escape_in_the_library_clears_its_search_then_goes_back_to_the_program_also_from_its_list(
    qtbot, demo_window
):
    # Escape left the search with its words still filtering the list, and did nothing in the list.
    open_patient(qtbot, demo_window, "Margaret Okafor")
    qtbot.waitActive(demo_window)
    library, table = demo_window.library, demo_window.editor.items
    everything = library.proxy.rowCount()
    demo_window.actions.find.trigger()
    qtbot.keyClicks(library.search, "clam")
    assert library.proxy.rowCount() < everything
    qtbot.keyClick(library.search, Key.Key_Escape)
    assert library.search.text() == "" and library.proxy.rowCount() == everything
    assert demo_window.focusWidget() is library.search
    qtbot.keyClick(library.search, Key.Key_Escape)
    assert demo_window.focusWidget() is table
    library.focus_search()
    qtbot.keyClick(library.search, Key.Key_Down)
    assert demo_window.focusWidget() is library.table
    qtbot.keyClick(library.table, Key.Key_Escape)
    assert demo_window.focusWidget() is table
    demo_window.actions.show_patients.trigger()
    library.table.setFocus()
    qtbot.keyClick(library.table, Key.Key_Escape)  # on the patient list: back to the list
    assert demo_window.focusWidget() is demo_window.patient_list.table


def test_escape_in_the_patient_search_clears_it(qtbot, demo_window):
    page = demo_window.patient_list
    qtbot.waitActive(demo_window)
    everyone = page.proxy.rowCount()
    page.focus_search()
    qtbot.keyClicks(page.search, "okafor")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    qtbot.keyClick(page.search, Key.Key_Escape)
    assert page.search.text() == "" and page.search.hasFocus()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == everyone)
