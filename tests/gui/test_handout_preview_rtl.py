"""The print preview says, before printing, when a patient's text cannot be printed correctly."""

import pytest
from gui_helpers import clinic_and_runner

from ptplanner.gui.handout_preview import HandoutPreview

pytestmark = pytest.mark.gui


def open_preview(qtbot, workspace, name):
    patient = workspace.store.find_patients("Robert Chen")[0]
    workspace.store.save_patient(patient.model_copy(update={"name": name}))
    dialog = HandoutPreview(*clinic_and_runner(workspace), patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    return dialog


def test_a_script_ptplanner_cannot_join_is_named_before_printing(qtbot, demo_workspace):
    dialog = open_preview(qtbot, demo_workspace, "Robert ߒߞߏ")
    assert dialog.message.isVisible()
    assert "cannot join or combine the letters of N'Ko text in the patient's name" in dialog.message.text()
    assert dialog.print_button.isEnabled()  # a warning, not a refusal


def test_hebrew_and_arabic_names_preview_without_a_warning(qtbot, demo_workspace):
    name = "רוברט צ'ן محمد"
    dialog = open_preview(qtbot, demo_workspace, name)
    assert not dialog.message.isVisible()
    # PDFium reads lines back in typing order and joined Arabic back to plain letters: the name as typed
    assert f"\r\n{name}\r\n" in dialog.document.getAllText(0).text()
