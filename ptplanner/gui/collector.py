"""Python's garbage collector runs on the GUI thread only, while the app runs.

Left automatic, a collection runs on whichever thread happens to make the object that crosses the
threshold: on a worker reading the database it can free a cycle holding a Qt object made on the GUI thread
(a dialog, a model, a widget), and Qt then deletes that object from the wrong thread. The test suite
crashed that way (a segmentation fault while a worker read a program). So automatic collection is off
and a timer on the GUI thread makes the collections Python would have made, by Python's own thresholds.
The worker threads (task runner, backup, database check) still make garbage; it waits for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, SignalInstance
from shiboken6 import isValid

CHECK_EVERY_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._held = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(CHECK_EVERY_MS)
        gc.disable()

    def collect_due(self) -> int:
        """The collection Python would have made by now, if any: the youngest generation once enough
        objects were made, an older one once enough younger collections ran. Returns what it freed."""
        if self._held:
            return 0
        young, middle, old = gc.get_count()
        young_limit, middle_limit, old_limit = gc.get_threshold()
        if young <= young_limit:
            return 0
        generation = 0
        if middle >= middle_limit:
            generation = 2 if old >= old_limit else 1
        return gc.collect(generation)

    def hold_until(self, released: SignalInstance, at_the_latest_ms: int) -> None:
        """No collection until `released` fires (or the time runs out). A start's reads make a great many
        objects that live as long as the app (the library's 5,000 exercises): collecting while they come
        in walks them again and again, and a full collection stopped the window for up to 600 ms. Once they
        are in they are frozen, left out of every later collection."""
        self._held = True
        released.connect(self._release)
        QTimer.singleShot(at_the_latest_ms, self._release)

    def _release(self) -> None:
        if self._held:
            self._held = False
            gc.freeze()


_collector: GuiThreadCollector | None = None


def gui_thread_collector() -> GuiThreadCollector:
    """The app's one collector, made with the first call, on the application object (which must exist)."""
    global _collector
    if _collector is None or not isValid(_collector):
        app = QCoreApplication.instance()
        assert app is not None, "the collector lives on the application object"
        _collector = GuiThreadCollector(app)
    return _collector


def collect_if_running() -> None:
    """Whatever collection is due, where no event loop turns (between tests); nothing without a collector."""
    if _collector is not None and isValid(_collector):
        _collector.collect_due()
