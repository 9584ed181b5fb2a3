"""When the library improves an exercise, the program editor marks the items that still hold the old
text and pictures, and brings them up to date on request, one undo step at a time."""

import pytest
from gui_helpers import add_patient, item_index, item_names, start_from_fusion_template, wait_idle
from PySide6.QtCore import Qt

from ptplanner.core.library import Library
from ptplanner.gui.models.program import ITEM_ROLE, UPDATED_IN_LIBRARY


@pytest.fixture
def window(qtbot, empty_window):
    """A saved fusion program, its Stabilization stage chosen, Clamshell given its own dose and note."""
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    empty_window.editor.select_stage(1)
    empty_window.document.model.setData(item_index(empty_window, "Clamshell", 2), 12)  # reps
    empty_window.document.model.setData(item_index(empty_window, "Clamshell", 9), "Left hip sore")  # note
    empty_window.actions.save.trigger()
    qtbot.waitUntil(lambda: not empty_window.isWindowModified(), timeout=10_000)
    wait_idle(qtbot, empty_window)
    return empty_window


def redrawn(window, *exercise_ids: str) -> Library:
    """The window's library with these exercises reworded, as a new ptplanner version might ship them."""
    library = window.library.library()
    changed = {
        exercise_id: library.get(exercise_id).model_copy(update={"summary": "Reworded by the library."})
        for exercise_id in exercise_ids
    }
    return Library({**library.exercises, **changed})


def item(window, name):
    return item_index(window, name).data(ITEM_ROLE)


def marked(window, name) -> bool:
    index = item_index(window, name)
    font = index.data(Qt.ItemDataRole.FontRole)
    in_tooltip = UPDATED_IN_LIBRARY in index.data(Qt.ItemDataRole.ToolTipRole)
    assert in_tooltip == (font is not None and font.italic())
    return in_tooltip


def test_an_item_the_library_changed_is_marked_and_updated_keeping_dose_note_and_id(qtbot, window):
    editor = window.editor
    before = item(window, "Clamshell")
    assert not marked(window, "Clamshell") and not editor.library_updates.isVisible()

    editor.set_library(redrawn(window, "clamshell"))
    assert marked(window, "Clamshell")
    assert not marked(window, "Bridge")  # up to date
    assert editor.library_updates.isVisible() and "Clamshell" in editor.library_updates.text()
    assert editor.update_all_button.isVisible() and editor.update_button.isVisible()

    editor.select_item(item_names(window).index("Bridge"))
    assert not editor.update_button.isEnabled()  # the chosen exercise is up to date
    editor.select_item(item_names(window).index("Clamshell"))
    assert editor.update_button.isEnabled()
    assert editor.update_button.shortcut().toString() == "Ctrl+U"  # offscreen windows take no shortcuts
    assert editor.update_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    editor.update_button.click()

    after = item(window, "Clamshell")
    assert after.exercise.summary == "Reworded by the library."
    assert (after.id, after.dosage, after.note) == (before.id, before.dosage, "Left hip sore")
    assert after.dosage.reps == 12
    assert not marked(window, "Clamshell")
    assert not editor.library_updates.isVisible() and not editor.update_button.isVisible()
    assert window.isWindowModified()  # saved as a new version, so old handouts stay reprintable
    assert window.document.undo_stack.undoText() == "Update Clamshell from library"

    window.actions.undo.trigger()
    assert item(window, "Clamshell") == before
    assert marked(window, "Clamshell") and not window.isWindowModified()
    window.actions.redo.trigger()
    window.actions.save.trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=10_000)
    wait_idle(qtbot, window)
    assert window.document.model.program().version == 2
    assert item(window, "Clamshell") == after


def test_update_all_updates_every_out_of_date_item_in_one_undo_step(qtbot, window):
    editor = window.editor
    model = window.document.model
    old = model.program()
    editor.set_library(redrawn(window, "clamshell", "log-roll", "side-plank"))
    assert "Clamshell and 2 exercises in other stages" in editor.library_updates.text()
    steps = window.document.undo_stack.count()

    editor.update_all_button.click()
    assert model.out_of_date() == []
    assert window.document.undo_stack.count() == steps + 1
    assert window.document.undo_stack.undoText() == "Update 3 exercises from library"
    now = model.program()
    changed = [item.exercise.id for item in now.items() if item not in old.items()]
    assert sorted(changed) == ["clamshell", "log-roll", "side-plank"]
    assert [(i.id, i.dosage, i.note) for i in now.items()] == [(i.id, i.dosage, i.note) for i in old.items()]
    assert not editor.library_updates.isVisible() and not editor.update_all_button.isVisible()

    window.actions.undo.trigger()
    assert model.program() == old
    assert len(model.out_of_date()) == 3
    window.document.undo_stack.setClean()


def test_an_up_to_date_program_shows_no_marks(window):
    editor = window.editor
    assert window.document.model.out_of_date() == []
    assert not any(marked(window, name) for name in item_names(window))
    assert not editor.library_updates.isVisible()
    assert not editor.update_button.isVisible() and not editor.update_all_button.isVisible()
