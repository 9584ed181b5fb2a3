"""Today's session in one click per exercise: each click records one more session done today."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ptplanner.core.program import ProgramItem
from ptplanner.gui.progress.log_model import LogSheetModel

COLUMNS = 2
NOTHING_TODAY = "Nothing is prescribed for today."


class TodayPanel(QWidget):
    def __init__(self, model: LogSheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="todayPanel")
        self.model = model
        self.buttons: dict[str, QPushButton] = {}  # item id -> its button
        self._items: dict[str, ProgramItem] = {}
        self._grid = QGridLayout()
        self._empty = QLabel(NOTHING_TODAY)
        hint = QLabel(
            "Click an exercise each time the patient did it today. Ctrl+Z takes a click back. "
            "Pain and notes go in the week's grid."
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(self._grid)
        layout.addWidget(self._empty)
        layout.addStretch()
        self._build()
        model.dataChanged.connect(self._refresh)
        model.modelReset.connect(self._refresh)

    def record(self, item_id: str) -> None:
        """One more session of the item done today (the week with today is shown in the grid)."""
        model = self.model
        model.show_day(model.today)
        index = model.index(model.row_of_item(item_id), model.column_of(model.today))
        model.add_session(index)

    def _build(self) -> None:
        model = self.model
        model.show_day(model.today)
        column = model.column_of(model.today)
        for row in range(model.rowCount()):
            item = model.row(row).item
            if item is None or not model.is_open(model.index(row, column)):
                continue
            button = QPushButton(objectName=f"today-{item.id}")
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, item_id=item.id: self.record(item_id))
            self._grid.addWidget(button, len(self.buttons) // COLUMNS, len(self.buttons) % COLUMNS)
            self.buttons[item.id] = button
            self._items[item.id] = item
        self._empty.setVisible(not self.buttons)
        self._refresh()

    def _refresh(self) -> None:
        model = self.model
        today = model.entry_on(model.today)
        done = {c.item_id: c.sessions_done for c in today.completions} if today else {}
        for item_id, button in self.buttons.items():
            item = self._items[item_id]
            times, count = item.dosage.times_per_day, done.get(item_id, 0)
            finished = count >= times
            button.setText(f"{'✓ ' if finished else ''}{item.exercise.name}\n{count} of {times} today")
            button.setEnabled(not finished)
            button.setToolTip(item.dosage.describe())
