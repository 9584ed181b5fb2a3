"""Tools > Audit trail for admins: the rows with their filters, the chain checked, the rows exported."""

import csv

import pytest
from account_helpers import ADMIN, clinic_with_accounts, system_actor, window_signed_in  # noqa: F401
from gui_helpers import open_patient, wait_idle
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from ptplanner.core import clock
from ptplanner.gui.audit_view import AuditDialog
from ptplanner.storage.audit_check import audit_events

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("system_actor")]


@pytest.fixture
def admin_window(qtbot, demo_workspace):
    window = window_signed_in(qtbot, clinic_with_accounts(demo_workspace), ADMIN)
    yield window
    window.runner.wait()
    window.close()
    window.deleteLater()


def open_audit(qtbot, window) -> AuditDialog:
    assert window.actions.audit_trail.isEnabled()
    window.actions.audit_trail.trigger()
    dialog = window.findChild(AuditDialog)
    qtbot.waitUntil(lambda: dialog.show_button.isEnabled(), timeout=10_000)
    return dialog


def reload(qtbot, dialog) -> None:
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.show_button.isEnabled(), timeout=10_000)


def test_the_audit_trail_lists_every_row_and_filters_them(qtbot, admin_window):
    window = admin_window
    patient = open_patient(qtbot, window, "Robert Chen")
    stored = audit_events(window.clinic.workspace.database)
    dialog = open_audit(qtbot, window)
    model = dialog.model
    assert model.rowCount() == len(stored) > 12
    last = [model.index(model.rowCount() - 1, column).data() for column in range(model.columnCount())]
    assert last[1:5] == ["Ana Silva", stored[-1].workstation, "view", patient.id[:8]]
    dialog.grab().save("/tmp/shots/audit-trail.png")

    dialog.patient.setText("Robert Chen")
    reload(qtbot, dialog)
    assert {event.patient_id for event in model.events} == {patient.id}
    assert [event.action for event in model.events][-1] == "view"
    dialog.patient.clear()
    dialog.user.setText("Ana Silva")
    reload(qtbot, dialog)
    assert [event.action for event in model.events] == ["view"]
    dialog.user.clear()
    dialog.use_since.setChecked(True)
    dialog.since_date.setDate(QDate(clock.today()).addDays(1))
    reload(qtbot, dialog)
    assert model.rowCount() == 0 and dialog.count.text() == "0 row(s)."
    dialog.patient.setText("a")  # several patients match
    reload(qtbot, dialog)
    assert "matches" in dialog.count.text() and "patients" in dialog.count.text()
    dialog.reject()


def test_verify_chain_says_intact_or_names_the_first_broken_row(qtbot, admin_window):
    dialog = open_audit(qtbot, admin_window)
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.verify_button.isEnabled(), timeout=10_000)
    rows = len(dialog.model.events)
    assert dialog.chain.text() == f"Chain intact: {rows} rows, none edited, deleted or reordered."

    database = admin_window.clinic.workspace.database
    with database.engine.begin() as connection:  # as someone with the database file could
        connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
        connection.exec_driver_sql("UPDATE audit_events SET actor = 'someone-else' WHERE id = 5")
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.verify_button.isEnabled(), timeout=10_000)
    assert dialog.chain.text().startswith("The audit trail was tampered with: row 5 was edited")
    [selected] = dialog.table.selectionModel().selectedRows()
    assert dialog.model.events[selected.row()].id == 5
    dialog.grab().save("/tmp/shots/audit-trail-broken.png")
    dialog.reject()


def test_the_rows_shown_are_exported_as_csv(qtbot, admin_window, tmp_path, monkeypatch):
    dialog = open_audit(qtbot, admin_window)
    out = tmp_path / "trail"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    dialog.export_button.click()
    wait_idle(qtbot, admin_window)
    qtbot.waitUntil(lambda: dialog.count.text().startswith("Wrote"), timeout=10_000)
    rows = list(csv.reader((tmp_path / "trail.csv").open()))
    assert rows[0] == ["id", "at_utc", "user", "workstation", "action", "patient_id", "details"]
    assert [int(row[0]) for row in rows[1:]] == [event.id for event in dialog.model.events]
    assert (tmp_path / "trail.csv").stat().st_mode & 0o777 == 0o600
    dialog.reject()


def test_a_therapist_cannot_open_the_audit_trail(qtbot, demo_workspace):
    window = window_signed_in(qtbot, clinic_with_accounts(demo_workspace), "therapist")
    try:
        assert not window.actions.audit_trail.isEnabled()
    finally:
        window.close()
        window.deleteLater()


def test_the_patient_filter_takes_the_patient_with_exactly_that_id_over_longer_ids(tmp_path):
    from concurrent.futures import ThreadPoolExecutor
    from datetime import date

    from ptplanner.app.clinic import Clinic
    from ptplanner.core.patient import Patient
    from ptplanner.gui.audit_view import PatientNotFound, _patient_id

    clinic = Clinic.open(tmp_path / "data")
    try:
        for patient_id in ("3442433a", "3442433a-5c1e-4f7b-9a0d-2b8e6c1f0a77", "3442433a-ffff"):
            born = date(1960, 1, 2)
            clinic.save_patient(Patient(id=patient_id, name=f"Id {patient_id}", date_of_birth=born))
        with ThreadPoolExecutor(1) as worker:  # as the dialog runs it: never on the GUI thread
            assert worker.submit(_patient_id, clinic, "3442433a").result() == "3442433a"
            with pytest.raises(PatientNotFound, match="matches 3 patients"):
                worker.submit(_patient_id, clinic, "3442").result()
    finally:
        clinic.close()


def test_the_patient_filter_finds_a_damaged_records_rows_by_its_id_its_first_characters_or_its_name(
    qtbot, damaged_demo_workspace
):
    workspace, damaged_id = damaged_demo_workspace
    window = window_signed_in(qtbot, clinic_with_accounts(workspace), ADMIN)
    try:
        dialog = open_audit(qtbot, window)
        for text in (damaged_id, damaged_id[:8], "Robert Chen"):
            dialog.patient.setText(text)
            reload(qtbot, dialog)
            assert dialog.count.text() == "1 row(s).", text  # his import, as the demo clinic added him
            found = [(event.action, event.patient_id) for event in dialog.model.events]
            assert found == [("import", damaged_id)]
        dialog.reject()
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()
