"""The app layer's change reports, delivered on the GUI thread, a burst at a time.

Operations report what they changed on the thread that ran them (a task runner's worker). A signal
emitted there reaches this object's receivers on the GUI thread. Reports arriving together (the demo
clinic adds a dozen patients) are delivered once, as a list, so a view reads its data again once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ptplanner.app.changes import Change


class ClinicEvents(QObject):
    changed = Signal(list)  # list[Change], in the order they were made
    _reported = Signal(object)  # one Change, from any thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[Change] = []
        self._flush = QTimer(self, singleShot=True, interval=0)
        self._flush.timeout.connect(self._deliver)
        self._reported.connect(self._collect)

    def listen_to(self, clinic) -> None:
        clinic.on_change(self._reported.emit)

    def _collect(self, change: Change) -> None:
        self._pending.append(change)
        self._flush.start()

    def _deliver(self) -> None:
        changes, self._pending = self._pending, []
        if changes:
            self.changed.emit(changes)
