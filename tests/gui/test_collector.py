"""Garbage is collected on the GUI thread only: a cycle holding a Qt object freed on a worker thread had Qt
delete it from the wrong thread, and the app crashed."""

import gc
import threading

from PySide6.QtCore import QObject, Signal

from ptplanner.gui.collector import gui_thread_collector
from ptplanner.gui.tasks import TaskRunner


class _Cycle:
    """Garbage of the dangerous kind: a cycle (only a collection frees it) holding a Qt object."""

    def __init__(self, freed_on: list[str]) -> None:
        self.itself = self
        self.qt_object = QObject()
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _make_objects(count: int = 50_000) -> list[list]:
    """Far more new containers than the youngest generation's threshold (counted while they live): a
    collection is due."""
    return [[] for _ in range(count)]


def test_a_cycle_holding_a_qt_object_is_freed_on_the_gui_thread_while_workers_make_garbage(qtbot):
    runner = TaskRunner()
    freed_on: list[str] = []
    _Cycle(freed_on)  # garbage at once
    done = []
    for _ in range(4):
        runner.read(lambda: len(_make_objects()), done.append)
    qtbot.waitUntil(lambda: len(done) == 4, timeout=10_000)
    assert freed_on == []  # nothing was collected on the workers
    objects = _make_objects()  # a collection is due (so far the workers' objects were freed as they went)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)  # the collector's next tick
    del objects
    assert freed_on == [threading.main_thread().name]
    runner.wait()
    runner.deleteLater()


class _Loader(QObject):
    loaded = Signal()


def test_no_collection_while_a_start_loads_then_what_it_made_is_frozen(qtbot):
    collector = gui_thread_collector()
    loader = _Loader()
    frozen_before = gc.get_freeze_count()
    freed_on: list[str] = []
    collector.hold_until(loader.loaded, 60_000)
    _Cycle(freed_on)
    objects = _make_objects()
    assert collector.collect_due() == 0
    assert freed_on == []
    loader.loaded.emit()
    assert gc.get_freeze_count() > frozen_before  # the start's objects are left out from now on
    _Cycle(freed_on)
    objects += _make_objects()
    collector.collect_due()
    assert len(freed_on) == 1  # made after the start: collected again
