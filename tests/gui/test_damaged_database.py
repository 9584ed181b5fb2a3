"""A database damaged behind the clean-close mark's back: saving in the app is refused with the usual
clear message, the file is not written, and no error dialog with a traceback appears."""

import os
import sys
from datetime import date, timedelta

from gui_helpers import show_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ptplanner.app.workspace import Workspace
from ptplanner.core import clock
from ptplanner.core.patient import Patient


def _quietly_damaged_folder(data_dir):
    workspace = Workspace.open(data_dir)
    workspace.store.save_patient(Patient(name="Patient number 0123", date_of_birth=date(1960, 1, 1)))
    workspace.close()
    path = data_dir / "ptplanner.db"
    before = path.stat()
    data = path.read_bytes()
    with path.open("r+b") as file:
        file.seek(data.index(b"Patient number 0123"))
        file.write(b"Patient number 9999")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    return path


def test_saving_into_a_quietly_damaged_database_is_refused_with_a_clear_message(qtbot, data_dir, monkeypatch):
    path = _quietly_damaged_folder(data_dir)
    damaged = path.read_bytes()
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: hooked.append(error))
    workspace = Workspace.open(data_dir)
    window = show_window(qtbot, workspace)
    try:
        failures = []
        window.document.save_failed.connect(failures.append)
        window.actions.new_patient.trigger()
        dialog = window.patient_dialog
        qtbot.keyClicks(dialog.name, "Bo Berg")
        qtbot.keyClicks(dialog.date_of_birth, "1961-04-09")
        qtbot.keyClicks(dialog.surgery_date, (clock.today() - timedelta(weeks=8)).isoformat())
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
        wait_idle(qtbot, window)
        [message] = failures
        assert "not saved: The database" in message and "is damaged" in message
        assert "Restore your latest backup" in message
        assert hooked == []
    finally:
        window.close()
        window.deleteLater()
        workspace.close()
    assert path.read_bytes() == damaged
