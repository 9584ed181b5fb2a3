"""The patient list as a Qt table model over core PatientListRow rows; a proxy sorts and filters.

The progress flags (low adherence, pain up, red-flag note) come later than the rows, from a slower
read, and are shown first in the Flags column once they arrive.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ptplanner.core.patient_list import PatientListRow
from ptplanner.gui.models.table import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, WEEK, STAGE, LAST_ACTIVITY, FLAGS = range(5)
MAX_SHOWN_NAME = 300  # a 10,000-character name would make every row as wide as a wall


class PatientTableModel(HeaderedTableModel):
    HEADERS = ("Name", "Week", "Stage", "Last activity", "Flags")

    def __init__(self, rows: list[PatientListRow] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PatientListRow] = list(rows or [])
        self._progress_flags: dict[str, tuple[str, ...]] = {}

    def set_progress_flags(self, flags: dict[str, tuple[str, ...]]) -> None:
        """Progress flags by patient id; a patient left out has none."""
        self._progress_flags = dict(flags)
        if self._rows:
            self.dataChanged.emit(self.index(0, FLAGS), self.index(len(self._rows) - 1, FLAGS))

    def set_patient_progress_flags(self, patient_id: str, flags: tuple[str, ...]) -> None:
        """One patient's progress flags, as their page has just worked them out."""
        self._progress_flags[patient_id] = flags
        row = next((r for r, listed in enumerate(self._rows) if listed.patient_id == patient_id), None)
        if row is not None:
            self.dataChanged.emit(self.index(row, FLAGS), self.index(row, FLAGS))

    def flags_of(self, row: int) -> tuple[str, ...]:
        listed = self._rows[row]
        return self._progress_flags.get(listed.patient_id, ()) + listed.flags

    def set_rows(self, rows: list[PatientListRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _listed(self) -> list:
        return self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == FLAGS and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            flags = self.flags_of(index.row())
            return len(flags) if role == SORT_ROLE else ", ".join(flags)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, STAGE):
            return _display(row, column)[:MAX_SHOWN_NAME]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WEEK:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == ID_ROLE:
            return row.patient_id
        return None


def _display(row: PatientListRow, column: int) -> str:
    if column == NAME:
        return row.name if len(row.name) <= MAX_SHOWN_NAME else row.name[: MAX_SHOWN_NAME - 1] + "…"
    if column == WEEK:
        return "" if row.week is None else str(row.week)
    if column == STAGE:
        return row.stage
    return "" if row.last_activity is None else row.last_activity.isoformat()


def _sort_key(row: PatientListRow, column: int):
    if column == NAME:
        return row.name.casefold()
    if column == WEEK:
        return -1 if row.week is None else row.week
    if column == LAST_ACTIVITY:
        return "" if row.last_activity is None else row.last_activity.isoformat()
    return row.stage


class PatientFilterProxy(QSortFilterProxyModel):
    """Search-as-you-type on the name, ignoring case; sorting by each column's sort key."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(NAME)
        self.setFilterRole(SORT_ROLE)  # the whole name, not the shortened one shown
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def patient_id(self, index: QModelIndex) -> str | None:
        return index.siblingAtColumn(NAME).data(ID_ROLE) if index.isValid() else None
