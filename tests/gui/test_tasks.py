"""Background work: results and errors come back on the GUI thread; writes run one at a time, in order."""

import sys
import threading
import time

import pytest
from PySide6.QtCore import QThread

from ptplanner.gui.tasks import TaskRunner


def test_results_come_back_on_the_gui_thread(qtbot, qapp):
    runner = TaskRunner()
    seen = []
    runner.read(
        lambda: threading.current_thread().name, lambda name: seen.append((name, QThread.currentThread()))
    )
    qtbot.waitUntil(lambda: bool(seen))
    worker_name, delivered_on = seen[0]
    assert worker_name != threading.main_thread().name
    assert delivered_on is qapp.thread()
    assert not runner.is_busy()


def test_writes_never_overlap_and_keep_their_order(qtbot):
    runner = TaskRunner()
    running, finished = [], []

    def write(n):
        running.append(n)
        overlap = len(running) > 1
        time.sleep(0.01)
        running.remove(n)
        return n, overlap

    for n in range(5):
        runner.write(lambda n=n: write(n), finished.append)
    qtbot.waitUntil(lambda: len(finished) == 5)
    assert finished == [(n, False) for n in range(5)]


def test_an_error_goes_to_its_handler(qtbot):
    runner = TaskRunner()
    errors = []
    runner.read(lambda: 1 / 0, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_an_unexpected_error_reaches_the_app_error_dialog(qtbot, monkeypatch):
    runner = TaskRunner()
    shown = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: shown.append(value))
    runner.write(lambda: {}["missing"], lambda _: None)
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], KeyError)


def test_busy_is_signalled_while_work_is_pending(qtbot):
    runner = TaskRunner()
    states = []
    runner.busy_changed.connect(states.append)
    release = threading.Event()
    runner.read(release.wait, lambda _: None)
    assert runner.is_busy()
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert states == [True, False]


def test_work_asked_for_while_a_result_is_delivered_starts_once_its_callback_returns(qtbot):
    runner = TaskRunner()
    started = threading.Event()
    seen = []

    def delivered(_result):
        runner.read(started.set, lambda _: seen.append("second done"))
        # The GUI thread still builds what the first result shows: the second waits, not competing with it.
        seen.append(("second started meanwhile", started.wait(0.2)))

    runner.read(lambda: 1, delivered)
    qtbot.waitUntil(lambda: "second done" in seen)
    assert seen == [("second started meanwhile", False), "second done"]


def test_waiting_for_the_runner_runs_held_work_too(qtbot):
    runner = TaskRunner()
    done = []

    def delivered(_result):
        runner.write(lambda: done.append("written"), lambda _: None)
        runner.wait()  # as on closing: the write asked for just now is done before it returns
        done.append("waited")

    runner.read(lambda: 1, delivered)
    qtbot.waitUntil(lambda: "waited" in done)
    assert done == ["written", "waited"]
    qtbot.waitUntil(lambda: not runner.is_busy())


def test_work_held_for_a_delivery_starts_in_a_dialog_that_callback_opens(qtbot):
    from PySide6.QtCore import QEventLoop, QTimer

    runner = TaskRunner()
    seen = []

    def delivered(_result):  # as a callback that opens a modal dialog, which reads and waits for its result
        loop = QEventLoop()
        runner.read(lambda: "read in the dialog", lambda found: (seen.append(found), loop.quit()))
        QTimer.singleShot(5_000, loop.quit)  # fail rather than hang
        loop.exec()

    runner.read(lambda: 1, delivered)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == ["read in the dialog"]


def test_soon_runs_once_the_window_has_drawn_what_changed_and_counts_as_busy(qtbot):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    label, seen = QLabel("before"), []

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                seen.append(("painted", label.text()))
            return False

    watcher = Painted()
    label.installEventFilter(watcher)
    label.show()
    qtbot.waitUntil(lambda: ("painted", "before") in seen)
    runner = TaskRunner()
    label.setText("after")  # drawn on the event loop's next turn
    runner.soon(lambda: seen.append(("called", label.text())))
    assert runner.is_busy() and ("called", "after") not in seen  # not run in the asking call
    qtbot.waitUntil(lambda: ("called", "after") in seen)
    assert seen.index(("painted", "after")) < seen.index(("called", "after"))
    assert not runner.is_busy()
    label.removeEventFilter(watcher)


