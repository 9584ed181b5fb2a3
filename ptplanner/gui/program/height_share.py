"""How the program editor's splitter shares its height between the stage's fields and the exercise table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

EXERCISE_ROWS = 6  # the table shows at least this many when the window has the height
ITEMS_CHROME = 70  # the table's header and the buttons under it
MIN_FORM_HEIGHT = 64  # the stage's name and weeks; the rest scrolls


class ExerciseRowsKept(QObject):
    """On every resize of `splitter` ([the form's scroll area, the table's pane]): the table keeps room
    for EXERCISE_ROWS rows, taken from the form (it scrolls); the form gets its full height when that
    still leaves the table its rows."""

    def __init__(self, splitter: QSplitter, form: QWidget, table: QTableView) -> None:
        super().__init__(splitter)
        self._splitter, self._form, self._table = splitter, form, table
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._share)  # once the splitter has its new height
        return False

    def _share(self) -> None:
        form, items = self._splitter.sizes()
        total = form + items
        rows = EXERCISE_ROWS * self._table.verticalHeader().defaultSectionSize() + ITEMS_CHROME
        wanted_items = min(rows, total - MIN_FORM_HEIGHT)
        wanted_form = min(self._form.sizeHint().height(), total - wanted_items)
        if items < wanted_items:
            self._splitter.setSizes([total - wanted_items, wanted_items])
        elif form < wanted_form:
            self._splitter.setSizes([wanted_form, total - wanted_form])
