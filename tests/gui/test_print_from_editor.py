"""Ctrl+P in the program editor: unsaved edits are saved first, then the preview shows that version."""

from gui_helpers import edit_cell, item_names, open_patient

from ptplanner.gui import handout_preview
from ptplanner.gui.clinic_settings import ClinicSettingsDialog


def test_print_saves_the_edit_then_previews_the_saved_version(qtbot, demo_window, monkeypatch):
    opened = []
    monkeypatch.setattr(
        handout_preview.HandoutPreview, "exec", lambda dialog: opened.append((dialog, dialog.windowTitle())) or 0
    )
    window = demo_window
    assert not window.actions.print.isEnabled()  # no patient open yet
    patient = open_patient(qtbot, window, "Robert Chen")
    assert window.actions.print.isEnabled()
    before = window.clinic.workspace.store.programs_for(patient.id)[0].version
    first = item_names(window)[0]
    edit_cell(qtbot, window, first, 2, 12)  # reps
    assert window.document.is_modified()

    window.actions.print.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)

    stored = window.clinic.workspace.store.programs_for(patient.id)[0]
    assert stored.version == before + 1
    assert not window.document.is_modified()
    assert any(item.dosage.reps == 12 for item in stored.items() if item.exercise.name == first)


def test_clinic_settings_open_from_the_menu(qtbot, demo_window, monkeypatch):
    shown = []
    monkeypatch.setattr(ClinicSettingsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    demo_window.actions.clinic_settings.trigger()
    assert len(shown) == 1
