"""The patient list as a Qt table model over core PatientListRow rows; a proxy filters.

The model holds either the whole list (set_rows: it sorts itself and the proxy filters, in memory) or
the pages of one database query read so far (set_page, add_page: a clinic too big to hold). Paged, it asks
for the next page when the view scrolls to its end (canFetchMore, fetchMore: `more_wanted`) and a sort
is the query's (`order_wanted`); gui/patients/list_loader.py answers both.

The model sorts itself, in Python, with one key per row: a QSortFilterProxyModel sort would call
data() twice for each of ~130,000 comparisons on 10,000 patients, and freeze the window for most of
a second. The progress flags (low adherence, pain up, red-flag note) come later than the rows, from a slower
read, and are shown first in the Flags column once they arrive.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ptplanner.core.names import name_order
from ptplanner.core.patient_list import PatientListRow
from ptplanner.core.safe_text import one_line
from ptplanner.gui.models.list_words import shown_flag, shown_stage
from ptplanner.gui.models.table import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, WEEK, STAGE, LAST_ACTIVITY, FLAGS, LANGUAGE = range(6)
# shown for a patient whose handouts follow the clinic's language
CLINIC_LANGUAGE = QT_TRANSLATE_NOOP("PatientTableModel", "clinic's")
MAX_SHOWN_NAME = 300  # a 10,000-character name would make every row as wide as a wall
# A record that does not read (storage/summaries.py: RECORD_DAMAGED): shown short, with its reason and what to
# do in the tooltip, in the words opening the record gives
DAMAGED_PREFIX = "record damaged: "
RECORD_DAMAGED = QT_TRANSLATE_NOOP("PatientTableModel", "record damaged")


class PatientTableModel(HeaderedTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("PatientTableModel", "Name"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Week"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Stage"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Last activity"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Flags"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Language"),
    )
    HEADER_CONTEXT = "PatientTableModel"
    more_wanted = Signal()  # paged: the view reached the last row read, and more follow
    order_wanted = Signal()  # paged: sort_order() changed, and only the query can give it

    def __init__(self, rows: list[PatientListRow] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PatientListRow] = list(rows or [])
        self._progress_flags: dict[str, tuple[str, ...]] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None  # the column and direction sorted by
        self._paged = False  # the rows are pages of a query, not the whole list
        self._more = False  # paged: more rows follow the ones read
        self._fetching = False  # paged: the next page was asked for

    @property
    def paged(self) -> bool:
        return self._paged

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._order or (NAME, Qt.SortOrder.AscendingOrder)

    def patient_ids(self) -> list[str]:
        return [row.patient_id for row in self._rows]

    def set_progress_flags(
        self, flags: dict[str, tuple[str, ...]], only: Collection[str] | None = None
    ) -> None:
        """Progress flags by patient id; a patient left out has none. With `only`, the flags of those
        patients (the page just read) and the others' kept."""
        if only is None:
            self._progress_flags = dict(flags)
        else:
            for patient_id in only:
                self._progress_flags.pop(patient_id, None)
            self._progress_flags.update(flags)
        if self._rows:
            self.dataChanged.emit(self.index(0, FLAGS), self.index(len(self._rows) - 1, FLAGS))
            if self._order is not None and self._order[0] == FLAGS and not self._paged:
                self.sort(*self._order)

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
        """The whole list: sorted here, filtered by the proxy."""
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self._paged = self._more = self._fetching = False
        self.endResetModel()

    def set_page(self, rows: Collection[PatientListRow], more: bool) -> None:
        """The first page of a query, in its order; `more`: rows follow."""
        self.beginResetModel()
        self._rows = list(rows)
        self._paged, self._more, self._fetching = True, more, False
        self.endResetModel()

    def add_page(self, rows: Collection[PatientListRow], more: bool) -> None:
        """The next page of the query, asked for by more_wanted."""
        self._more = more
        if rows:  # still fetching while they go in: a fetchMore meanwhile would read this page again
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._fetching = False

    def page_failed(self) -> None:
        """The next page could not be read: no more asked for until the list is read again."""
        self._fetching = self._more = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._paged and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        if self._paged:
            if self._order != (column, order):
                self._order = (column, order)
                self.order_wanted.emit()
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows_before = [self._rows[index.row()].patient_id for index in before]
        self._rows = self._sorted(self._rows)
        new_row = {row.patient_id: number for number, row in enumerate(self._rows)}
        after = [self.index(new_row[pid], index.column()) for pid, index in zip(rows_before, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[PatientListRow]) -> list[PatientListRow]:
        if self._order is None:
            return rows
        column, order = self._order

        def key(row: PatientListRow):
            if column == FLAGS:
                return len(self._progress_flags.get(row.patient_id, ()) + row.flags)
            return _sort_key(row, column)

        by_name = sorted(rows, key=lambda row: (name_order(row.name), row.patient_id))  # ties stay in name order
        return sorted(by_name, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _listed(self) -> list:
        return self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == FLAGS and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            flags = self.flags_of(index.row())
            if role == SORT_ROLE:
                return len(flags)
            shown = ", ".join(_shown_flag(flag) for flag in flags)
            why = [flag.removeprefix(DAMAGED_PREFIX) for flag in flags if flag.startswith(DAMAGED_PREFIX)]
            return "\n".join([*why, shown]) if role == Qt.ItemDataRole.ToolTipRole and why else shown
        if column == FLAGS and role == Qt.ItemDataRole.DecorationRole:
            damaged = any(flag.startswith(DAMAGED_PREFIX) for flag in self.flags_of(index.row()))
            return _warning_icon() if damaged else None
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


def _shown_flag(flag: str) -> str:
    if flag.startswith(DAMAGED_PREFIX):
        return QCoreApplication.translate("PatientTableModel", RECORD_DAMAGED)
    return shown_flag(flag)


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _display(row: PatientListRow, column: int) -> str:
    if column == NAME:
        return one_line(row.name, MAX_SHOWN_NAME)
    if column == WEEK:
        return "" if row.week is None else str(row.week)
    if column == STAGE:
        return one_line(shown_stage(row.stage), MAX_SHOWN_NAME)
    if column == LANGUAGE:
        return row.language or QCoreApplication.translate("PatientTableModel", CLINIC_LANGUAGE)
    if row.last_activity is None:
        return ""
    from ptplanner.gui.dates import app_dates  # with the rows, not the window's frame (gui/app.py: launch)

    return app_dates().full(row.last_activity)


def _sort_key(row: PatientListRow, column: int):
    if column == NAME:
        return name_order(row.name)[0]
    if column == WEEK:
        return -1 if row.week is None else row.week
    if column == LAST_ACTIVITY:
        return "" if row.last_activity is None else row.last_activity.isoformat()
    if column == LANGUAGE:
        return row.language
    return row.stage


class PatientFilterProxy(QSortFilterProxyModel):
    """Search-as-you-type on the name, ignoring case; sorting is passed on to the model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(NAME)
        self.setFilterRole(SORT_ROLE)  # the whole name, not the shortened one shown
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def patient_id(self, index: QModelIndex) -> str | None:
        return index.siblingAtColumn(NAME).data(ID_ROLE) if index.isValid() else None
