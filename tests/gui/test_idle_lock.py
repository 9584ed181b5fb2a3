"""The idle lock: after the idle time the windows are covered and the unsaved program kept; the same
user goes on where they were; another user signing in first has the first user's program saved, as
them. File > Sign out saves and locks for anyone. With sign-in off, nothing locks."""

import pytest
from account_helpers import PASSWORD, clinic_with_accounts, system_actor, window_signed_in  # noqa: F401
from gui_helpers import open_patient, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ptplanner.core.clinic import ClinicSettings
from ptplanner.gui.idle_lock import LOCKED_TITLE, Cover
from ptplanner.gui.models.program_commands import remove_items
from ptplanner.storage.audit_check import audit_events

ONLY_ADMIN = "Only an admin may change how long the app waits before it locks."
pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("system_actor")]


@pytest.fixture
def therapist(qtbot, demo_workspace):
    """The therapist's window with Robert Chen open and one exercise removed, not saved."""
    window = window_signed_in(qtbot, clinic_with_accounts(demo_workspace), "therapist")
    open_patient(qtbot, window, "Robert Chen")
    model = window.document.model
    stage = model.program().stages[0]
    model.undo_stack.push(remove_items(model, stage.id, [stage.items[0].id]))
    assert window.document.is_modified()
    yield window
    window.runner.wait()
    window.actions.undo_stack.clear()
    window.close()
    window.deleteLater()


def wait_locked(qtbot, window, msecs=50):
    window.idle_lock.set_interval(msecs)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=10_000)
    window.idle_lock.set_interval(600_000)  # not locked again at once once unlocked
    return window.idle_lock.dialog


def sign_in(qtbot, dialog, name, password=PASSWORD) -> None:
    dialog.name.setText(name)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_lock_covers_the_window_and_the_same_user_goes_on_where_they_were(qtbot, therapist):
    window = therapist
    edited = window.document.model.program()
    dialog = wait_locked(qtbot, window)
    [cover] = window.findChildren(Cover)
    assert cover.isVisible() and cover.geometry() == window.rect()
    assert window.windowTitle() == LOCKED_TITLE and "Robert" not in window.windowTitle()
    assert dialog.name.text() == "therapist" and dialog.isModal()
    window.grab().save("/tmp/shots/idle-lock.png")
    dialog.grab().save("/tmp/shots/idle-lock-dialog.png")

    sign_in(qtbot, dialog, "therapist", "not the password")
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert window.idle_lock.locked

    sign_in(qtbot, dialog, "therapist")
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=10_000)
    assert window.findChildren(Cover) == [] or not any(c.isVisible() for c in window.findChildren(Cover))
    assert window.document.is_modified() and window.document.model.program() == edited  # nothing lost
    assert window.document.patient.name == "Robert Chen"
    assert "Robert Chen" in window.windowTitle()
    assert window.findChild(QLabel, "signedInAs").text() == "Signed in: therapist (therapist)"


def test_input_starts_the_idle_time_again(qtbot, therapist):
    window = therapist
    window.idle_lock.set_interval(1500)
    qtbot.wait(1000)
    qtbot.keyClick(window.patient_list.search, Qt.Key.Key_Shift)
    qtbot.wait(1000)
    assert not window.idle_lock.locked  # 2 s in all, but only 1 s since the key
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=5_000)


def test_another_user_signing_in_saves_the_first_users_program_first(qtbot, therapist):
    window = therapist
    database = window.clinic.workspace.database
    program = window.document.model.program()
    before = len(audit_events(database))
    dialog = wait_locked(qtbot, window)
    sign_in(qtbot, dialog, "Ana Silva")
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=10_000)
    wait_idle(qtbot, window)

    stored = window.clinic.workspace.store.get_program(program.id)
    assert stored.version == program.version + 1
    assert len(stored.stages[0].items) == len(program.stages[0].items)
    changes = [(e.action, e.actor) for e in audit_events(database)[before:] if e.action == "change"]
    assert changes == [("change", "therapist")]  # saved as the first user, before Ana took over
    assert window.clinic.user.name == "Ana Silva"
    assert window.document.patient is None and window.pages.currentWidget() is window.patient_list
    assert window.findChild(QLabel, "signedInAs").text() == "Signed in: Ana Silva (admin)"
    assert window.actions.audit_trail.isEnabled()


def test_a_program_that_cannot_be_saved_keeps_the_lock_and_the_work(qtbot, therapist, monkeypatch):
    from ptplanner.app.errors import DatabaseUnavailable

    def refused(program):
        raise DatabaseUnavailable("the database file is locked by another program")

    monkeypatch.setattr(therapist.clinic, "save_program", refused)
    dialog = wait_locked(qtbot, therapist)
    sign_in(qtbot, dialog, "front-desk")
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert dialog.message.text().startswith("therapist's unsaved program could not be saved, so it is kept")
    assert therapist.idle_lock.locked and therapist.clinic.user.name == "therapist"
    assert therapist.document.is_modified()


