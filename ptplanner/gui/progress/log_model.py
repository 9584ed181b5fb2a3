"""A week of the patient's log as a Qt table: the exercises (and pain and note rows) down, the days across,
as on the paper log sheet the patient brings back.

The model holds every entry of the program's log and what is stored, so it knows what to save. Each
edit is an undo command that swaps one day's entry; typing the digits of one number into one cell
(1, then 0) is one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.gui.dates import app_dates, app_formats
from ptplanner.core.program import Program
from ptplanner.core.safe_text import isolated, one_line
from ptplanner.gui.progress.log_cells import (
    MAX_WALKING_MINUTES,
    LogRow,
    Refused,
    RowKind,
    closed_reason,
    read_value,
    value_in,
    week_rows,
    with_value,
)

Index = QModelIndex | QPersistentModelIndex
DAYS = 7
MAX_TICKS = 6  # more sessions a day than this are shown as "2/8"
TICK_SCALE = 1.4  # tick boxes are drawn larger than text, to be read at a glance
CLOSED_BACKGROUND = QColor(228, 228, 228)
TO_CHECK_BACKGROUND = QColor(255, 224, 138)  # a cell read from a scan without confidence


class LogSheetModel(QAbstractTableModel):
    refused = Signal(str)  # a value was not recorded; the text says why
    changed = Signal()  # the log differs from before (an edit, an undo, a save)

    def __init__(
        self,
        program: Program,
        stored: Iterable[AdherenceEntry],
        undo_stack: QUndoStack,
        today: date,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.program = program
        self.today = today
        self.undo_stack = undo_stack
        self._stored = {entry.day: entry for entry in stored}
        self.to_check: dict[tuple[str, date], str] = {}  # (item id or field, day): why (a scanned sheet)
        self.from_scan: dict[tuple[str, date], str] = {}  # what a scanned sheet said, with its confidence
        self._entries = dict(self._stored)
        self._start = today - timedelta(days=DAYS - 1)
        self._rows = week_rows(program, self.days())
        self._tick_font = QFont()
        if self._tick_font.pointSizeF() > 0:  # -1 when set in pixels, or before the app's font is known
            self._tick_font.setPointSizeF(self._tick_font.pointSizeF() * TICK_SCALE)
        elif self._tick_font.pixelSize() > 0:
            self._tick_font.setPixelSize(round(self._tick_font.pixelSize() * TICK_SCALE))

    # the week shown

    def days(self) -> list[date]:
        return [self._start + timedelta(days=offset) for offset in range(DAYS)]

    def show_week_from(self, start: date) -> None:
        if start == self._start:
            return
        self.beginResetModel()
        self._start = start
        self._rows = week_rows(self.program, self.days())
        self.endResetModel()

    def show_day(self, day: date) -> None:
        """Show the week ending on `day`, unless `day` is in the week shown."""
        if not 0 <= self.column_of(day) < DAYS:
            self.show_week_from(day - timedelta(days=DAYS - 1))

    def row(self, row: int) -> LogRow:
        return self._rows[row]

    def row_of_item(self, item_id: str) -> int:
        return next(r for r, row in enumerate(self._rows) if row.item is not None and row.item.id == item_id)

    def row_of_field(self, field: str) -> int:
        return next(r for r, row in enumerate(self._rows) if row.item is None and row.field == field)

    def column_of(self, day: date) -> int:
        return (day - self._start).days

    def first_open(self) -> QModelIndex:
        """The first cell of the week that takes a value (day by day, top to bottom), if any."""
        cells = (self.index(row, column) for column in range(DAYS) for row in range(len(self._rows)))
        return next((index for index in cells if self.is_open(index)), QModelIndex())

    # the log

    def entry_on(self, day: date) -> AdherenceEntry | None:
        return self._entries.get(day)

    def unsaved(self) -> tuple[list[AdherenceEntry], list[AdherenceEntry]]:
        """(entries to save, stored entries to delete) to make the database hold what the grid shows."""
        days = sorted(set(self._entries) | set(self._stored))
        to_save = [e for d in days if (e := self._entries.get(d)) is not None and e != self._stored.get(d)]
        to_delete = [s for d in days if (s := self._stored.get(d)) is not None and d not in self._entries]
        return to_save, to_delete

    def is_modified(self) -> bool:
        return self._entries != self._stored

    def mark_stored(self, saved: Iterable[AdherenceEntry], deleted: Iterable[AdherenceEntry]) -> None:
        for entry in saved:
            self._stored[entry.day] = entry
        for entry in deleted:
            self._stored.pop(entry.day, None)
        self.changed.emit()

    # changing (undo commands call this)

    def put_entry(self, day: date, entry: AdherenceEntry | None) -> None:
        """Make `entry` the day's entry (None: nothing logged); the week with that day is shown."""
        if entry is None:
            self._entries.pop(day, None)
        else:
            self._entries[day] = entry
        self.show_day(day)
        column = self.column_of(day)
        self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))
        self.changed.emit()

    # user edits, one undo step each

    def set_value(
        self, index: Index, typed: object, merge_key: object = None, restore: object = None
    ) -> bool:
        """Record `typed` in the cell; a refusal is announced by `refused`, after putting back `restore`
        when given. Commands given the same `merge_key` in a row become one undo step (or none, when
        they end where they started)."""
        if not self.is_open(index):
            return False
        row, day = self._rows[index.row()], self.days()[index.column()]
        before = self._entries.get(day)
        try:
            after = with_value(before, self.program.id, day, row, read_value(row, typed))
        except Refused as refusal:
            if restore is not None:
                self.set_value(index, restore, merge_key)
            self.refused.emit(str(refusal))
            return False
        if after != before:
            self.undo_stack.push(SetLogDay(self, day, before, after, _edit_text(row, day), merge_key))
        return True

    def add_session(self, index: Index) -> None:
        """One more session done; after the last one of the day, back to none (so Space cycles)."""
        row = self._rows[index.row()]
        if row.item is not None:
            done = self.data(index, Qt.ItemDataRole.EditRole)
            self.set_value(index, (done + 1) % (row.item.dosage.times_per_day + 1))

    def clear(self, index: Index) -> None:
        self.set_value(index, 0 if self._rows[index.row()].item is not None else "")

    def is_open(self, index: Index) -> bool:
        return index.isValid() and self._closed_reason(index) is None

    # Qt's table model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.is_open(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self._rows[index.row()].item is None else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, day = self._rows[index.row()], self.days()[index.column()]
        value = value_in(self._entries.get(day), row)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(row, value) if self.is_open(index) else ""
        key = (row.item.id if row.item else row.field, day)
        check = self.to_check.get(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = "".join(f"{note}\n" for note in (check, self.from_scan.get(key)) if note)
            return self._closed_reason(index) or notes + _tip(row, day, value)
        if role == Qt.ItemDataRole.BackgroundRole and check:
            return QBrush(TO_CHECK_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and row.kind is not RowKind.NOTE:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and row.item and row.item.dosage.times_per_day <= MAX_TICKS:
            return self._tick_font
        if role == Qt.ItemDataRole.BackgroundRole and not self.is_open(index):
            return QBrush(CLOSED_BACKGROUND, Qt.BrushStyle.BDiagPattern)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return role == Qt.ItemDataRole.EditRole and self.set_value(index, value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < DAYS:
                return None
            day = self.days()[section]
            if role == Qt.ItemDataRole.DisplayRole:
                if day == self.today:
                    weekday = QCoreApplication.translate("LogSheet", "Today")
                else:
                    weekday = app_formats().weekday(day)
                return f"{weekday}\n{app_dates().short(day)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return app_dates().full(day)
            if role == Qt.ItemDataRole.FontRole and day == self.today:
                return _bold()
            return None
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _row_title(row, section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _row_tip(row)
        return None

    def _closed_reason(self, index: Index) -> str | None:
        day = self.days()[index.column()]
        return closed_reason(self.program, self._rows[index.row()], day, self.today)


class SetLogDay(QUndoCommand):
    """One day's entry changed: a tick, a pain score, a note."""

    ID = 0x6C6F67  # "log": consecutive commands with the same merge key become one

    def __init__(
        self,
        model: LogSheetModel,
        day: date,
        before: AdherenceEntry | None,
        after: AdherenceEntry | None,
        text: str,
        merge_key: object = None,
    ) -> None:
        super().__init__(text)
        self._model, self.day, self._before, self._after = model, day, before, after
        self._merge_key = merge_key

    def id(self) -> int:
        return self.ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetLogDay) or other._merge_key != self._merge_key or other.day != self.day:
            return False
        self._after = other._after
        self.setObsolete(self._after == self._before)  # typed, then refused and put back: no step at all
        return True

    def redo(self) -> None:
        self._model.put_entry(self.day, self._after)

    def undo(self) -> None:
        self._model.put_entry(self.day, self._before)


def _shown(row: LogRow, value: int | str | None) -> str:
    if row.item is not None:
        times = row.item.dosage.times_per_day
        return "☑" * value + "☐" * (times - value) if times <= MAX_TICKS else f"{value}/{times}"
    if row.kind is RowKind.NOTE:
        return one_line(" ".join(str(value).split()))
    return "" if value is None else str(value)


def _tip(row: LogRow, day: date, value: int | str | None) -> str:
    when = app_dates().short(day)
    if row.item is not None:
        times = row.item.dosage.times_per_day
        tip = QCoreApplication.translate(
            "LogSheet",
            "{exercise}, {day}: {value} of {times} done.\n"
            "Space adds one, a digit sets the number, Delete clears.",
        )
        name = isolated(row.item.exercise.shown_name())
        return tip.format(exercise=name, day=when, value=value, times=times)
    if row.kind is RowKind.NOTE:
        no_note = QCoreApplication.translate("LogSheet", "No note for {day}. Type to write one.")
        return one_line(str(value), 2000) or no_note.format(day=when)
    if value is None:
        shown = QCoreApplication.translate("LogSheet", "not logged")
    elif row.kind is RowKind.MINUTES:
        shown = QCoreApplication.translate("LogSheet", "{value} minutes").format(value=value)
    else:
        shown = QCoreApplication.translate("LogSheet", "{value} of 10").format(value=value)
    if row.kind is RowKind.MINUTES:
        tip = QCoreApplication.translate(
            "LogSheet", "{row}, {day}: {value}.\nType the minutes (0 to {most}); Delete clears."
        )
        return tip.format(row=row.shown, day=when, value=shown, most=MAX_WALKING_MINUTES)
    tip = QCoreApplication.translate("LogSheet", "{row}, {day}: {value}.\nType 0 to 10; Delete clears.")
    return tip.format(row=row.shown, day=when, value=shown)


def _row_title(row: LogRow, section: int) -> str:
    if row.item is None:
        return row.shown
    times = row.item.dosage.times_per_day
    a_day = QCoreApplication.translate("LogSheet", "({times}× a day)").format(times=times)
    return f"{section + 1}. {one_line(row.item.exercise.shown_name())}" + (f" {a_day}" if times > 1 else "")


def _row_tip(row: LogRow) -> str:
    if row.item is not None:
        return f"{one_line(row.item.exercise.shown_name())}\n{one_line(row.item.dosage.describe())}"
    if row.kind is RowKind.PAIN:
        return QCoreApplication.translate("LogSheet", "{row}, 0 (none) to 10 (worst)").format(row=row.shown)
    if row.kind is RowKind.MINUTES:
        return QCoreApplication.translate(
            "LogSheet", "Minutes the patient walked that day, from the log sheet"
        )
    return QCoreApplication.translate("LogSheet", "What the patient wrote for the day")


def _edit_text(row: LogRow, day: date) -> str:
    text = QCoreApplication.translate("LogSheet", "Log {row} on {day}")
    return text.format(row=row.shown, day=app_dates().short(day))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
