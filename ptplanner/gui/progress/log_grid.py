"""The log sheet grid, made for typing a paper sheet in fast: Space ticks a session (again for the
next, round to none), digits type a number, arrows move, Delete clears, F2 or typing edits a note."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ptplanner.gui.progress.log_cells import MAX_NOTE, RowKind
from ptplanner.gui.progress.log_model import LogSheetModel

Index = QModelIndex | QPersistentModelIndex
NOTE_EDITOR_WIDTH = 360  # a note is typed in a box wider than its day's column
DAY_WIDTH = 84
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class LogGrid(QTableView):
    def __init__(self, model: LogSheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="logGrid")
        self._typing_runs = itertools.count()
        self._typed = ""  # what was typed into the current cell since the cursor came to it
        self._restore: object = ""  # the cell's value before that, put back if what is typed is refused
        self._run = next(self._typing_runs)
        self.setModel(model)
        self.setItemDelegate(LogCellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the grid (arrows move in it), never walks every cell
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(DAY_WIDTH)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMaximumWidth(320)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)

    def log_model(self) -> LogSheetModel:
        model = self.model()
        assert isinstance(model, LogSheetModel)
        return model

    def finish_editing(self) -> None:
        """Commit a pain or note still being typed (before saving with a shortcut, say)."""
        editor = QApplication.focusWidget()
        if self.state() == QAbstractItemView.State.EditingState and editor and self.isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.log_model()
        if not model.is_open(index) or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        row = model.row(index.row())
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if event.key() in _CLEAR_KEYS:
            self._start_typing()
            model.clear(index)
        elif row.kind is RowKind.NOTE:
            super().keyPressEvent(event)  # typing opens the note's editor
        elif event.key() == Qt.Key.Key_Space:  # ticks a session; a pain score has nothing to tick
            self._start_typing()
            model.add_session(index)
        elif plain and text.isprintable() and text.strip():
            if not self._typed:
                before = index.data(Qt.ItemDataRole.EditRole)
                self._restore = "" if before is None else before
            self._typed += text
            run = (index.row(), index.column(), self._run)
            if not model.set_value(index, self._typed, merge_key=run, restore=self._restore):
                self._start_typing()  # the cell is back as it was: the next key starts afresh
        else:
            super().keyPressEvent(event)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._start_typing()
        super().currentChanged(current, previous)

    def _start_typing(self) -> None:
        self._typed = ""
        self._run = next(self._typing_runs)


class LogCellDelegate(QStyledItemDelegate):
    """A text box for pain and notes; the model checks what is typed and says what it refuses."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        note = _is_note(index)
        editor.setMaxLength(MAX_NOTE if note else 4)
        minutes = _kind(index) is RowKind.MINUTES
        editor.setPlaceholderText(self.tr("note") if note else self.tr("minutes") if minutes else "0-10")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        if _is_note(index):
            viewport = editor.parentWidget().rect()
            rect.setWidth(max(rect.width(), NOTE_EDITOR_WIDTH))
            rect.moveRight(min(rect.right(), viewport.right()))
        editor.setGeometry(rect)


def _is_note(index: Index) -> bool:
    return _kind(index) is RowKind.NOTE


def _kind(index: Index) -> RowKind | None:
    model = index.model()
    return model.row(index.row()).kind if isinstance(model, LogSheetModel) else None
