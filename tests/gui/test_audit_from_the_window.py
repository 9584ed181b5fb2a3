"""What the therapist does in the real main window reaches the audit trail: opening a patient's page is
one `view`, saving the program one `change`, and the chain stays whole."""

import pytest
from gui_helpers import open_patient, wait_idle

from ptplanner.gui.models.program_commands import remove_items
from ptplanner.storage.audit_check import audit_events, verify_chain

pytestmark = pytest.mark.gui


def test_opening_a_patient_and_saving_their_program_are_audited(qtbot, demo_window):
    database = demo_window.clinic.workspace.database
    before = len(audit_events(database))
    patient = open_patient(qtbot, demo_window, "Robert Chen")
    events = audit_events(database)[before:]
    assert [(e.action, e.patient_id) for e in events] == [("view", patient.id)]
    assert events[0].details["programs"] == [demo_window.document.model.program().id]

    model = demo_window.document.model
    stage = model.program().stages[0]
    model.undo_stack.push(remove_items(model, stage.id, [stage.items[0].id]))
    demo_window.actions.save.trigger()
    wait_idle(qtbot, demo_window)
    events = audit_events(database)[before:]
    assert [e.action for e in events] == ["view", "change"]
    assert events[1].details["record"] == "program" and events[1].patient_id == patient.id
    assert verify_chain(database).intact
