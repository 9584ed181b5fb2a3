"""What every flat table model here shares: a fixed row of column headers over a list of rows.

The headers are marked with QT_TRANSLATE_NOOP in the context HEADER_CONTEXT (by default the class's own
name) and shown in the app's language."""

from __future__ import annotations

from collections.abc import Sized

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class HeaderedTableModel(QAbstractTableModel):
    """Subclasses set HEADERS and return their rows from `_listed()`."""

    HEADERS: tuple[str, ...] = ()
    HEADER_CONTEXT = ""  # the translation context of HEADERS; empty: the class's name

    def _listed(self) -> Sized:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._listed())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            context = self.HEADER_CONTEXT or type(self).__name__
            return QCoreApplication.translate(context, self.HEADERS[section])
        return None
