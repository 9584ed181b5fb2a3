"""After a crash, a big database opens at once and is checked page by page in the background; the status
bar says so until the check is over, since the first save waits for it."""

from __future__ import annotations

import shutil
import threading

import pytest
from gui_helpers import open_patient, show_window

from ptplanner.app.workspace import Workspace
from ptplanner.storage import clean_close, sqlite_file


@pytest.fixture
def held_check(monkeypatch):
    """The check of every page waits until released: as on a clinic of many gigabytes."""
    release = threading.Event()
    real = sqlite_file.check_before_opening

    def check(path, whole=False):
        if whole:
            assert release.wait(30)
        return real(path, whole)

    monkeypatch.setattr(sqlite_file, "check_before_opening", check)
    monkeypatch.setattr(sqlite_file, "CHECK_BEFORE_OPENING_BYTES", 0)  # every file counts as big
    yield release
    release.set()


def test_the_status_bar_says_the_database_is_checked_until_the_check_is_over(
    qtbot, data_dir, demo_data_template, held_check
):
    shutil.copytree(demo_data_template, data_dir)
    clean_close.mark_path(data_dir / sqlite_file.DATABASE_FILE).unlink()  # as after a crash
    workspace = Workspace.open(data_dir)
    window = show_window(qtbot, workspace)
    try:
        qtbot.waitUntil(lambda: window.database_check_note is not None, timeout=10_000)
        note = window.database_check_note
        assert note.isVisible() and "not closed properly" in note.text()
        assert window.patient_list.model.rowCount() == 12  # reading did not wait
        held_check.set()
        qtbot.waitUntil(lambda: not window.findChildren(type(note), "databaseCheck"), timeout=10_000)
        open_patient(qtbot, window, "Robert Chen")  # it writes to the audit trail: nothing waits now
        assert window.document.patient.name == "Robert Chen"
    finally:
        held_check.set()
        window.close()
        window.deleteLater()
        workspace.close()


def test_after_a_clean_close_there_is_no_note(qtbot, demo_window):
    qtbot.wait(100)
    assert demo_window.database_check_note is None
