"""File > Export for the hospital (FHIR)... in the real main window: disabled until a patient is open,
then writes the patient's Bundle off the GUI thread (the autouse fixture fails GUI-thread database use)."""

import json

import pytest
from fhir_checks import assert_references_resolve, resources
from gui_helpers import open_patient, wait_idle

from ptplanner.gui import fhir_export
from ptplanner.storage.audit_check import audit_events

pytestmark = pytest.mark.gui


def test_the_menu_exports_the_open_patient_for_the_hospital(qtbot, demo_window, monkeypatch, tmp_path):
    action = demo_window.actions.export_fhir
    file_menu = demo_window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    assert action.text() == "E&xport for the hospital (FHIR)…"
    assert not action.isEnabled()

    patient = open_patient(qtbot, demo_window, "Robert Chen")
    assert action.isEnabled()
    target = tmp_path / "robert"  # no extension typed: .json is added
    monkeypatch.setattr(fhir_export.QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    before = len(audit_events(demo_window.clinic.workspace.database))
    action.trigger()
    wait_idle(qtbot, demo_window)

    written = tmp_path / "robert.json"
    bundle = json.loads(written.read_text(encoding="utf-8"))
    assert resources(bundle, "Patient")[0]["identifier"][0]["value"] == patient.id
    assert_references_resolve(bundle)
    assert str(written) in demo_window.statusBar().currentMessage()
    events = audit_events(demo_window.clinic.workspace.database)[before:]
    assert [(e.action, e.details.get("format")) for e in events] == [("export", "fhir")]


def test_a_file_that_cannot_be_written_is_reported_in_one_line(qtbot, demo_window, monkeypatch, tmp_path):
    open_patient(qtbot, demo_window, "Robert Chen")
    folder = tmp_path / "a-folder.json"
    folder.mkdir()  # a folder is never written over
    monkeypatch.setattr(fhir_export.QFileDialog, "getSaveFileName", lambda *args: (str(folder), ""))
    demo_window.actions.export_fhir.trigger()
    wait_idle(qtbot, demo_window)
    message = demo_window.statusBar().currentMessage()
    assert message.startswith("The export for the hospital was not written:") and "\n" not in message
    assert folder.is_dir()


def test_cancelling_the_file_dialog_writes_nothing(qtbot, demo_window, monkeypatch, tmp_path):
    open_patient(qtbot, demo_window, "Robert Chen")
    monkeypatch.setattr(fhir_export.QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    before = len(audit_events(demo_window.clinic.workspace.database))
    demo_window.actions.export_fhir.trigger()
    wait_idle(qtbot, demo_window)
    assert len(audit_events(demo_window.clinic.workspace.database)) == before