def test_sign_out_saves_and_locks_for_anyone(qtbot, therapist):
    window = therapist
    program = window.document.model.program()
    window.actions.sign_out.trigger()
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=10_000)
    assert window.clinic.workspace.store.get_program(program.id).version == program.version + 1
    dialog = window.idle_lock.dialog
    assert dialog.name.text() == ""
    sign_in(qtbot, dialog, "front-desk")
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.clinic.user.name == "front-desk"
    assert not window.actions.new_patient.isEnabled() and window.patient_list.model.rowCount() == 12


def test_the_clinic_sets_the_idle_time(qtbot, demo_workspace):
    clinic = clinic_with_accounts(demo_workspace)
    clinic.save_clinic_settings(ClinicSettings(idle_lock_minutes=3))  # as the admin
    window = window_signed_in(qtbot, clinic, "therapist")
    try:
        qtbot.waitUntil(lambda: window.idle_lock._timer.interval() == 3 * 60_000, timeout=10_000)
    finally:
        window.close()
        window.deleteLater()


def test_with_sign_in_off_nothing_locks(qtbot, demo_window):
    demo_window.idle_lock.set_interval(20)
    qtbot.wait(300)
    assert not demo_window.idle_lock.locked and demo_window.findChildren(Cover) == []


def test_with_sign_in_off_the_app_s_events_are_not_watched(qtbot, demo_window, monkeypatch):
    """Watching every event calls into Python at each one, which slowed the window while workers ran."""
    from ptplanner.gui.idle_lock import IdleLock

    seen = []
    def watching(_lock, _watched, event):
        seen.append(event.type())
        return False

    monkeypatch.setattr(IdleLock, "eventFilter", watching)
    qtbot.keyClick(demo_window.patient_list.search, Qt.Key.Key_A)
    demo_window.grab()
    assert seen == []


def test_input_in_any_window_keeps_the_lock_away(qtbot, therapist):
    lock = therapist.idle_lock
    lock.set_interval(1500)
    for _ in range(5):  # 2 s of typing in the search box: never idle for 1.5 s
        qtbot.wait(400)
        qtbot.keyClick(therapist.patient_list.search, Qt.Key.Key_A)
    assert not lock.locked
    lock.set_interval(600_000)


def test_every_open_window_is_covered_and_uncovered(qtbot, therapist):
    from ptplanner.gui.reprint_dialog import PrintedHandoutsDialog

    therapist.actions.reprint.trigger()  # the open patient's printed handouts, in a dialog of its own
    other = therapist.findChild(PrintedHandoutsDialog)
    qtbot.waitUntil(other.isVisible)
    dialog = wait_locked(qtbot, therapist)
    assert other.findChild(Cover).isVisible() and other.windowTitle() == LOCKED_TITLE
    sign_in(qtbot, dialog, "Ana Silva")  # someone else may not take over a window still open
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert dialog.message.text() == ("therapist still has Printed handouts open. therapist must sign in to "
                                     "finish or close it before someone else can sign in.")
    assert therapist.clinic.user.name == "therapist" and therapist.document.is_modified()
    sign_in(qtbot, dialog, "therapist")
    qtbot.waitUntil(lambda: not therapist.idle_lock.locked, timeout=10_000)
    assert other.isVisible() and other.windowTitle() == "Printed handouts"
    other.reject()


@pytest.mark.parametrize("name, editable", [("Ana Silva", True), ("therapist", False)])
def test_only_an_admin_edits_the_idle_time_in_clinic_settings(qtbot, demo_workspace, name, editable):
    from ptplanner.gui.clinic_settings import ClinicSettingsDialog

    window = window_signed_in(qtbot, clinic_with_accounts(demo_workspace), name)
    dialog = ClinicSettingsDialog(window.clinic, window.runner, parent=window)
    try:
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
        assert dialog.idle_lock.value() == 10 and dialog.idle_lock.isEnabled() is editable
        if editable:
            dialog.idle_lock.setValue(4)
            dialog.grab().save("/tmp/shots/clinic-settings-idle.png")
            dialog.accept()
            qtbot.waitUntil(lambda: window.idle_lock._timer.interval() == 4 * 60_000, timeout=10_000)
        else:
            assert dialog.idle_lock.toolTip() == ONLY_ADMIN
    finally:
        dialog.done(0)
        window.close()
        window.deleteLater()
