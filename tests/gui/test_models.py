"""The Qt models, checked by qtmodeltester, and the program model's edits and their undo."""

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from ptplanner.core.patient import Patient
from ptplanner.gui.models.patients import FLAGS, ID_ROLE, SORT_ROLE, PatientFilterProxy, PatientTableModel
from ptplanner.gui.models.program import ITEM_MIME, WARNINGS_ROLE, ProgramModel
from ptplanner.storage.summaries import patient_list

TODAY = date(2024, 6, 1)


@pytest.fixture
def program_model(qapp, demo_workspace):
    patient = Patient(name="Ana", date_of_birth=date(1960, 1, 1), surgery_date=date(2024, 5, 1))
    program = demo_workspace.templates["fusion-hip-si"].instantiate(demo_workspace.bundled, patient.id, TODAY)
    model = ProgramModel(program, patient, QUndoStack(), TODAY)
    model.set_library(demo_workspace.bundled)
    return model


def names(model, stage_row) -> list[str]:
    parent = model.index(stage_row, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_patient_models_pass_qtmodeltester(qtmodeltester, demo_workspace):
    model = PatientTableModel(patient_list(demo_workspace.database, TODAY))
    qtmodeltester.check(model)
    proxy = PatientFilterProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("o")
    proxy.sort(1)
    qtmodeltester.check(proxy)


def test_the_patient_model_sorts_itself_and_keeps_the_selected_patient(qtmodeltester, demo_workspace):
    rows = patient_list(demo_workspace.database, TODAY)
    model = PatientTableModel(rows)
    proxy = PatientFilterProxy()
    proxy.setSourceModel(model)
    chosen = rows[3].patient_id
    selected = QPersistentModelIndex(model.index(3, 0))
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # week: as the view asks when a header is clicked
    weeks = [model.index(r, 1).data(SORT_ROLE) for r in range(model.rowCount())]
    assert weeks == sorted(weeks, reverse=True) and len(set(weeks)) > 3
    assert model.index(selected.row(), 0).data(ID_ROLE) == chosen
    assert [proxy.index(r, 1).data(SORT_ROLE) for r in range(proxy.rowCount())] == weeks
    model.set_rows(list(reversed(rows)))  # new rows keep the chosen order
    assert [model.index(r, 1).data(SORT_ROLE) for r in range(model.rowCount())] == weeks
    qtmodeltester.check(proxy)


def test_sorted_by_flags_the_patients_move_when_their_progress_flags_arrive(demo_workspace):
    rows = patient_list(demo_workspace.database, TODAY)
    model = PatientTableModel(rows)
    model.sort(FLAGS, Qt.SortOrder.DescendingOrder)
    quiet = min(rows, key=lambda row: len(row.flags))
    model.set_progress_flags({quiet.patient_id: ("pain up", "low adherence", "red-flag note", "x", "y")})
    assert model.index(0, 0).data(ID_ROLE) == quiet.patient_id


def test_program_model_passes_qtmodeltester_while_edited(qtmodeltester, program_model):
    qtmodeltester.check(program_model, force_py=True)
    stage = program_model.index(1, 0)
    program_model.add_exercises(program_model.stage(1).id, 0, ["clamshell", "bridge"])
    program_model.setData(program_model.index(0, 2, stage), 15)
    program_model.undo_stack.undo()
    program_model.undo_stack.undo()
    program_model.undo_stack.redo()
    qtmodeltester.check(program_model, force_py=True)


def test_stage_rows_show_weeks_counts_and_the_current_stage(program_model):
    first = program_model.index(0, 0)
    assert first.data() == "▶ 1. Protection\nweeks 0 to 6 · 6 exercises"
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert program_model.index(3, 0).data() == "4. Return to activity\nfrom week 24 · 6 exercises"


def test_items_show_their_dose_in_columns(program_model):
    stage = program_model.index(2, 0)  # Functional strength
    lifting = [
        r
        for r in range(program_model.rowCount(stage))
        if program_model.index(r, 0, stage).data() == "Safe lifting"
    ]
    row = lifting[0]
    cells = [program_model.index(row, c, stage).data() for c in range(program_model.columnCount())]
    item = program_model.stage(2).items[row]
    assert cells[0] == "Safe lifting"
    assert cells[2] == str(item.dosage.reps)
    assert cells[9] == item.note == ""  # the item's own note; the dose's note is in the tooltip
    program_model.setData(program_model.index(row, 9, stage), "Use a <b>light</b> box & go slowly")
    assert program_model.index(row, 9, stage).data() == "Use a <b>light</b> box & go slowly"
    assert program_model.stage(2).items[row].dosage == item.dosage
    tooltip = program_model.index(row, 0, stage).data(Qt.ItemDataRole.ToolTipRole)
    assert item.dosage.describe() in tooltip


def test_reordering_several_items_keeps_their_order_and_undoes_in_one_step(program_model):
    stage = program_model.index(0, 0)
    before = names(program_model, 0)
    dragged = program_model.mimeData([program_model.index(0, 0, stage), program_model.index(2, 3, stage)])
    assert dragged.hasFormat(ITEM_MIME)
    program_model.dropMimeData(dragged, Qt.DropAction.MoveAction, 5, 0, stage)
    assert names(program_model, 0) == [before[1], before[3], before[4], before[0], before[2], before[5]]
    assert program_model.undo_stack.count() == 1
    program_model.undo_stack.undo()
    assert names(program_model, 0) == before


def test_dropping_items_where_they_are_changes_nothing(program_model):
    stage = program_model.index(0, 0)
    program_model.dropMimeData(
        program_model.mimeData([program_model.index(2, 0, stage)]), Qt.DropAction.MoveAction, 3, 0, stage
    )
    assert program_model.undo_stack.count() == 0


def test_drops_outside_a_stage_are_refused(program_model):
    mime = program_model.mimeData([program_model.index(0, 0, program_model.index(0, 0))])
    assert not program_model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_unknown_exercise_ids_are_refused_with_a_message(qtbot, program_model):
    with qtbot.waitSignal(program_model.refused) as refusal:
        program_model.add_exercises(program_model.stage(0).id, 0, ["no-such-exercise"])
    assert refusal.args == ["Those exercises are not in the library."]
    assert program_model.undo_stack.count() == 0


def test_removing_a_stage_with_moves_into_it_undoes_exactly(program_model):
    from ptplanner.core.program import StageMove

    program_model.set_moves([StageMove(stage_index=1, on=TODAY), StageMove(stage_index=2, on=TODAY)])
    before = program_model.program()
    from ptplanner.gui.models.program_commands import RemoveStage

    program_model.undo_stack.push(RemoveStage(program_model, before.stages[2].id, "Remove"))
    assert program_model.program().current_stage_index() == 1
    program_model.undo_stack.undo()
    assert program_model.program() == before


def test_warnings_follow_the_patient_details(program_model):
    from ptplanner.core.patient import Precaution, PrecautionKind

    stage = program_model.index(0, 0)
    program_model.add_exercises(program_model.stage(0).id, 0, ["lifting-technique"])
    assert len(program_model.index(0, 0, stage).data(WARNINGS_ROLE)) == 1  # for stage 2 only
    bans = (Precaution(kind=PrecautionKind.NO_LIFTING),)
    program_model.set_patient(program_model.patient().model_copy(update={"precautions": bans}))
    assert len(program_model.index(0, 0, stage).data(WARNINGS_ROLE)) == 2


def test_the_patient_list_writes_last_activity_in_the_apps_words_and_sorts_it_by_date():
    from datetime import date

    from PySide6.QtCore import Qt

    from ptplanner.core.patient_list import PatientListRow
    from ptplanner.gui.dates import app_dates
    from ptplanner.gui.models.patients import LAST_ACTIVITY, PatientFilterProxy, PatientTableModel

    days = [date(2026, 12, 4), date(2025, 1, 31), date(2026, 2, 1)]
    rows = [PatientListRow(f"p{n}", f"Name {n}", 3, "1 of 4: Protection", day, ()) for n, day in enumerate(days)]
    model = PatientTableModel(rows)
    shown = [model.data(model.index(n, LAST_ACTIVITY), Qt.ItemDataRole.DisplayRole) for n in range(3)]
    assert shown == [app_dates().full(day) for day in days]
    assert not any(day.isoformat() in text for day, text in zip(days, shown))
    proxy = PatientFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(LAST_ACTIVITY, Qt.SortOrder.AscendingOrder)
    in_order = [proxy.data(proxy.index(n, LAST_ACTIVITY)) for n in range(3)]
    assert in_order == [app_dates().full(day) for day in sorted(days)]
