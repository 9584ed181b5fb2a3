"""The log sheet grid, driven from the keyboard as a therapist types in a returned paper sheet:
Space ticks sessions, arrows move, digits type pain, bad values are refused at the cell, every edit
can be undone, and what is saved is there when the patient is opened again."""

from datetime import timedelta

import pytest
from gui_helpers import TODAY, show_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit

from ptplanner.app.errors import DatabaseUnavailable
from ptplanner.app.workspace import Workspace
from ptplanner.core.summary import current_program
from ptplanner.gui.progress import log_dialog
from ptplanner.gui.progress.log_model import LogSheetModel
from ptplanner.storage.store import Store

Key = Qt.Key
EDIT = Qt.ItemDataRole.EditRole


def open_demo_patient(qtbot, window, name):
    patient = next(p for p in window.clinic.workspace.store.list_patients() if p.name == name)
    window.open_patient(patient.id)
    qtbot.waitUntil(lambda: window.progress_controller.unavailable_reason() is None, timeout=10_000)
    wait_idle(qtbot, window)
    return patient


def open_log_sheet(qtbot, window, today_only=False):
    (window.actions.record_today if today_only else window.actions.record_log).trigger()
    dialog = window.progress_controller.log_dialog
    qtbot.waitExposed(dialog)
    return dialog


def exercise_row(model, name):
    return next(
        r for r in range(model.rowCount()) if model.row(r).item and model.row(r).item.exercise.name == name
    )


def go_to(qtbot, grid, row, column):
    """Move the cursor with the arrow keys, as a therapist would."""
    start = grid.currentIndex()
    for _ in range(abs(row - start.row())):
        qtbot.keyClick(grid, Key.Key_Down if row > start.row() else Key.Key_Up)
    for _ in range(abs(column - start.column())):
        qtbot.keyClick(grid, Key.Key_Right if column > start.column() else Key.Key_Left)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (row, column)


def value(model, row, column):
    return model.index(row, column).data(EDIT)


@pytest.fixture
def margaret(qtbot, demo_window):
    """Two weeks after surgery: belly draw-in twice a day and ankle pumps 12 times a day; nothing logged today."""
    patient = open_demo_patient(qtbot, demo_window, "Margaret Okafor")
    return demo_window, patient


def test_the_log_model_passes_qtmodeltester_while_edited(qtmodeltester, demo_workspace):
    store = demo_workspace.store
    patient = next(p for p in store.list_patients() if p.name == "Robert Chen")
    program = current_program(store.programs_for(patient.id))
    model = LogSheetModel(program, store.entries_for(program.id), QUndoStack(), TODAY)
    qtmodeltester.check(model, force_py=True)
    today = model.column_of(TODAY)
    model.add_session(model.index(0, today))
    model.setData(model.index(model.row_of_field("pain_back"), today), "4")
    model.show_week_from(TODAY - timedelta(days=30))
    model.undo_stack.undo()  # shows the week of the day undone
    assert TODAY in model.days()
    qtmodeltester.check(model, force_py=True)


