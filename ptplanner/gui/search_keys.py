"""Search-as-you-type boxes that never dead-end: Down moves into the results, Enter opens the current one,
Escape clears the search, and in an empty box (where it has somewhere to go back to) leaves it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchKeys(QObject):
    """Installed on `search`: Down selects the current result (else the first) and moves the focus to
    `view`; Enter calls `activate` with that result, as a double-click on it would; Escape clears the box,
    or in an empty box calls `leave`."""

    def __init__(
        self,
        search: QLineEdit,
        view: QAbstractItemView,
        activate: Callable[[QModelIndex], None],
        leave: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(search)
        self._search, self._view, self._activate, self._leave = search, view, activate, leave
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Shift+Down and the like keep their meaning in the box
        if event.key() == Qt.Key.Key_Down:
            if self._select(self._current_or_first()).isValid():
                self._view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if event.key() == Qt.Key.Key_Escape and self._search.text():
            self._search.clear()
            return True
        if event.key() == Qt.Key.Key_Escape and self._leave is not None:
            self._leave()
            return True
        if event.key() in _ENTER_KEYS:
            index = self._select(self._current_or_first())
            if index.isValid():
                self._activate(index)
            return True
        return False

    def _current_or_first(self) -> QModelIndex:
        current = self._view.currentIndex()
        if current.isValid() and self._view.selectionModel().isRowSelected(current.row(), current.parent()):
            return current
        model = self._view.model()
        return model.index(0, 0) if model.rowCount() else QModelIndex()

    def _select(self, index: QModelIndex) -> QModelIndex:
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self._view.selectionModel().setCurrentIndex(index, flags)
            self._view.scrollTo(index)
        return index
