"""Names typed or pasted into the clinic's one-line fields: what cannot be seen (direction controls,
invisible characters) is left out, and a control character is refused at its field."""

import pytest

from ptplanner.core.program import Stage
from ptplanner.gui.library.clinic import blank_draft
from ptplanner.gui.library.editor import ExerciseDialog
from ptplanner.gui.program.stage_form import StageForm

pytestmark = pytest.mark.gui
CONTROL = "Holds a control character (U+001B), which cannot be printed; type it again."


def test_the_exercise_editor_keeps_what_can_be_seen_of_a_name_and_refuses_a_control_character(
    qtbot, empty_workspace
):
    dialog = ExerciseDialog(blank_draft(), empty_workspace.library(), save=lambda *args: None)
    qtbot.addWidget(dialog)
    dialog.form.name.setText("Side\u202e leg\u200b lift")
    dialog.form.clinical_name.setText("Hip\u2028abduction")
    assert (dialog.values()["name"], dialog.values()["clinical_name"]) == ("Side leg lift", "Hip abduction")
    dialog.form.name.setText("Side leg lift\x1b[2J")
    dialog.save()
    assert dialog.messages()["name"] == CONTROL


def test_the_stage_form_keeps_what_can_be_seen_of_a_name_and_refuses_a_control_character(qtbot):
    form = StageForm()
    qtbot.addWidget(form)
    form.show_stage(Stage(name="Protection", start_week=0, end_week=6))
    offered = []
    form.edited.connect(lambda stage_id, changes: offered.append(changes))
    form.name.setText("Protect\u202eion\u200b phase")
    form.name.editingFinished.emit()
    assert offered == [{"name": "Protection phase"}]
    form.name.setText("Protection\x1b[2J")
    form.name.editingFinished.emit()
    assert form.name_message.text() == CONTROL and len(offered) == 1
