"""Opening the first patient after a start does not wait for work the start left for later."""

import shutil
import threading

import pytest
from gui_helpers import close_launched, wait_idle

from ptplanner.gui import document, tasks
from ptplanner.gui.app import launch
from ptplanner.storage import write_gate


@pytest.fixture
def start(data_dir, demo_data_template):
    """Start the app on a copy of the demo clinic (closed cleanly), as `ptplanner` does."""
    shutil.copytree(demo_data_template, data_dir)
    started = []
    yield lambda: started.append(launch(data_dir, None)) or started[0]
    for window in started:
        close_launched(window)


def test_the_check_before_the_first_write_is_done_once_the_start_up_reads_are_in(qtbot, start, monkeypatch):
    # Opening a patient writes to the audit trail, and a cleanly closed database's first write waits for
    # its check: started once the patient list and the library are in, it is over before the first patient
    # is opened.
    monkeypatch.setattr(write_gate, "START_AFTER_SECONDS", 600.0)
    window = start()
    qtbot.waitUntil(lambda: window.library is not None and len(window.library.library()) > 0, timeout=20_000)
    wait_idle(qtbot, window)
    gate = window.clinic.workspace.database._write_gate
    assert gate is not None  # opened on the clean-close shortcut, as every start after a clean close
    qtbot.waitUntil(gate._done.is_set, timeout=10_000)
    assert gate.refusal is None


def test_the_check_waits_for_the_library_s_read_which_it_would_slow(qtbot, start, monkeypatch):
    from ptplanner.app.clinic import Clinic

    monkeypatch.setattr(write_gate, "START_AFTER_SECONDS", 600.0)
    read_library, reading, go_on = Clinic.library, threading.Event(), threading.Event()

    def held_read(clinic, *args, **kwargs):
        reading.set()
        go_on.wait(20)
        return read_library(clinic, *args, **kwargs)

    monkeypatch.setattr(Clinic, "library", held_read)
    window = start()
    qtbot.waitUntil(lambda: window.patient_list.model.rowCount() > 0 and reading.is_set(), timeout=20_000)
    gate = window.clinic.workspace.database._write_gate
    qtbot.wait(200)
    assert not gate._begin.is_set()  # the list is in, the library is being read: not yet
    go_on.set()
    qtbot.waitUntil(lambda: len(window.library.library()) > 0, timeout=20_000)
    qtbot.waitUntil(gate._done.is_set, timeout=10_000)
    assert gate.refusal is None


def test_the_dates_a_safety_warning_writes_are_read_ahead_on_a_worker_once_the_start_is_over(
    qtbot, start, monkeypatch
):
    # Babel reads its locale data the first time a date is written in its words (a precaution's end, on
    # the GUI thread as the patient opens): the window reads it ahead, off the GUI thread, once it is idle.
    threads = []

    class RecordedDateWords(document.DateWords):
        def full(self, day):
            threads.append(threading.current_thread())
            return super().full(day)

    queued = []
    real_idle = tasks.TaskRunner.idle

    def idle(runner, work):
        queued.append(work)
        real_idle(runner, work)

    monkeypatch.setattr(tasks.TaskRunner, "idle", idle)
    monkeypatch.setattr(document, "DateWords", RecordedDateWords)
    window = start()
    qtbot.waitUntil(lambda: window.library is not None and len(window.library.library()) > 0, timeout=20_000)
    wait_idle(qtbot, window)
    assert queued  # as the start is over, not a second later: a first patient opened meanwhile waited for it
    # and the statements of a patient opening, compiled ahead (Clinic.warm_up_reads)
    assert [getattr(work, "__name__", "") for work in queued[1:]] == ["warm_up_reads"]
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=10_000)
    assert threads[0] is not threading.main_thread()


def test_work_asked_for_once_the_window_has_closed_never_starts(qtbot, start, monkeypatch):
    # The app closes the clinic right after the window: the start's read-ahead, queued by its last event,
    # read the database being closed (and a test saw its report fail on the deleted window).
    window = start()
    qtbot.waitUntil(lambda: window.library is not None and len(window.library.library()) > 0, timeout=20_000)
    wait_idle(qtbot, window)
    window.close()
    read = []
    monkeypatch.setattr(type(window.clinic), "warm_up_reads", lambda clinic: read.append(clinic))
    window.document.warm_up()
    window.runner.wait()
    qtbot.wait(50)
    assert read == []


def test_the_list_s_first_screen_read_on_opening_is_the_one_shown(qtbot, start, monkeypatch):
    # Read on the worker that opened the clinic (start_reads.ScreenAhead), while the window's parts are built:
    # attached, the window shows it without another trip to a worker.
    from ptplanner.gui.patients.list_loader import FirstScreen

    reads, read, windows = [], FirstScreen.read, []

    def counted(cls, clinic, today):
        attached = bool(windows) and windows[0].clinic is not None
        reads.append((threading.current_thread() is threading.main_thread(), attached))
        return read(clinic, today)

    monkeypatch.setattr(FirstScreen, "read", classmethod(counted))
    windows.append(start())
    window = windows[0]
    qtbot.waitUntil(lambda: window.patient_list.model.rowCount() > 0, timeout=20_000)
    wait_idle(qtbot, window)
    assert reads == [(False, False)]  # once, on a worker, before the window's parts were attached
    assert window.patient_list.model.rowCount() == 12 and window.screen_ahead is None
