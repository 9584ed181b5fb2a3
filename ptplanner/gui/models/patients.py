"""The patient list as a Qt table model over core PatientSummary rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ptplanner.core.summary import PatientSummary

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PatientTableModel(QAbstractTableModel):
    HEADERS = ("Name", "Week", "Stage")

    def __init__(self, rows: list[PatientSummary] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PatientSummary] = list(rows or [])

    def set_rows(self, rows: list[PatientSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> PatientSummary:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, "" if row.week is None else str(row.week), row.stage)[column]
        if role == SORT_ROLE:
            return (row.name.casefold(), -1 if row.week is None else row.week, row.stage)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.name[:500]
        if role == ID_ROLE:
            return row.patient_id
        return None
