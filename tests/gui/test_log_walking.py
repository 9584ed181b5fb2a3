"""Minutes walked in the log: typed in the week's grid or in today's session, refused out of range,
undone like any other log edit, and saved with the day's entry."""

from gui_helpers import TODAY, wait_idle
from PySide6.QtCore import Qt
from test_log_grid import go_to, open_demo_patient, open_log_sheet, value

from ptplanner.gui.progress.log_cells import WALKED_ROW

Key = Qt.Key


def test_minutes_walked_are_typed_in_the_grid_refused_past_600_and_saved(qtbot, demo_window):
    window = demo_window
    open_demo_patient(qtbot, window, "Margaret Okafor")  # stage 1 walks by its plan
    dialog = open_log_sheet(qtbot, window)
    grid, model = dialog.grid, dialog.model
    walked = model.row_of_field("walking_minutes")
    assert model.headerData(walked, Qt.Orientation.Vertical) == WALKED_ROW.label
    today = model.column_of(TODAY)
    go_to(qtbot, grid, walked, today)
    qtbot.keyClicks(grid, "25")
    assert value(model, walked, today) == 25 and model.entry_on(TODAY).walking_minutes == 25
    go_to(qtbot, grid, walked, today - 1)
    before = value(model, walked, today - 1)
    qtbot.keyClicks(grid, "700")
    assert value(model, walked, today - 1) == before
    assert "Minutes walked is a whole number from 0 to 600" in dialog.message.text()

    dialog.save_button.click()
    wait_idle(qtbot, window)
    stored = {e.day: e for e in window.clinic.workspace.store.entries_for(model.program.id)}
    assert stored[TODAY].walking_minutes == 25


def test_todays_session_takes_the_minutes_walked_as_one_undoable_edit(qtbot, demo_window):
    window = demo_window
    open_demo_patient(qtbot, window, "Margaret Okafor")
    dialog = open_log_sheet(qtbot, window, today_only=True)
    panel, model = dialog.today_panel, dialog.model
    assert panel.minutes.isVisibleTo(panel) and panel.minutes.text() == "not logged"
    panel.minutes.setValue(30)
    assert model.entry_on(TODAY).walking_minutes == 30
    dialog.undo_stack.undo()
    assert model.entry_on(TODAY) is None and panel.minutes.text() == "not logged"


def test_a_stage_that_does_not_walk_has_no_minutes_row(qtbot, demo_window):
    window = demo_window
    open_demo_patient(qtbot, window, "Grace Nakamura")  # SI-joint program: no walking plan
    dialog = open_log_sheet(qtbot, window)
    model = dialog.model
    assert all(model.row(row).field != "walking_minutes" for row in range(model.rowCount()))
    assert not dialog.today_panel.minutes.isVisibleTo(dialog.today_panel)
