"""The table of exercises: thumbnails, drag to a program, Enter or double-click to add one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ptplanner.gui.library.name_cell import NameCellDelegate
from ptplanner.gui.library.pictures import THUMBNAIL_SIZE
from ptplanner.gui.models.library import ID_ROLE, LibraryTableModel

ROW_PADDING = 6
CATEGORY_COLUMN, STAGE_COLUMN, POSITION_COLUMN = 1, 2, 3
COLUMN_WIDTHS = {CATEGORY_COLUMN: 170, STAGE_COLUMN: 50, POSITION_COLUMN: 120}
MIN_NAME_WIDTH = 240  # thumbnail plus a readable name; narrower, and the side columns give way
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ExerciseTable(QTableView):
    """Emits `exercise_activated` with an exercise id on double-click or Enter."""

    exercise_activated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryTable")
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it), never walks every cell
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setIconSize(THUMBNAIL_SIZE)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(THUMBNAIL_SIZE.height() + ROW_PADDING)
        self.setItemDelegateForColumn(LibraryTableModel.NAME_COLUMN, NameCellDelegate(self))
        self.doubleClicked.connect(self.activate)

    def configure_columns(self) -> None:
        """Call after setting the model: the name takes the room, the rest fit their contents."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(LibraryTableModel.NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self._fit_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """In a narrow panel show only what fits beside a readable name: position goes first, then category
        (the detail pane shows both)."""
        room = self.viewport().width() - MIN_NAME_WIDTH - COLUMN_WIDTHS[STAGE_COLUMN]
        self.setColumnHidden(POSITION_COLUMN, room < COLUMN_WIDTHS[CATEGORY_COLUMN] + COLUMN_WIDTHS[POSITION_COLUMN])
        self.setColumnHidden(CATEGORY_COLUMN, room < COLUMN_WIDTHS[CATEGORY_COLUMN])

    def rows_in(self, height: int) -> int:
        """How many rows the table shows at once in `height` pixels (the last one perhaps in part)."""
        return height // self.verticalHeader().defaultSectionSize() + 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and self.currentIndex().isValid():
            self.activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def activate(self, index: QModelIndex) -> None:
        exercise_id = index.siblingAtColumn(LibraryTableModel.NAME_COLUMN).data(ID_ROLE)
        if exercise_id:
            self.exercise_activated.emit(exercise_id)
