"""Today's session in one click per exercise: each click records one more session done today."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ptplanner.core.program import ProgramItem
from ptplanner.core.safe_text import one_line
from ptplanner.gui.progress.log_cells import MAX_WALKING_MINUTES, RowKind
from ptplanner.gui.progress.log_model import LogSheetModel

COLUMNS = 2
NOTHING_TODAY = QT_TRANSLATE_NOOP("TodayPanel", "Nothing is prescribed for today.")
NOT_LOGGED = QT_TRANSLATE_NOOP("TodayPanel", "not logged")


class TodayPanel(QWidget):
    def __init__(self, model: LogSheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="todayPanel")
        self.model = model
        self.buttons: dict[str, QPushButton] = {}  # item id -> its button
        self._items: dict[str, ProgramItem] = {}
        self._grid = QGridLayout()
        self._empty = QLabel(self.tr(NOTHING_TODAY))
        self.minutes = QSpinBox(objectName="todayMinutesWalked")
        self.minutes.setRange(-1, MAX_WALKING_MINUTES)  # -1 shows as "not logged"
        self.minutes.setSpecialValueText(self.tr(NOT_LOGGED))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setKeyboardTracking(False)  # one log edit when the typing is done, not one per digit
        self.minutes.valueChanged.connect(self._minutes_changed)
        walked = QFormLayout()
        walked.addRow(self.tr("&Minutes walked today:"), self.minutes)
        self._walked = QWidget()
        self._walked.setLayout(walked)
        hint = QLabel(
            self.tr("Click an exercise each time the patient did it today. Ctrl+Z takes a click back. "
                    "Pain and notes go in the week's grid.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(self._grid)
        layout.addWidget(self._walked)
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

    def _minutes_index(self) -> QModelIndex | None:
        """Today's cell of the minutes-walked row; None when today's stage does not walk."""
        model = self.model
        model.show_day(model.today)
        rows = [row for row in range(model.rowCount()) if model.row(row).kind is RowKind.MINUTES]
        index = model.index(rows[0], model.column_of(model.today)) if rows else None
        return index if index is not None and model.is_open(index) else None

    def _minutes_changed(self, value: int) -> None:
        index = self._minutes_index()
        if index is not None:  # an unchanged value makes no edit
            self.model.set_value(index, "" if value < 0 else value)

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
        self._walked.setVisible(self._minutes_index() is not None)
        self._empty.setVisible(not self.buttons and self._walked.isHidden())
        self._refresh()

    def _refresh(self) -> None:
        model = self.model
        today = model.entry_on(model.today)
        done = {c.item_id: c.sessions_done for c in today.completions} if today else {}
        for item_id, button in self.buttons.items():
            item = self._items[item_id]
            times, count = item.dosage.times_per_day, done.get(item_id, 0)
            finished = count >= times
            done_today = self.tr("{count} of {times} today").format(count=count, times=times)
            name = one_line(item.exercise.shown_name())
            button.setText(f"{'✓ ' if finished else ''}{name}\n{done_today}")
            button.setEnabled(not finished)
            button.setToolTip(item.dosage.describe())
        walked = None if today is None else today.walking_minutes
        self.minutes.blockSignals(True)
        self.minutes.setValue(-1 if walked is None else walked)
        self.minutes.blockSignals(False)
