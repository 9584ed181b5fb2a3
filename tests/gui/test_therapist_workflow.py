"""End to end, as a therapist works: add a patient, build their program from a template, adjust it,
undo and redo, save, close, reopen the app on the same data folder and find everything as it was."""

from datetime import timedelta

from gui_helpers import (
    add_patient,
    edit_cell,
    item_index,
    item_names,
    show_window,
    start_from_fusion_template,
    wait_idle,
)
from PySide6.QtCore import Qt

from ptplanner.app.workspace import Workspace
from ptplanner.core import clock
from ptplanner.gui.dialogs import Unsaved
from ptplanner.gui.models.program import ID_ROLE, ITEM_ROLE

TODAY = clock.today()


def test_a_program_built_and_saved_is_found_identical_after_reopening(qtbot, empty_workspace, data_dir):
    window = show_window(qtbot, empty_workspace)
    add_patient(qtbot, window)
    assert window.pages.currentWidget() is window.patient_page
    assert window.patient_page.heading.text() == "Ana Silva"
    assert "No bending" in window.patient_page.precautions.text()
    editor = window.editor
    assert editor.no_stages.isVisible()  # a new patient has no program yet

    start_from_fusion_template(window)
    assert window.document.model.rowCount() == 4
    assert window.isWindowModified()

    editor.select_stage(1)  # Stabilization
    bridge_row = item_names(window).index("Bridge")
    editor.select_item(bridge_row)
    easier = editor.easier_button.menu().actions()
    assert [a.text() for a in easier] == ["Buttock squeeze"]
    easier[0].trigger()
    assert item_names(window)[bridge_row] == "Buttock squeeze"

    edit_cell(qtbot, window, "Clamshell", 2, 12)  # reps
    assert item_index(window, "Clamshell", 2).data() == "12"

    editor.select_item(0)
    editor.down_button.click()
    moved = item_names(window)
    assert moved[:2] == ["Bird dog, leg only", "Buttock squeeze"]

    undo, redo = window.actions.undo, window.actions.redo
    undo.trigger()
    assert item_names(window)[0] == "Buttock squeeze"
    undo.trigger()
    assert item_index(window, "Clamshell", 2).data() == "10"
    redo.trigger()
    redo.trigger()
    assert item_names(window) == moved
    assert item_index(window, "Clamshell", 2).data() == "12"

    window.actions.save.trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=10_000)
    wait_idle(qtbot, window)
    saved_program = window.document.model.program()
    saved_patient = window.document.patient
    assert saved_program.version == 1
    window.close()
    empty_workspace.close()

    reopened = Workspace.open(data_dir)
    try:
        again = show_window(qtbot, reopened)
        assert again.patient_list.proxy.rowCount() == 1
        again.patient_list.patient_opened.emit(saved_patient.id)
        qtbot.waitUntil(lambda: again.document.model is not None, timeout=10_000)
        assert again.document.patient == saved_patient
        assert again.document.model.program() == saved_program
        again.editor.select_stage(1)
        assert item_names(again) == moved
        again.close()
    finally:
        reopened.close()


def test_exercises_are_added_by_double_click_and_drop_and_reordered_by_drag(qtbot, empty_window):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    editor, model = empty_window.editor, empty_window.document.model
    editor.select_stage(0)
    before = item_names(empty_window)

    empty_window.library.exercise_activated.emit("bridge")  # a double-click in the library
    assert item_names(empty_window) == before + ["Bridge"]

    from ptplanner.gui.models.library import ids_to_mime

    root = editor.items.rootIndex()
    model.dropMimeData(ids_to_mime(["clamshell", "dead-bug"]), Qt.DropAction.CopyAction, 1, 0, root)
    assert item_names(empty_window)[1:3] == ["Clamshell", "Dead bug"]

    first = model.index(0, 0, root)
    drag = model.mimeData([first])
    model.dropMimeData(drag, Qt.DropAction.MoveAction, 3, 0, root)
    assert item_names(empty_window)[2] == before[0]
    assert empty_window.document.undo_stack.undoText() == f"Move {before[0]}"

    # dropping onto another stage in the stage list moves the item there
    item = model.index(0, 0, root).data(ITEM_ROLE)
    model.dropMimeData(
        model.mimeData([model.index(0, 0, root)]), Qt.DropAction.MoveAction, -1, 0, model.index(1, 0)
    )
    assert item.id not in [model.index(r, 0, root).data(ID_ROLE) for r in range(model.rowCount(root))]
    assert model.program().stages[1].items[-1] == item
    empty_window.document.undo_stack.undo()
    assert model.index(0, 0, root).data(ITEM_ROLE) == item
    empty_window.document.undo_stack.setClean()


def test_safety_warnings_are_shown_but_never_block(qtbot, empty_window):
    add_patient(qtbot, empty_window)  # no bending for four more weeks
    start_from_fusion_template(empty_window)
    editor = empty_window.editor
    editor.select_stage(0)
    assert not editor.stage_warnings.isVisible()
    empty_window.library.exercise_activated.emit("lifting-technique")  # bends, and is for stage 2
    warnings = editor.stage_warnings.text()
    assert "Safe lifting is meant for stage 2 or later; this is stage 1." in warnings
    assert "involves bending, but 'no bending' applies until" in warnings
    assert "in one session" not in warnings  # safe lifting is practised as the day brings it, on top
    index = item_index(empty_window, "Safe lifting")
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Safe lifting" in item_names(empty_window)  # warned about, still added
    empty_window.document.undo_stack.setClean()