@pytest.mark.parametrize("how", ["soon", "next_turn"])
def test_next_turn_lets_the_window_answer_first_where_soon_does_not(qtbot, how):
    """Asked for while a worker's result is delivered: `soon` runs in the same pass (one long wait for the
    user), `next_turn` only after a timer already due (standing in for input) was answered, busy meanwhile."""
    from PySide6.QtCore import QTimer

    runner, seen = TaskRunner(), []
    due = QTimer(singleShot=True, interval=1)
    due.timeout.connect(lambda: seen.append("answered"))

    def delivered(_result) -> None:
        due.start()
        time.sleep(0.005)  # due now
        getattr(runner, how)(lambda: seen.append("called"))
        assert runner.is_busy()

    runner.read(lambda: None, delivered)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == (["called", "answered"] if how == "soon" else ["answered", "called"])
    qtbot.waitUntil(lambda: not runner.is_busy())


def test_idle_work_runs_unwaited_for_its_errors_dropped_and_closing_waits_for_it(qtbot):
    runner = TaskRunner()
    release, done = threading.Event(), []

    def work():
        release.wait(5)
        done.append(threading.current_thread() is not threading.main_thread())

    runner.idle(lambda: 1 / 0)  # dropped: nobody asked for its result
    runner.idle(work)
    assert not runner.is_busy()
    release.set()
    assert runner.wait(5000)
    assert done == [True]


class _FreedOn:
    """Records the thread that lets go of it: as a Qt object made on the GUI thread would be deleted."""

    def __init__(self, threads: list[str]) -> None:
        self.threads = threads

    def __del__(self) -> None:
        self.threads.append(threading.current_thread().name)


@pytest.mark.parametrize("kind", ["result", "error", "idle"])
def test_what_a_work_used_and_gave_back_is_let_go_on_the_gui_thread(qtbot, kind):
    runner = TaskRunner()
    freed_on: list[str] = []
    started = threading.Event()
    delivered = []

    def work(used=_FreedOn(freed_on)):  # the closure holds the only reference to `used`
        started.wait(5)
        made = _FreedOn(freed_on)
        if kind == "error":
            raise ValueError(made)  # its traceback holds this frame, and so `used` and `made`
        return made

    if kind == "idle":
        runner.idle(work)
    elif kind == "error":
        runner.read(work, lambda _: None, lambda error: delivered.append(type(error)))
    else:
        runner.read(work, lambda made: delivered.append(type(made)))
    del work
    started.set()
    qtbot.waitUntil(lambda: len(freed_on) == 2, timeout=5_000)
    assert freed_on == [threading.main_thread().name] * 2
    assert delivered == ([] if kind == "idle" else [ValueError if kind == "error" else _FreedOn])
    runner.wait()


def test_once_closed_the_runner_starts_no_work_and_is_not_busy(qtbot):
    # The app closes its clinic right after the window: a read-ahead queued by the start's last event
    # would have read a database being closed.
    runner = TaskRunner()
    ran, delivered = [], []
    runner.read(lambda: ran.append("before"), delivered.append)
    runner.wait()
    qtbot.waitUntil(lambda: len(delivered) == 1)
    runner.close()
    runner.read(lambda: ran.append("read"), delivered.append)
    runner.write(lambda: ran.append("write"), delivered.append)
    runner.idle(lambda: ran.append("idle"))
    runner.wait()
    qtbot.wait(50)
    assert ran == ["before"] and len(delivered) == 1
    assert not runner.is_busy()


def test_a_task_still_running_as_its_runner_is_deleted_ends_quietly(qtbot):
    # Deleting the runner deletes its pools, which wait for their tasks: a task ending then has no runner
    # left to report to (a test closed its window that way, and the report raised).
    from shiboken6 import isValid

    runner = TaskRunner()
    started = threading.Event()
    runner.idle(lambda: (started.set(), time.sleep(0.2)))
    assert started.wait(5)
    runner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(runner), timeout=5_000)
