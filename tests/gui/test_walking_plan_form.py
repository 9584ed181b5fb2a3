"""The stage form's walking plan: a change doses the walking exercise by the plan in the same undo step,
marks the program unsaved, and a plan WalkingPlan refuses is shown and never stored."""


from gui_helpers import add_patient, item_index, start_from_fusion_template

from ptplanner.core import clock
from ptplanner.core.walking_program import is_walking_item


def walking_dose(model, stage_index):
    (item,) = [i for i in model.program().stages[stage_index].items if is_walking_item(i)]
    return item.dosage.duration_minutes, item.dosage.times_per_day


def test_changing_the_plan_redoses_the_walking_exercise_as_one_undoable_edit(qtbot, empty_window):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    empty_window.document.undo_stack.setClean()
    editor, model = empty_window.editor, empty_window.document.model
    editor.select_stage(0)  # the patient's current stage
    form = editor.stage_form.walking
    assert form.enabled.isChecked() and form.spins["baseline_minutes_per_day"].value() == 15
    before = model.program().stages[0]

    form.spins["baseline_minutes_per_day"].setValue(24)
    form.spins["baseline_minutes_per_day"].editingFinished.emit()
    plan = model.program().stages[0].walking
    assert plan.baseline_minutes_per_day == 24 and plan.start == clock.today()  # week 1 is this week
    assert walking_dose(model, 0) == (8, 3)
    assert form.weeks_shown.text() == "Week 1: 3 walks of 8 minutes. Week 6: 3 walks of 10 minutes."
    assert empty_window.isWindowModified()
    assert empty_window.actions.undo.text() == "&Undo Change the walking plan"

    empty_window.actions.undo.trigger()
    assert model.program().stages[0] == before and not empty_window.isWindowModified()


def test_a_plan_the_model_refuses_is_shown_and_not_stored(qtbot, empty_window):
    add_patient(qtbot, empty_window)
    start_from_fusion_template(empty_window)
    editor, model = empty_window.editor, empty_window.document.model
    editor.select_stage(0)
    form = editor.stage_form.walking
    before = model.program()
    form.spins["target_minutes_per_day"].setValue(10)  # below the 15-minute start
    form.spins["target_minutes_per_day"].editingFinished.emit()
    assert form.message.text() == "The target must not be below the baseline."
    assert model.program() == before

    form.enabled.setChecked(False)
    assert model.program().stages[0].walking is None
    assert empty_window.actions.undo.text() == "&Undo Remove the walking plan"
    empty_window.document.undo_stack.setClean()


def test_the_program_table_shows_the_walking_dose_of_this_weeks_plan_and_refuses_other_doses(
    qtbot, empty_window
):
    add_patient(qtbot, empty_window)  # surgery 8 weeks ago: stage 2's plan is in its third week
    start_from_fusion_template(empty_window)
    editor, model = empty_window.editor, empty_window.document.model
    editor.select_stage(1)
    minutes, times = item_index(empty_window, "Walking plan", 4), item_index(empty_window, "Walking plan", 6)
    assert (minutes.data(), times.data()) == ("17", "2")  # 34 minutes a day in week 3 of 30 + 2 a week
    assert not model.setData(minutes, 25)
    assert "Its dose comes from the stage's walking plan" in editor.refusal.text()
    empty_window.document.undo_stack.setClean()