def test_space_ticks_sessions_arrows_move_and_digits_type_numbers(qtbot, margaret):
    window, _patient = margaret
    dialog = open_log_sheet(qtbot, window)
    grid, model = dialog.grid, dialog.model
    today = model.column_of(TODAY)
    belly, ankle = exercise_row(model, "Belly draw-in"), exercise_row(model, "Ankle pumps")

    go_to(qtbot, grid, belly, today)
    qtbot.keyClick(grid, Key.Key_Space)
    assert value(model, belly, today) == 1
    assert model.index(belly, today).data() == "☑☐"
    qtbot.keyClick(grid, Key.Key_Space)
    assert value(model, belly, today) == 2
    qtbot.keyClick(grid, Key.Key_Space)  # past twice a day: back to none
    assert value(model, belly, today) == 0
    qtbot.keyClick(grid, Key.Key_Space)

    go_to(qtbot, grid, ankle, today - 1)
    qtbot.keyClicks(grid, "12")  # two digits, one number
    assert value(model, ankle, today - 1) == 12
    assert model.index(ankle, today - 1).data() == "12/12"

    back = model.row_of_field("pain_back")
    go_to(qtbot, grid, back, today)
    qtbot.keyClicks(grid, "10")
    qtbot.keyClick(grid, Key.Key_Down)
    qtbot.keyClicks(grid, "3")
    assert (value(model, back, today), value(model, back + 1, today)) == (10, 3)
    qtbot.keyClick(grid, Key.Key_Delete)
    assert value(model, back + 1, today) is None

    note = model.row_of_field("note")
    go_to(qtbot, grid, note, today)
    qtbot.keyClick(grid, Key.Key_F2)
    editor = grid.findChild(QLineEdit)
    qtbot.keyClicks(editor, "Walked <b>to</b> the shop & back")
    qtbot.keyClick(editor, Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState)

    entry = model.entry_on(TODAY)
    assert (entry.pain_back, entry.pain_leg, entry.note) == (10, None, "Walked <b>to</b> the shop & back")
    assert model.index(note, today).data() == "Walked <b>to</b> the shop & back"  # shown as typed
    assert {c.item_id: c.sessions_done for c in entry.completions} == {model.row(belly).item.id: 1}
    assert dialog.isWindowModified()

    steps = model.undo_stack.count()
    assert steps == 9  # 4 spaces, "12", "10", "3", Delete and the note: each one step
    qtbot.keyClick(grid, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.undo_stack.index() == steps - 1 and model.entry_on(TODAY).note == ""
    qtbot.keyClick(grid, Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert model.entry_on(TODAY) == entry
    for _ in range(steps):
        model.undo_stack.undo()
    assert model.entry_on(TODAY) is None and not model.is_modified()
    model.undo_stack.setIndex(steps)
    assert model.entry_on(TODAY) == entry


def test_bad_values_are_refused_at_the_cell_with_a_message(qtbot, margaret):
    window, _patient = margaret
    dialog = open_log_sheet(qtbot, window)
    grid, model = dialog.grid, dialog.model
    yesterday = model.column_of(TODAY) - 1
    back = model.row_of_field("pain_back")
    stored = value(model, back, yesterday)
    go_to(qtbot, grid, back, yesterday)

    qtbot.keyClicks(grid, "11")
    assert value(model, back, yesterday) == stored  # the 1 typed first is taken back too
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Back pain is a whole number from 0 to 10, not “11”."
    qtbot.keyClicks(grid, "x")
    assert dialog.message.text() == "Back pain is a whole number from 0 to 10, not “x”."

    qtbot.keyClick(grid, Key.Key_F2)  # the editor takes anything; the model says no
    editor = grid.findChild(QLineEdit)
    editor.setText("-1")
    qtbot.keyClick(editor, Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState)
    assert "not “-1”" in dialog.message.text()
    assert value(model, back, yesterday) == stored

    belly = exercise_row(model, "Belly draw-in")
    go_to(qtbot, grid, belly, yesterday)
    qtbot.keyClicks(grid, "3")
    assert dialog.message.text() == "Belly draw-in is done up to 2 times a day: type 0 to 2, not “3”."
    assert not model.is_modified() and model.undo_stack.count() == 0

    qtbot.keyClicks(grid, "7")  # after a refusal the next key starts afresh
    assert value(model, back, yesterday) == stored
    go_to(qtbot, grid, back, yesterday)
    qtbot.keyClicks(grid, "7")
    assert value(model, back, yesterday) == 7
    assert not dialog.message.isVisible()  # a value taken clears the last refusal


def test_days_outside_the_program_cannot_be_logged(qtbot, margaret):
    window, _patient = margaret
    dialog = open_log_sheet(qtbot, window)
    model = dialog.model
    assert not dialog.later.isEnabled()  # the week shown ends today
    started = model.program.created_on
    dialog.week_from.setDate(started - timedelta(days=3))
    assert model.days()[0] == started - timedelta(days=3)
    before = model.index(0, 2)
    assert not model.flags(before) & Qt.ItemFlag.ItemIsEnabled
    assert "The program starts on" in before.data(Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEnabled
    assert not model.set_value(before, 1)


def test_the_log_is_saved_and_found_again_after_reopening(qtbot, margaret, data_dir, monkeypatch):
    window, patient = margaret
    dialog = open_log_sheet(qtbot, window)
    grid, model = dialog.grid, dialog.model
    today = model.column_of(TODAY)
    yesterday_entry = model.entry_on(TODAY - timedelta(days=1))
    go_to(qtbot, grid, exercise_row(model, "Buttock squeeze"), today)
    qtbot.keyClick(grid, Key.Key_Space)
    go_to(qtbot, grid, model.row_of_field("pain_back"), today)
    qtbot.keyClicks(grid, "4")
    go_to(qtbot, grid, model.row_of_field("pain_back"), today - 1)
    for row in range(model.rowCount()):  # empty yesterday entirely: its stored entry is deleted on save
        model.clear(model.index(row, today - 1))
    assert model.entry_on(TODAY - timedelta(days=1)) is None

    with monkeypatch.context() as patch:

        def read_only(*args):
            raise DatabaseUnavailable("attempt to write a readonly database")  # as the engine words it

        patch.setattr(Store, "save_log", read_only)
        dialog.save_button.click()
        wait_idle(qtbot, window)
        assert "The log was not saved: attempt to write a readonly database" in dialog.message.text()
        assert "Your entries are still here" in dialog.message.text()
        assert model.is_modified() and dialog.save_button.isEnabled()

    dialog.save_button.click()
    wait_idle(qtbot, window)
    assert not model.is_modified() and dialog.message.text() == "Saved 2 days."
    program_id = model.program.id
    stored = {e.day: e for e in window.clinic.workspace.store.entries_for(program_id)}
    assert stored[TODAY] == model.entry_on(TODAY)
    assert yesterday_entry is not None and TODAY - timedelta(days=1) not in stored
    dialog.close_button.click()
    assert not dialog.isVisible()
    saved_today = stored[TODAY]
    window.close()
    window.clinic.workspace.close()

    reopened = Workspace.open(data_dir)
    try:
        again = show_window(qtbot, reopened)
        open_demo_patient(qtbot, again, patient.name)
        model = open_log_sheet(qtbot, again).model
        assert model.entry_on(TODAY) == saved_today
        assert value(model, model.row_of_field("pain_back"), model.column_of(TODAY)) == 4
        again.close()
    finally:
        reopened.close()


def test_closing_with_unsaved_days_asks_first(qtbot, margaret, monkeypatch):
    window, _patient = margaret
    dialog = open_log_sheet(qtbot, window)
    asked = []
    answers = [log_dialog.Unsaved.CANCEL, log_dialog.Unsaved.SAVE]
    monkeypatch.setattr(log_dialog, "ask_to_save_log", lambda parent: asked.append(parent) or answers.pop(0))
    dialog.model.add_session(dialog.model.index(0, dialog.model.column_of(TODAY)))
    dialog.close_button.click()
    assert dialog.isVisible() and len(asked) == 1
    # Save, then close. The dialog deletes itself once finished, so the test waits on its signal and
    # never looks at the dialog again (asking a deleted dialog whether it is visible made this flaky).
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.close_button.click()
    wait_idle(qtbot, window)
    program_id = window.document.model.program().id
    assert any(e.day == TODAY for e in window.clinic.workspace.store.entries_for(program_id))


def test_todays_session_is_one_click_per_exercise(qtbot, margaret):
    window, _patient = margaret
    dialog = open_log_sheet(qtbot, window, today_only=True)
    panel, model = dialog.today_panel, dialog.model
    assert dialog.tabs.currentWidget() is panel
    belly = model.row(exercise_row(model, "Belly draw-in")).item
    button = panel.buttons[belly.id]
    assert button.text() == "Belly draw-in\n0 of 2 today"
    button.click()
    button.click()
    assert button.text() == "✓ Belly draw-in\n2 of 2 today" and not button.isEnabled()
    assert value(model, exercise_row(model, "Belly draw-in"), model.column_of(TODAY)) == 2
    dialog.undo_stack.undo()
    assert button.text() == "Belly draw-in\n1 of 2 today" and button.isEnabled()
    assert len(panel.buttons) == 6  # every exercise of today's stage
    dialog.undo_stack.undo()
