"""The exercise library as a Qt table model over core Exercise objects."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ptplanner.core.exercise import Exercise

Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
EXERCISE_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryTableModel(QAbstractTableModel):
    HEADERS = ("Exercise", "Category", "Stage", "Position")

    def __init__(self, exercises: list[Exercise] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._exercises: list[Exercise] = []
        self._search: list[str] = []
        self.set_exercises(exercises or [])

    def set_exercises(self, exercises: list[Exercise]) -> None:
        self.beginResetModel()
        self._exercises = sorted(exercises, key=lambda e: e.name.casefold())
        self._search = [e.search_text() for e in self._exercises]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._exercises)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        exercise = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            values = (exercise.name, exercise.category.value, str(exercise.earliest_stage), exercise.position.value)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return exercise.summary
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == EXERCISE_ROLE:
            return exercise
        return None
