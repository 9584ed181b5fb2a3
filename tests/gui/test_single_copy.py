"""A second copy of the app on the same data folder is told so, and stops without touching it."""

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from ptplanner.gui import app


def test_a_second_copy_is_told_and_stops(qapp, data_dir, monkeypatch):
    data_dir.mkdir()
    first = QLockFile(str(data_dir / app.LOCK_FILE))
    assert first.tryLock(0)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    try:
        assert app.run_app(data_dir, None) == 1
    finally:
        first.unlock()
    [(title, text)] = warnings
    assert title == "ptplanner is already open"
    assert str(data_dir) in text and "PostgreSQL" in text


def test_the_lock_is_free_again_once_released(qapp, data_dir):
    data_dir.mkdir()
    lock = app.lock_data_folder(data_dir)
    assert isinstance(lock, QLockFile)
    lock.unlock()
    again = app.lock_data_folder(data_dir)
    assert isinstance(again, QLockFile)
    again.unlock()
