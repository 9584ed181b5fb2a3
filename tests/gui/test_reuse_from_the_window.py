"""Clinic templates and stages copied from another patient, from the real main window."""

from feature_dialogs import shoot, wait_for_dialog
from gui_helpers import open_patient, wait_idle
from PySide6.QtCore import Qt

from ptplanner.gui.program import reuse_dialogs

OKAFOR, CHEN = "Margaret Okafor", "Robert Chen"


def stage_names(window) -> list[str]:
    return [stage.name for stage in window.document.model.program().stages]


def template_labels(window) -> list[str]:
    choice = window.editor.template_choice
    return [choice.itemText(row) for row in range(choice.count())]


def test_save_the_program_as_a_clinic_template_then_start_another_patient_from_it(
    qtbot, demo_window, replace_answers
):
    window = demo_window
    open_patient(qtbot, window, OKAFOR)
    okafor_stages = stage_names(window)
    window.reuse.save_program.trigger()
    dialog = wait_for_dialog(qtbot, window.reuse, "saveTemplateDialog")
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Okafor plan")
    shoot(dialog, "save-template-dialog")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Okafor plan (clinic)" in template_labels(window), timeout=10_000)

    open_patient(qtbot, window, CHEN)
    choice = window.editor.template_choice
    choice.setCurrentIndex(choice.findText("Okafor plan (clinic)"))
    replace_answers.append(True)  # Robert Chen has a program: asked first, and the therapist agrees
    window.editor.start_button.click()
    assert replace_answers == []
    assert stage_names(window) == okafor_stages
    assert window.document.model.program().template_id.startswith("clinic-")

    # The same name twice is refused in the dialog, which stays open to fix it.
    window.reuse.save_stage.trigger()
    dialog = wait_for_dialog(qtbot, window.reuse, "saveTemplateDialog")
    dialog.name.setText("okafor PLAN")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert "exists already" in dialog.problem.text()
    dialog.reject()
    window.document.save()
    wait_idle(qtbot, window)
    assert window.clinic.get_program(window.document.model.program().id).template_id.startswith("clinic-")


def test_clinic_templates_are_renamed_and_deleted_for_everyone(qtbot, demo_window, monkeypatch):
    window = demo_window
    open_patient(qtbot, window, OKAFOR)
    window.clinic.save_as_template("First weeks", window.document.model.program().stages[:1])
    qtbot.waitUntil(lambda: "First weeks (clinic)" in template_labels(window), timeout=10_000)
    window.reuse.manage.trigger()
    dialog = wait_for_dialog(qtbot, window.reuse, "clinicTemplatesDialog")
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    shoot(dialog, "clinic-templates-dialog")
    dialog.list.item(0).setText("Early weeks")  # as an edit in place ends
    qtbot.waitUntil(lambda: "Early weeks (clinic)" in template_labels(window), timeout=10_000)
    assert "First weeks (clinic)" not in template_labels(window)

    monkeypatch.setattr(reuse_dialogs, "ask_delete", lambda parent, name: True)
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("(clinic)" in label for label in template_labels(window)), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.empty.isVisibleTo(dialog))
    assert window.clinic.clinic_templates() == []
    dialog.reject()


def test_copy_stages_from_another_patient_adds_them_as_one_undo_step(qtbot, demo_window):
    window = demo_window
    open_patient(qtbot, window, "Dolores Ramírez")  # graded walking: two stages
    before = stage_names(window)
    chen_stages = [s.name for s in window.clinic.workspace.store.programs_for(
        next(p.id for p in window.clinic.workspace.store.list_patients() if p.name == CHEN))[0].stages]
    window.reuse.copy.trigger()
    dialog = wait_for_dialog(qtbot, window.reuse, "copyStagesDialog")
    qtbot.keyClicks(dialog.search, "chen")
    items = [dialog.patients.item(row) for row in range(dialog.patients.count())]
    visible = [item for item in items if not item.isHidden()]
    assert [item.text() for item in visible] == [CHEN]
    dialog.patients.setCurrentItem(visible[0])
    qtbot.waitUntil(lambda: dialog.stages.count() == len(chen_stages), timeout=10_000)
    for row in range(1, dialog.stages.count()):  # only the first stage
        dialog.stages.item(row).setCheckState(Qt.CheckState.Unchecked)
    shoot(dialog, "copy-stages-dialog")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(stage_names(window)) == len(before) + 1, timeout=10_000)

    assert stage_names(window) == before + chen_stages[:1]
    assert window.document.is_modified()
    window.actions.undo.trigger()
    assert stage_names(window) == before
    window.actions.redo.trigger()
    assert stage_names(window) == before + chen_stages[:1]
    window.document.save()
    wait_idle(qtbot, window)
    assert not window.document.is_modified()
