"""Discharge, re-admit and erase from the real main window, as a therapist does them."""

from feature_dialogs import shoot, wait_for_dialog
from gui_helpers import TODAY, open_patient, show_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ptplanner.gui.dates import app_dates
from ptplanner.gui.models.patients import FLAGS
from ptplanner.gui.patients.leaving import NO_DISCHARGED
from ptplanner.storage.audit_check import audit_events

OKAFOR = "Margaret Okafor"


def patient_names(window) -> list[str]:
    proxy = window.patient_list.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def choose_in_list(window, name) -> None:
    page = window.patient_list
    row = patient_names(window).index(name)
    page.table.setCurrentIndex(page.proxy.index(row, 0))


def test_discharge_from_the_list_then_find_and_readmit_under_discharged(qtbot, demo_window):
    window = demo_window
    choose_in_list(window, OKAFOR)
    window.leaving.discharge.trigger()
    dialog = wait_for_dialog(qtbot, window.leaving, "dischargeDialog")
    assert dialog.reason.hasFocus() or not dialog.isActiveWindow()
    qtbot.keyClicks(dialog.reason, "Goals met")
    shoot(dialog, "discharge-dialog")
    qtbot.mouseClick(dialog.discharge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: OKAFOR not in patient_names(window), timeout=10_000)
    assert len(patient_names(window)) == 11

    window.leaving.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: patient_names(window) == [OKAFOR], timeout=10_000)
    flags = window.patient_list.proxy.index(0, 4).data()
    assert flags == f"discharged {app_dates(TODAY).long(TODAY)}: Goals met"
    shoot(window, "discharged-tab")

    window.open_patient(window.patient_list.proxy.patient_id(window.patient_list.proxy.index(0, 0)))
    qtbot.waitUntil(lambda: "Re-admit patient" in window.statusBar().currentMessage(), timeout=10_000)
    assert f"{OKAFOR} was discharged " in window.statusBar().currentMessage()
    window.leaving.readmit.trigger()  # the open patient
    qtbot.waitUntil(lambda: not window.leaving.showing_discharged, timeout=10_000)
    qtbot.waitUntil(lambda: len(patient_names(window)) == 12, timeout=10_000)
    assert OKAFOR in patient_names(window)
    window.leaving.tabs.setCurrentIndex(1)
    wait_idle(qtbot, window)
    assert patient_names(window) == []
    assert window.patient_list.notice.text() == NO_DISCHARGED


def test_erase_asks_for_the_name_then_wipes_it_from_the_database_and_its_log(qtbot, demo_window, data_dir):
    window = demo_window
    open_patient(qtbot, window, OKAFOR)
    window.leaving.erase.trigger()
    dialog = wait_for_dialog(qtbot, window.leaving, "eraseDialog")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "Margaret Okafo")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # not the name yet: nothing happens
    wait_idle(qtbot, window)
    assert OKAFOR in [p.name for p in window.clinic.workspace.store.list_patients()]
    qtbot.keyClicks(dialog.typed, "r")
    assert dialog.erase_button.isEnabled()
    shoot(dialog, "erase-dialog")
    before = _files(data_dir)
    assert OKAFOR.encode() in before

    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.leaving.backups_notice is not None, timeout=10_000)
    wait_idle(qtbot, window)

    assert window.pages.currentWidget() is window.patient_list
    assert window.document.patient is None
    assert OKAFOR not in patient_names(window) and len(patient_names(window)) == 11
    after = _files(data_dir)
    assert OKAFOR.encode() not in after and b"Okafor" not in after
    notice = window.leaving.backups_notice
    assert "backups" in notice.informativeText()
    shoot(notice, "erase-backups-notice")
    notice.accept()


def test_a_damaged_record_flagged_in_the_list_is_erased_by_typing_its_id(
    qtbot, damaged_demo_workspace, data_dir
):
    workspace, damaged_id = damaged_demo_workspace
    window = show_window(qtbot, workspace)
    try:
        page = window.patient_list
        qtbot.waitUntil(lambda: damaged_id in page.model.patient_ids(), timeout=10_000)
        ids = [page.proxy.patient_id(page.proxy.index(row, 0)) for row in range(page.proxy.rowCount())]
        row = ids.index(damaged_id)
        qtbot.waitUntil(lambda: "record damaged" in page.proxy.index(row, FLAGS).data(), timeout=10_000)
        page.table.setCurrentIndex(page.proxy.index(row, 0))
        window.leaving.erase.trigger()
        dialog = wait_for_dialog(qtbot, window.leaving, "eraseDialog")
        assert dialog.windowTitle() == "Erase damaged record"
        said = dialog.findChild(QLabel, "eraseQuestion").text()
        assert said.startswith(f"The record of patient Robert Chen (id {damaged_id[:8]}) cannot be read: its")
        assert said.endswith(f"To confirm, type the record's id:\n{damaged_id}")
        for wrong in ("Robert Chen", damaged_id[:8], damaged_id + "x"):  # never its name or first characters
            dialog.typed.setText(wrong)
            qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
            assert not dialog.erase_button.isEnabled()
        dialog.typed.clear()
        qtbot.keyClicks(dialog.typed, damaged_id)
        assert dialog.erase_button.isEnabled()
        shoot(dialog, "erase-damaged-dialog")
        said = []
        window.statusBar().messageChanged.connect(said.append)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: damaged_id not in page.model.patient_ids(), timeout=10_000)
        wait_idle(qtbot, window)
        assert f"Erased the damaged record with id {damaged_id} and all its data." in said
        assert page.model.rowCount() == 11
        assert b"Robert Chen" not in _files(data_dir)  # wiped, as any erased patient
        last = audit_events(workspace.database)[-1]
        assert (last.action, last.patient_id) == ("erase", damaged_id)
        notice = window.leaving.backups_notice  # the demo clinic's backups hold the record
        assert notice.text().startswith(f"The damaged record with id {damaged_id} is erased from the database.")
        shoot(notice, "erase-damaged-backups-notice")
        notice.accept()
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()


def _files(data_dir) -> bytes:
    return b"".join((data_dir / name).read_bytes() for name in ("ptplanner.db", "ptplanner.db-wal")
                    if (data_dir / name).exists())


def test_a_front_desk_account_sees_the_leaving_and_reuse_commands_greyed_out(qtbot, demo_workspace):
    from datetime import datetime

    from ptplanner.app.clinic import Clinic
    from ptplanner.core.roles import Role, User
    from ptplanner.gui.main_window import MainWindow

    desk = User("desk", Role.FRONT_DESK, disabled=False, created_at=datetime.now())
    window = MainWindow(Clinic(demo_workspace, desk))
    window.show()
    try:
        wait_idle(qtbot, window)
        assert len(patient_names(window)) == 12  # the list is theirs to see
        greyed = [window.leaving.discharge, window.leaving.readmit, window.leaving.erase,
                  window.reuse.save_stage, window.reuse.save_program, window.reuse.manage, window.reuse.copy]
        assert not any(action.isEnabled() for action in greyed)
        window.library.select_exercise("clamshell")
        assert not window.favourites.button.isEnabled()
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()
