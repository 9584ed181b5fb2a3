"""Opening the first patient after a start does not wait for work the start left for later."""

import shutil

from gui_helpers import wait_idle

from ptplanner.gui.app import launch
from ptplanner.storage import write_gate


def test_the_check_before_the_first_write_is_done_once_the_start_up_reads_are_in(
    qtbot, data_dir, demo_data_template, monkeypatch
):
    # Opening a patient writes to the audit trail, and a cleanly closed database's first write waits for
    # its check: started once the patient list is shown, it is over before the first patient is opened.
    monkeypatch.setattr(write_gate, "START_AFTER_SECONDS", 600.0)
    shutil.copytree(demo_data_template, data_dir)
    window = launch(data_dir, None)
    try:
        qtbot.waitUntil(lambda: window.library is not None and len(window.library.library()) > 0, timeout=20_000)
        wait_idle(qtbot, window)
        gate = window.clinic.workspace.database._write_gate
        assert gate is not None  # opened on the clean-close shortcut, as every start after a clean close
        qtbot.waitUntil(gate._done.is_set, timeout=10_000)
        assert gate.refusal is None
    finally:
        window.runner.wait()
        window.close()
        if window.clinic is not None:
            window.clinic.workspace.close()
        window.deleteLater()
