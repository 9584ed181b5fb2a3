"""The one place background work runs, so the window never freezes on the database.

Reads run in a thread pool; writes run one at a time, in the order they were asked for, on a
single worker. Results and errors come back on the GUI thread through a queued signal. Work
functions never touch a widget. Each task runs in a copy of the asking thread's context, so the core's
sentences it writes (core.language) are in the language the window speaks.

The main window owns the app's one runner; a dialog uses it through `scoped(dialog)`, which drops the
results of its work once the dialog is gone and is busy only while the dialog's own work runs.

Work asked for while a result is being delivered starts once the event loop runs again (when that
delivery's callback returns, or a dialog it opened runs its own loop): a worker running Python beside
the GUI thread takes the interpreter from it at every call into Qt, and a callback that builds widgets
(attaching the clinic's data took 30 ms alone) then took three times as long.
"""

from __future__ import annotations

import contextvars
import importlib
import itertools
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QCoreApplication, QEvent, QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal, Slot,
)
from shiboken6 import isValid

from ptplanner.gui.collector import gui_thread_collector

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
_Outcome = tuple[Callable[[], Any], bool, Any]  # the work, whether it succeeded, its result or error
_SOON = QEvent.Type(QEvent.registerEventType())  # TaskRunner.soon's event


class TaskRunner(QObject):
    busy_changed = Signal(bool)
    _came_back = Signal(int)  # a task's outcome is in _outcomes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gui_thread_collector()  # before the first worker: no garbage collection on a worker thread
        self._reads = QThreadPool(self)
        # Two at least, on one core too: a read held aside (start_reads.LibraryAhead) keeps none waiting.
        self._reads.setMaxThreadCount(max(2, self._reads.maxThreadCount()))
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._idle = QThreadPool(self)  # work nobody waits for (idle): one thread, never beside the reads
        self._idle.setMaxThreadCount(1)
        self._idle.setThreadPriority(QThread.Priority.LowestPriority)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done, Failed | None, QObject | None]] = {}
        self._holding = 0  # > 0 while results are delivered: work asked for meanwhile waits in _held
        self._held: list[tuple[QThreadPool, QRunnable]] = []
        self._soon: deque[int] = deque()  # the callbacks asked for with soon(), in order
        self._outcomes: dict[int, _Outcome] = {}  # put by a worker, taken on the GUI thread
        self._closed = False  # the window closed (close): work asked for from then on is dropped
        # The runner lives on the GUI thread, so signals emitted by workers are queued to it.
        self._came_back.connect(self._take_outcome)

    def read(
        self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None, owner: QObject | None = None
    ) -> None:
        """Reads, several at once. With an `owner`, the callbacks are dropped if it is deleted meanwhile."""
        self._start(self._reads, work, on_done, on_error, owner)

    def write(
        self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None, owner: QObject | None = None
    ) -> None:
        """Database writes: never two at once, always in order."""
        self._start(self._writes, work, on_done, on_error, owner)

    def idle(self, work: Callable[[], Any]) -> None:
        """Work done ahead that nobody waits for (the window is not busy meanwhile), one at a time, after
        the reads and writes asked for before it have started. Its result and its errors are dropped: it
        must leave nothing half done. Closing waits for it, so it should stop soon when asked to."""
        if not self._closed:
            self._queue(self._idle, _Task(self, next(self._ids), work, contextvars.copy_context()))

    def close(self) -> None:
        """The window has closed, its work done (wait first): work asked for from now on is dropped, never
        started, so nothing reads the database the app is about to close (a read-ahead queued by the
        start's last event, say). Its callbacks are never called."""
        self._closed = True

    def is_busy(self, owner: QObject | None = None) -> bool:
        """Work is running (with `owner`: work that owner asked for)."""
        return any(owner is None or asked_by is owner for _, _, asked_by in self._callbacks.values())

    def scoped(self, owner: QObject) -> ScopedRunner:
        return ScopedRunner(self, owner)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (used on closing, before the database is closed)."""
        self._start_held()
        return (
            self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs) and self._idle.waitForDone(msecs)
        )

    @contextmanager
    def holding(self) -> Iterator[None]:
        """Work asked for inside starts on leaving (whatever happened inside), in the order asked, or
        sooner if an event loop runs inside (a modal dialog waiting for that work)."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
            if not self._holding:
                self._start_held()

    def soon(self, callback: Callable[[], None]) -> None:
        """`callback` once the window has drawn what changed (it counts as busy meanwhile): drawn while a
        worker runs Python, every cell of a table waits for the interpreter, and the patient list's first
        screen took 100 ms instead of 15. Qt posts its requests to draw at a low priority; this is posted
        lower still, so it comes after those already asked for."""
        self._soon.append(self._expect(callback))
        QCoreApplication.postEvent(self, QEvent(_SOON), Qt.EventPriority.LowEventPriority.value - 1)

    def next_turn(self, callback: Callable[[], None]) -> None:
        """`callback` once the event loop has turned (input and timers due answered first; busy meanwhile).
        Work split in two this way is two short waits for the user, where `soon` makes one long one: what
        is posted while posted work is delivered is delivered in the same pass."""
        task_id = self._expect(callback)
        # A timer of its own: QTimer.singleShot(0) is a posted call, delivered in the same pass.
        timer = QTimer(self, singleShot=True, interval=0)
        timer.timeout.connect(lambda: (timer.deleteLater(), self._deliver_result(task_id, None)))
        timer.start()

    def _expect(self, callback: Callable[[], None]) -> int:
        task_id = next(self._ids)
        self._callbacks[task_id] = (lambda _result: callback(), None, None)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        return task_id

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _SOON and self._soon:
            self._deliver_result(self._soon.popleft(), None)

    def _start_held(self) -> None:
        held, self._held = self._held, []
        for pool, task in held:
            pool.start(task)

    def _start(
        self, pool: QThreadPool, work: Callable[[], Any], on_done: Done, on_error: Failed | None,
        owner: QObject | None,
    ) -> None:
        if self._closed:
            return
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error, owner)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._queue(pool, _Task(self, task_id, work, contextvars.copy_context()))

    def _queue(self, pool: QThreadPool, task: QRunnable) -> None:
        if self._holding:
            if not self._held:
                QTimer.singleShot(0, self, self._start_held)  # a dialog's own event loop starts them
            self._held.append((pool, task))
        else:
            pool.start(task)

    def _hand_back(self, task_id: int, outcome: _Outcome) -> None:
        self._outcomes[task_id] = outcome

    @Slot(int)
    def _take_outcome(self, task_id: int) -> None:
        _, succeeded, value = self._outcomes.pop(task_id)
        if task_id not in self._callbacks:
            return  # idle work: nobody waits for its result or its errors
        if succeeded:
            self._deliver_result(task_id, value)
        else:
            self._deliver_error(task_id, value)

    def _deliver_result(self, task_id: int, result: Any) -> None:
        on_done, _, owner = self._take(task_id)
        if owner is None or isValid(owner):
            with self.holding():
                on_done(result)

    def _deliver_error(self, task_id: int, error: BaseException) -> None:
        _, on_error, owner = self._take(task_id)
        if owner is not None and not isValid(owner) and on_error is not None:
            return  # whoever asked is gone and expected it could fail
        if on_error is None:  # nobody expected it: the app's error dialog shows it
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            with self.holding():
                on_error(error)

    def _take(self, task_id: int) -> tuple[Done, Failed | None, QObject | None]:
        callbacks = self._callbacks.pop(task_id)
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks


