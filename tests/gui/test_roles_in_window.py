"""Roles in the main window: what a role may not use is disabled, saying why; the front desk sees the
patient list and contact card and reprints handouts printed before; a refusal by the app layer is one
line in a message, never a traceback."""

import hashlib
import sys

import pytest
from account_helpers import (  # noqa: F401, F811 - fixtures among them
    clinic_with_accounts,
    messages,
    print_handout,
    system_actor,
    window_signed_in,
)
from gui_helpers import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from ptplanner.gui.errors import install_excepthook
from ptplanner.gui.reprint_dialog import PrintedHandoutsDialog
from ptplanner.storage.audit_check import audit_events, verify_chain

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("system_actor")]
CHANGE = "A front-desk account may not change clinical records."


@pytest.fixture
def front_desk(qtbot, demo_workspace):
    clinic = clinic_with_accounts(demo_workspace)
    record = print_handout(clinic, "Robert Chen")
    window = window_signed_in(qtbot, clinic, "front-desk")
    window.printed = record
    yield window
    window.runner.wait()
    window.close()
    window.deleteLater()


def test_the_front_desk_sees_the_patient_list_and_no_clinical_command(front_desk):
    window, a = front_desk, front_desk.actions
    assert window.patient_list.model.rowCount() == 12
    window.grab().save("/tmp/shots/front-desk-window.png")
    assert window.findChild(QLabel, "signedInAs").text() == "Signed in: front-desk (front desk)"
    for action in (a.new_patient, a.save, a.clinic_settings, a.record_log, a.add_outcome):
        assert not action.isEnabled()
        assert action.toolTip() == CHANGE
    assert not a.print.isEnabled() and a.print.toolTip() == "A front-desk account may not print new handouts."
    assert not a.audit_trail.isEnabled()
    assert a.audit_trail.toolTip() == "A front-desk account may not read the audit trail."
    new_button = window.patient_list.new_button
    assert not new_button.isEnabled() and new_button.toolTip() == CHANGE
    assert not window.library.new_button.isEnabled() and window.library.new_button.toolTip() == CHANGE
    assert a.reprint.isEnabled() and a.sign_out.isEnabled()


def test_a_command_the_role_may_not_use_says_so_when_its_keys_are_pressed(qtbot, front_desk):
    window = front_desk
    qtbot.waitActive(window)
    window.patient_list.table.setFocus()
    qtbot.waitUntil(window.patient_list.table.hasFocus)
    qtbot.keyClick(window.patient_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == CHANGE and not window.actions.new_patient.isEnabled()


def test_the_front_desk_opens_a_patient_onto_their_printed_handouts_and_reprints_one(
    qtbot, front_desk, tmp_path, monkeypatch
):
    window = front_desk
    database = window.clinic.workspace.database
    before = len(audit_events(database))
    window.open_patient(window.printed.patient_id)
    dialog = window.findChild(PrintedHandoutsDialog)
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 1, timeout=10_000)
    assert window.document.patient is None  # the clinical record was not opened
    assert dialog.name.text() == "Robert Chen"
    dialog.grab().save("/tmp/shots/front-desk-reprint.png")

    out = tmp_path / "again.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=10_000)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == window.printed.sha256  # byte for byte
    events = audit_events(database)[before:]
    assert [(e.action, e.actor, e.details.get("reprint")) for e in events] == [("print", "front-desk", True)]
    assert events[0].details["handout_id"] == window.printed.id
    assert verify_chain(database).intact
    dialog.reject()


def test_an_operation_the_role_may_not_do_is_refused_in_one_line(
    qtbot, empty_workspace, messages, monkeypatch
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_excepthook()
    window = window_signed_in(qtbot, clinic_with_accounts(empty_workspace), "front-desk")
    try:
        window.add_demo_clinic()  # its menu command is off; the app layer refuses it anyway
        qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
        assert messages == [("Not allowed for this account", CHANGE)]
        wait_idle(qtbot, window)
        assert window.patient_list.model.rowCount() == 0
        assert window.clinic.clinic_settings().name == ""  # nothing was changed
    finally:
        window.close()
        window.deleteLater()


def test_a_therapist_has_every_clinical_command_but_not_the_audit_trail(qtbot, demo_workspace):
    clinic = clinic_with_accounts(demo_workspace)
    window = window_signed_in(qtbot, clinic, "therapist")
    try:
        a = window.actions
        assert a.new_patient.isEnabled() and a.clinic_settings.isEnabled() and a.reprint.isEnabled()
        assert a.new_patient.toolTip() != CHANGE
        assert not a.audit_trail.isEnabled()
    finally:
        window.close()
        window.deleteLater()
