"""Closing the clinic after the window: its backup on closing shows a small window while it runs, and a
backup that failed is said instead of lost."""

import threading
import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from ptplanner.app.clinic import Clinic
from ptplanner.core.exercise import Origin
from ptplanner.gui import closing
from ptplanner.gui.closing import close_clinic


FULL_DISK = "ptplanner could not make its automatic backup in the folder /x: the disk is full."


class SlowClose:
    """A clinic whose closing takes `seconds` and gives `warnings` (or raises `error`)."""

    def __init__(self, seconds: float, warnings=(), error: BaseException | None = None) -> None:
        self.seconds, self.warnings, self.error = seconds, list(warnings), error
        self.closed_on: list[str] = []

    def close(self) -> list[str]:
        time.sleep(self.seconds)
        self.closed_on.append(threading.current_thread().name)
        if self.error is not None:
            raise self.error
        return self.warnings


@pytest.fixture
def said(monkeypatch):
    """The (title, text) of each warning box, instead of showing it."""
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: boxes.append((title, text)))
    return boxes


@pytest.fixture
def progress_seen(qapp):
    """Whether the closing window was on screen at some moment, looked at every 20 ms meanwhile."""
    seen = []

    def look() -> None:
        seen.extend(
            w.labelText() for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.objectName() == "closingProgress" and w.isVisible()
        )

    from PySide6.QtCore import QTimer

    timer = QTimer(interval=20)
    timer.timeout.connect(look)
    timer.start()
    yield seen
    timer.stop()


def test_a_long_close_shows_a_window_until_it_is_over_then_says_why_the_backup_failed(said, progress_seen):
    clinic = SlowClose(1.0, [FULL_DISK])
    close_clinic(clinic)
    assert clinic.closed_on == ["ptplanner-closing"]  # off the GUI thread, which kept drawing
    assert progress_seen and "automatic backup" in progress_seen[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    assert said == [("The backup on closing did not work", clinic.warnings[0])]


def test_a_quick_close_shows_nothing(said, progress_seen):
    close_clinic(SlowClose(0.0))
    assert progress_seen == [] and said == []


def test_an_error_closing_is_raised_as_before(said):
    with pytest.raises(OSError, match="gone"):
        close_clinic(SlowClose(0.0, error=OSError("gone")))


def test_a_real_data_folder_whose_backup_cannot_be_made_says_so_on_closing(tmp_path, said, monkeypatch):
    monkeypatch.setattr(closing, "SHOWN_AFTER_SECONDS", 0.0)
    clinic = Clinic.open(tmp_path)
    bridge = clinic.library().exercises["bridge"]
    clinic.save_exercise(bridge.model_copy(update={"id": "clinic-wall-bridge", "origin": Origin.CLINIC}))
    backups = tmp_path / "backups"
    assert not backups.exists()  # a new data folder: nothing to back up on opening
    backups.write_text("not a folder")  # the backup on closing cannot be made
    close_clinic(clinic)
    assert len(said) == 1 and str(backups) in said[0][1]
    assert Clinic.open(tmp_path).close() is not None  # the database itself closed cleanly and opens again


def test_a_real_data_folder_is_backed_up_on_closing_without_a_word(tmp_path, said):
    clinic = Clinic.open(tmp_path)
    bridge = clinic.library().exercises["bridge"]
    clinic.save_exercise(bridge.model_copy(update={"id": "clinic-wall-bridge", "origin": Origin.CLINIC}))
    close_clinic(clinic)
    assert len(list((tmp_path / "backups").glob("ptplanner-*.db"))) == 1 and said == []


def test_the_app_says_when_its_backup_on_closing_fails(qapp, data_dir, demo_data_template, said):
    """The whole way: the app run on a demo data folder, a clinic exercise saved, the backups folder
    made unusable, the window closed."""
    import shutil

    from PySide6.QtCore import QTimer

    from ptplanner.gui import app
    from ptplanner.gui.main_window import MainWindow

    shutil.copytree(demo_data_template, data_dir)

    def when_attached() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or windows[0].clinic is None or windows[0].runner.is_busy():
            QTimer.singleShot(50, when_attached)
            return
        window = windows[0]
        bridge = window.library.library().exercises["bridge"]
        wall_bridge = bridge.model_copy(update={"id": "clinic-wall-bridge", "origin": Origin.CLINIC})
        saving = threading.Thread(target=lambda: window.clinic.save_exercise(wall_bridge))  # as a worker does
        saving.start()
        saving.join()
        shutil.rmtree(data_dir / "backups")
        (data_dir / "backups").write_text("not a folder")
        window.close()

    QTimer.singleShot(0, when_attached)
    assert app.run_app(data_dir, None) == 0
    assert [title for title, _text in said] == ["The backup on closing did not work"]
    assert str(data_dir / "backups") in said[0][1]
