"""A command's shortcut pressed while the command is off says why in the status bar (it did nothing at
all), and the command stays off."""

from gui_helpers import add_patient, item_names, open_patient, wait_idle
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from ptplanner.core.library import Library
from ptplanner.gui.dialogs import Unsaved
from ptplanner.gui.main_window import MainWindow

Key = Qt.Key
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = CTRL | SHIFT
ALT = Qt.KeyboardModifier.AltModifier


def said_after(qtbot, window, key, modifiers=CTRL) -> str:
    """What the status bar says after `key` is pressed where the keyboard is."""
    window.statusBar().clearMessage()
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is window, focus
    qtbot.keyClick(focus, key, modifiers)
    return window.statusBar().currentMessage()


def test_a_command_that_needs_a_patient_says_so(qtbot, demo_window):
    window = demo_window
    qtbot.waitActive(window)
    window.patient_list.table.setFocus()
    assert not window.actions.print.isEnabled()
    assert said_after(qtbot, window, Key.Key_P) == "Open a patient first to print a handout."
    assert not window.actions.print.isEnabled() and window.actions.print.shortcut().toString() == "Ctrl+P"
    assert said_after(qtbot, window, Key.Key_E) == "Open a patient first to edit their details."
    assert said_after(qtbot, window, Key.Key_S) == "Open a patient first: there is no program to save."
    assert said_after(qtbot, window, Key.Key_L) == "Open a patient first to record their log sheet."
    assert said_after(qtbot, window, Key.Key_O, CTRL_SHIFT) == "Open a patient first to add an outcome score."
    window.patient_list.focus_search()
    report = said_after(qtbot, window, Key.Key_R, CTRL_SHIFT)
    assert report == "Open a patient first to save a progress report."
    assert said_after(qtbot, window, Key.Key_Q, CTRL_SHIFT) == ""  # no command's keys: nothing said


def test_with_a_patient_open_the_reason_is_the_programs(qtbot, demo_window):
    window = demo_window
    qtbot.waitActive(window)
    open_patient(qtbot, window, "Robert Chen")
    window.patient_page.open_on(progress=False)
    window.editor.items.setFocus()
    assert said_after(qtbot, window, Key.Key_S) == "There are no changes to save."
    assert said_after(qtbot, window, Key.Key_Z) == "There is nothing to undo."
    assert said_after(qtbot, window, Key.Key_Y) == "There is nothing to redo."
    # A command off for a reason not listed is not said to wait for the clinic's data, open all along.
    window.actions.find.setEnabled(False)
    assert said_after(qtbot, window, Key.Key_F) == "This command cannot be used right now."


def program_shown(qtbot, window):
    """Robert Chen's program, the keyboard in its exercises with none chosen."""
    qtbot.waitActive(window)
    open_patient(qtbot, window, "Robert Chen")
    window.patient_page.open_on(progress=False)
    editor = window.editor
    editor.items.setFocus()
    qtbot.waitUntil(editor.items.hasFocus)
    editor.items.setCurrentIndex(QModelIndex())
    return editor


def newer_in_the_library(window, exercise_id):
    """The window's library with this exercise reworded, as a new ptplanner version might ship it."""
    library = window.library.library()
    newer = library.get(exercise_id).model_copy(update={"summary": "Reworded by the library."})
    window.editor.set_library(Library({**library.exercises, exercise_id: newer}))


def test_the_program_editors_buttons_say_why_their_keys_do_nothing(qtbot, demo_window, unsaved_answers):
    window = demo_window
    editor = program_shown(qtbot, window)
    names = item_names(window)
    assert not editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    choose = "Choose an exercise in the program first to move it."
    assert said_after(qtbot, window, Key.Key_Up, ALT) == choose
    assert said_after(qtbot, window, Key.Key_Down, ALT) == choose
    assert item_names(window) == names and not editor.items.currentIndex().isValid()  # nothing moved

    assert not editor.update_button.isVisible() and not editor.update_all_button.isVisible()
    nothing_newer = "No exercise in the program is newer in the library."
    assert said_after(qtbot, window, Key.Key_U) == nothing_newer
    assert said_after(qtbot, window, Key.Key_U, CTRL_SHIFT) == nothing_newer

    newer_in_the_library(window, "clamshell")
    editor.select_item(names.index("Bridge"))  # up to date
    assert editor.update_button.isVisible() and not editor.update_button.isEnabled()
    said = said_after(qtbot, window, Key.Key_U)
    assert said == "Choose an exercise shown in italics first to update it from the library."

    # with the buttons on, their keys work as before (a button's key clicks it a moment later), saying nothing
    assert said_after(qtbot, window, Key.Key_Down, ALT) == ""
    qtbot.waitUntil(lambda: item_names(window)[:2] == [names[1], "Bridge"])
    editor.select_item(item_names(window).index("Clamshell"))
    assert said_after(qtbot, window, Key.Key_U) == ""
    qtbot.waitUntil(lambda: not editor.update_button.isVisible())  # Clamshell was updated
    unsaved_answers[0].append(Unsaved.DISCARD)


def test_the_first_exercise_cannot_move_up_nor_the_last_down_and_the_keys_say_so(qtbot, demo_window):
    # Both buttons were on at the ends of the stage, where a click did nothing and said nothing.
    window = demo_window
    editor = program_shown(qtbot, window)
    names = item_names(window)
    editor.select_item(0)
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    assert said_after(qtbot, window, Key.Key_Up, ALT) == "This exercise is already the first of its stage."
    editor.select_item(len(names) - 1)
    assert editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    assert said_after(qtbot, window, Key.Key_Down, ALT) == "This exercise is already the last of its stage."
    assert item_names(window) == names  # nothing moved


def test_the_program_editors_reasons_are_said_in_spanish(qtbot, spanish_window):
    window = spanish_window
    program_shown(qtbot, window)
    said = said_after(qtbot, window, Key.Key_Up, ALT)
    assert said == "Elija primero un ejercicio del programa para moverlo."
    said = said_after(qtbot, window, Key.Key_U, CTRL_SHIFT)
    assert said == "Ningún ejercicio del programa es más reciente en la biblioteca."


def test_a_new_patients_empty_program_says_what_it_lacks(qtbot, empty_window):
    window = empty_window
    add_patient(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.editor.start_button.setFocus()  # (QTest types Ctrl+P as "p", which a combo box searches for)
    qtbot.waitUntil(window.editor.start_button.hasFocus)
    assert not window.actions.print.isEnabled() and not window.actions.record_log.isEnabled()
    assert said_after(qtbot, window, Key.Key_P) == "Add a stage to the program first to print a handout."
    assert said_after(qtbot, window, Key.Key_T) == window.progress_controller.unavailable_reason() != ""
    report = said_after(qtbot, window, Key.Key_R, CTRL_SHIFT)
    assert report == "Save the program first to make a progress report."


def test_before_the_clinic_is_open_the_commands_say_it_is_still_opening(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.patient_list.search.setFocus()
    qtbot.waitUntil(window.patient_list.search.hasFocus)
    assert said_after(qtbot, window, Key.Key_N) == "The clinic's data is not open yet."


def test_the_reason_is_said_in_spanish(qtbot, spanish_window):
    window = spanish_window
    qtbot.waitActive(window)
    window.patient_list.table.setFocus()
    said = said_after(qtbot, window, Key.Key_P)
    assert said == "Abra primero un paciente para imprimir una hoja de ejercicios."
    wait_idle(qtbot, window)
