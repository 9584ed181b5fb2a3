"""A second copy of the app on the same data folder is told so, and stops without touching it."""

import stat

from PySide6.QtWidgets import QMessageBox

from ptplanner.folder_lock import FolderLock
from ptplanner.gui import app


def test_a_second_copy_is_told_and_stops(qapp, data_dir, monkeypatch):
    monkeypatch.setattr(app, "LOCK_WAIT_SECONDS", 0.2)
    first = FolderLock(data_dir, "ptplanner import")
    first.acquire()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    try:
        assert app.run_app(data_dir, None) == 1
    finally:
        first.release()
    [(title, text)] = warnings
    assert title == "ptplanner is already open"
    assert str(data_dir) in text and "PostgreSQL" in text
    assert "ptplanner import (process" in text  # says which program holds it


def test_the_lock_is_free_again_once_released_and_private(qapp, data_dir):
    lock = app.lock_data_folder(data_dir)
    assert isinstance(lock, FolderLock)
    assert stat.S_IMODE((data_dir / app.LOCK_FILE).stat().st_mode) == 0o600
    lock.release()
    again = app.lock_data_folder(data_dir)
    assert isinstance(again, FolderLock)
    again.release()