def test_moving_to_the_next_stage_records_the_date_and_can_be_undone(qtbot, empty_window):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    editor, model = empty_window.editor, empty_window.document.model
    editor.move_date.setDate(TODAY - timedelta(days=2))
    editor.next_stage_button.click()
    program = model.program()
    assert program.current_stage_index() == 1
    assert program.moves[-1].on == TODAY - timedelta(days=2)
    assert "stage 2 of 4: Stabilization" in empty_window.patient_page.progress.text()
    empty_window.actions.undo.trigger()
    assert model.program().current_stage_index() == 0
    assert "stage 1 of 4: Protection" in empty_window.patient_page.progress.text()
    empty_window.document.undo_stack.setClean()


def test_stages_are_added_copied_edited_and_removed_with_undo(qtbot, empty_window):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    editor, model = empty_window.editor, empty_window.document.model
    editor.select_stage(3)
    editor.copy_stage_button.click()
    assert [s.name for s in model.program().stages][3:] == ["Return to activity", "Return to activity (copy)"]
    form = editor.stage_form
    form.name.setText("Maintenance")
    form.name.editingFinished.emit()
    form.end_week.setValue(40)
    form.end_week.editingFinished.emit()
    assert model.program().stages[4].name == "Maintenance"
    assert model.program().stages[4].end_week == 40

    form.start_week.setValue(45)
    form.start_week.editingFinished.emit()
    assert form.weeks_message.text() == "A stage must end after it starts."
    assert model.program().stages[4].start_week == 24  # refused at the field, never stored

    editor.remove_stage_button.click()
    assert model.rowCount() == 4
    empty_window.actions.undo.trigger()
    assert model.program().stages[4].name == "Maintenance"
    editor.add_stage_button.click()
    assert model.rowCount() == 6
    empty_window.document.undo_stack.setClean()


def test_a_bad_dose_is_refused_with_a_message(qtbot, empty_window):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    editor, model = empty_window.editor, empty_window.document.model
    editor.select_stage(1)
    index = item_index(empty_window, "Bridge", 2)  # reps, with no hold time
    hold = item_index(empty_window, "Bridge", 3)
    model.setData(hold, None)
    assert not model.setData(index, None)  # neither reps nor hold: how much?
    assert editor.refusal.isVisible()
    assert "give reps, a hold time, a duration, or a note" in editor.refusal.text()
    assert not model.setData(index, 101)
    assert "Reps: Input should be less than or equal to 100" in editor.refusal.text()
    assert index.data() == "10"
    empty_window.document.undo_stack.setClean()


def test_closing_with_unsaved_changes_asks_and_can_save(qtbot, empty_workspace, unsaved_answers, data_dir):
    answers, asked = unsaved_answers
    window = show_window(qtbot, empty_workspace)
    add_patient(qtbot, window)
    start_from_fusion_template(window)
    answers.append(Unsaved.CANCEL)
    window.close()
    assert window.isVisible() and asked == ["Ana Silva"]
    answers.append(Unsaved.SAVE)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    stored = empty_workspace.store.programs_for(window.document.patient.id)
    assert [len(p.stages) for p in stored] == [4]


def test_opening_another_patient_with_unsaved_changes_asks_first(qtbot, empty_window, unsaved_answers):
    answers, asked = unsaved_answers
    add_patient(qtbot, empty_window, "Ana Silva")
    first = empty_window.document.patient
    start_from_fusion_template(empty_window)
    add_patient_answer = Unsaved.DISCARD
    answers.append(add_patient_answer)
    add_patient(qtbot, empty_window, "Bo Berg")
    qtbot.waitUntil(lambda: empty_window.document.patient.name == "Bo Berg", timeout=10_000)
    assert asked == ["Ana Silva"]
    assert empty_window.document.model.rowCount() == 0
    assert empty_window.document.patient.id != first.id
    assert empty_window.clinic.workspace.store.programs_for(first.id) == []  # discarded, as asked


def test_the_modified_mark_follows_the_undo_stack_and_find_looks_where_you_are(qtbot, empty_window):
    add_patient(qtbot, empty_window)
    assert empty_window.windowTitle() == "Ana Silva — ptplanner[*]"
    assert not empty_window.isWindowModified() and not empty_window.actions.save.isEnabled()
    start_from_fusion_template(empty_window)
    assert empty_window.isWindowModified() and empty_window.actions.save.isEnabled()
    empty_window.actions.undo.trigger()
    assert not empty_window.isWindowModified()

    empty_window.actions.find.trigger()  # on a patient's page: find an exercise to add
    assert empty_window.focusWidget() is empty_window.library.search
    empty_window.actions.show_patients.trigger()
    empty_window.actions.find.trigger()
    assert empty_window.focusWidget() is empty_window.patient_list.search
    assert not empty_window.actions.print.isEnabled()
