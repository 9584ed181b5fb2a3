"""One stage's exercises: a table over the program model with the stage as its root, edited inline,
reordered by drag, filled by drops from the library."""

from __future__ import annotations

import heapq

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from ptplanner.core.exercise import Exercise
from ptplanner.core.library import Library
from ptplanner.core.program import ProgramItem
from ptplanner.core.safe_text import one_line
from ptplanner.gui.models.item_columns import ITEM_COLUMNS
from ptplanner.gui.models.program import ITEM_ROLE
from ptplanner.gui.program.delegates import DosageDelegate

_WIDTHS = {
    "sets": 40,
    "reps": 42,
    "hold_seconds": 44,
    "duration_minutes": 40,
    "side": 76,
    "times_per_day": 48,
    "days_per_week": 44,
    "load": 60,
    "note": 96,
}


MIN_NAME_WIDTH, MAX_NAME_WIDTH, NAME_PADDING = 120, 300, 16
NAMES_MEASURED = 200
MIN_NOTE_WIDTH = 60
HEADER_PADDING = 14  # at the sides of a header's title: no title touches its column's edge
MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down)  # with Alt: the ▲ ▼ buttons' (program/editor.py)


class ItemsTable(QTableView):
    swap_requested = Signal(object, object)  # (ProgramItem, Exercise)
    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="itemsTable")
        self.setItemDelegate(DosageDelegate(self))
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it), never walks every cell
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._library = Library()
        self._name_width = MAX_NAME_WIDTH  # until the library says how long its names are

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete removes the selected exercises, here only: as the Remove button's shortcut it worked
        anywhere in the window, and a Delete in the library's list removed the program's exercise unseen."""
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() == Qt.Key.Key_Delete and not event.modifiers() and not editing:
            self.remove_requested.emit()
            event.accept()
            return
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in MOVE_KEYS:
            event.ignore()  # the ▲ ▼ buttons' keys, not the cursor's: while they are off, the window says why
            return
        super().keyPressEvent(event)

    def set_library(self, library: Library) -> None:
        """Where the context menu finds an item's easier and harder variations."""
        self._library = library
        metrics = self.fontMetrics()
        # The widest name is among the longest ones: measuring 5,000 names took a tenth of a second.
        names = heapq.nlargest(NAMES_MEASURED, (e.name for e in library.exercises.values()), key=len)
        self._name_width = max((metrics.horizontalAdvance(name) for name in names), default=0) + NAME_PADDING
        self._fit_name_column()

    def configure_columns(self) -> None:
        header = self.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, spec in enumerate(ITEM_COLUMNS):
            if spec.field == "note":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)  # it takes what is left
            elif spec.field in _WIDTHS:
                self.setColumnWidth(column, self._dose_width(column))
        self._fit_name_column()

    def _dose_width(self, column: int) -> int:
        """The column's usual width, or its title's where that is wider (Spanish "Series", "Mantener")."""
        spec = ITEM_COLUMNS[column]
        title = self.horizontalHeader().fontMetrics().horizontalAdvance(spec.title()) + HEADER_PADDING
        return max(_WIDTHS[spec.field], title)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        """The exercise names whole where the width allows (the note gives way first), else cut with "…"."""
        if self.model() is None:
            return
        dose = sum(
            self._dose_width(column)
            for column, spec in enumerate(ITEM_COLUMNS)
            if spec.field in _WIDTHS and spec.field != "note"
        )
        scroll_bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        room = self.width() - 2 * self.frameWidth() - scroll_bar - dose - MIN_NOTE_WIDTH - 4  # no sideways scroll
        self.setColumnWidth(0, max(MIN_NAME_WIDTH, min(self._name_width, MAX_NAME_WIDTH, room)))

    def current_item(self) -> ProgramItem | None:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(ITEM_ROLE) if index.isValid() else None

    def selected_item_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        root = self.rootIndex()
        return [self.model().index(row, 0, root).data(ITEM_ROLE).id for row in rows]

    def _context_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        item: ProgramItem = index.siblingAtColumn(0).data(ITEM_ROLE)
        menu = QMenu(self)
        easier, harder = variations(item, self._library)
        for title, exercises in ((self.tr("Swap for easier"), easier), (self.tr("Swap for harder"), harder)):
            submenu = menu.addMenu(title)
            submenu.setEnabled(bool(exercises))
            for exercise in exercises:
                action = submenu.addAction(one_line(exercise.shown_name()))
                action.triggered.connect(lambda _=False, e=exercise: self.swap_requested.emit(item, e))
        menu.addSeparator()
        menu.addAction(self.tr("Move up"), lambda: self.move_requested.emit(-1))
        menu.addAction(self.tr("Move down"), lambda: self.move_requested.emit(1))
        menu.addAction(self.tr("Remove"), self.remove_requested.emit)
        menu.popup(self.viewport().mapToGlobal(position))


def variations(item: ProgramItem, library: Library) -> tuple[list[Exercise], list[Exercise]]:
    """The item's easier and harder variations that the library still has."""

    def found(ids: tuple[str, ...]) -> list[Exercise]:
        return [e for e in map(library.get, ids) if e is not None and not e.archived]

    return found(item.exercise.easier), found(item.exercise.harder)
