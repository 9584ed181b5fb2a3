"""The main window on a small laptop screen (1024x640): it fits, the program table shows enough rows,
names are whole, the filter boxes show their choice, and a stage tile's warning stays in its tile."""

import pytest
from gui_helpers import open_patient, wait_idle
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from ptplanner.gui.dialogs import Unsaved
from ptplanner.gui.models.program import WARNINGS_ROLE
from ptplanner.gui.patients.list_page import LAST_ACTIVITY, NAME

SMALL = QSize(1024, 640)


def show_small(qtbot, window) -> None:
    window.resize(SMALL)
    qtbot.waitUntil(lambda: window.size() == SMALL)
    qtbot.wait(50)  # the splitter shares its height on the next turn of the event loop


@pytest.mark.parametrize("fixture", ["demo_window", "spanish_window"])  # Spanish words are longer
def test_the_window_fits_a_1024_by_640_screen(request, fixture):
    hint = request.getfixturevalue(fixture).minimumSizeHint()
    assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height()


def test_patient_names_are_whole_in_the_list(qtbot, demo_window):
    show_small(qtbot, demo_window)
    table, proxy = demo_window.patient_list.table, demo_window.patient_list.proxy
    metrics = table.fontMetrics()
    for row in range(proxy.rowCount()):
        name = proxy.index(row, NAME).data()
        assert metrics.horizontalAdvance(name) + 8 <= table.columnWidth(NAME), name


@pytest.mark.parametrize("fixture", ["demo_window", "spanish_window"])
def test_last_activity_dates_are_whole_in_the_list(qtbot, request, fixture):
    window = request.getfixturevalue(fixture)  # "5 de diciembre de 2026" was cut at 96 pixels
    show_small(qtbot, window)
    table, proxy = window.patient_list.table, window.patient_list.proxy
    dates = [proxy.index(row, LAST_ACTIVITY).data() for row in range(proxy.rowCount())]
    assert any(dates)
    for shown in filter(None, dates):
        assert table.fontMetrics().horizontalAdvance(shown) + 8 <= table.columnWidth(LAST_ACTIVITY), shown



def test_the_program_table_shows_enough_rows_and_whole_names(qtbot, demo_window, unsaved_answers):
    open_patient(qtbot, demo_window, "Margaret Okafor")
    demo_window.patient_page.open_on(progress=False)
    show_small(qtbot, demo_window)
    table = demo_window.editor.items
    assert table.viewport().height() >= 5 * table.verticalHeader().defaultSectionSize()
    assert not table.horizontalScrollBar().isVisible()
    assert not demo_window.editor.stage_list.verticalScrollBar().isVisible()  # four stages in view


@pytest.mark.parametrize("fixture", ["demo_window", "spanish_window"])  # "Cualquier zona del cuerpo"
def test_filter_boxes_show_their_whole_choice_in_the_narrow_panel(qtbot, request, fixture):
    window = request.getfixturevalue(fixture)
    show_small(qtbot, window)  # the library panel is at its narrowest
    filters = window.library.filters
    for combo in (filters.category, filters.stage, filters.position, filters.equipment, filters.region):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        text_room = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        ).width()
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= text_room, combo.currentText()
        assert combo.width() >= combo.minimumSizeHint().width()


def test_a_stage_tile_with_a_warning_stays_inside_its_tile(qtbot, demo_window, unsaved_answers):
    unsaved_answers[0].append(Unsaved.DISCARD)
    open_patient(qtbot, demo_window, "Margaret Okafor")
    demo_window.patient_page.open_on(progress=False)
    editor, model = demo_window.editor, demo_window.document.model
    editor.select_stage(0)
    for exercise_id in ("abdominal-drawing-in",) * 4:  # 7 exercises in the session: a warning on the stage
        editor.add_exercise(exercise_id)
    assert model.index(0, 0).data(WARNINGS_ROLE)
    tiles = editor.stage_list
    first, second = tiles.visualRect(model.index(0, 0)), tiles.visualRect(model.index(1, 0))
    assert first.right() < second.left() or first.bottom() < second.top()
    assert first.width() <= tiles.gridSize().width()
    wait_idle(qtbot, demo_window)