class ScopedRunner:
    """The app's runner as one dialog (the owner) uses it."""

    def __init__(self, runner: TaskRunner, owner: QObject) -> None:
        self._runner, self._owner = runner, owner

    def read(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        self._runner.read(work, on_done, on_error, self._owner)

    def write(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        self._runner.write(work, on_done, on_error, self._owner)

    def is_busy(self) -> bool:
        return self._runner.is_busy(self._owner)

    def wait(self, msecs: int = -1) -> bool:
        return self._runner.wait(msecs)


class _Task(QRunnable):
    """One piece of work on a worker thread. Everything it used is let go on the GUI thread: let go here,
    the last reference to a Qt object made there (a cycle's, a closure's) would have Qt delete that
    object on this thread, which crashes. So the work and its outcome go to the runner, and this thread
    keeps no reference to them once it says they are there."""

    def __init__(
        self, runner: TaskRunner, task_id: int, work: Callable[[], Any], context: contextvars.Context
    ) -> None:
        super().__init__()
        self._runner, self._task_id, self._work, self._context = runner, task_id, work, context

    def run(self) -> None:
        work, self._work = self._work, None
        try:
            outcome = (work, True, self._context.run(work))
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which decides what to show
            outcome = (work, False, error)
        self._runner._hand_back(self._task_id, outcome)
        del work, outcome
        if isValid(self._runner):  # else its window was deleted without waiting: nobody to deliver to
            try:
                self._runner._came_back.emit(self._task_id)
            except RuntimeError:  # deleted meanwhile
                pass


def import_in_turns(names: Sequence[str], then: Callable[[], None]) -> None:
    """On the GUI thread: import `names`, one not yet imported per turn of the event loop (each a few
    milliseconds once their GUI-free dependencies are in, about 50 ms in all), then call `then`."""
    pending = [name for name in names if name not in sys.modules]
    if not pending:
        then()
        return
    importlib.import_module(pending[0])
    QTimer.singleShot(0, lambda: import_in_turns(pending[1:], then))
