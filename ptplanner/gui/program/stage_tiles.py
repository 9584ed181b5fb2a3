"""The program's stages as tiles in a row, like a timeline: as tall as the rows of tiles need (at most
two, then it scrolls), each tile's text cut with "…" inside its own tile, a warning icon included."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

TILE = QSize(200, 44)
MIN_TILE_WIDTH = 190  # "weeks 12 to 24 · 6 exercises" whole, in bold for the current stage
TEXT_PADDING = 12
SPACING = 3
MAX_ROWS_SHOWN = 2


class _TileDelegate(QStyledItemDelegate):
    """Never wider than a tile: a long name (or one beside a warning icon) is elided, not run into
    the next tile's text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        tile = self.parent().gridSize()
        return QSize(min(hint.width(), tile.width() - 2 * SPACING), min(hint.height(), tile.height() - SPACING))


class StageTiles(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="stageList")
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(SPACING)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setGridSize(TILE)
        self.setItemDelegate(_TileDelegate(self))
        self.setDragDropMode(QListView.DragDropMode.DropOnly)  # drop exercises onto a stage
        self._fit_height()

    def setModel(self, model) -> None:
        super().setModel(model)
        if model is not None:
            changes = (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged)
            signals = (*changes, model.dataChanged)  # a count or a week changed: the text may be wider
            for signal in signals:
                signal.connect(self._fit_height)
        self._fit_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self, *_) -> None:
        """One row of tiles when they fit in one, a little narrower if need be (leaving the height to the
        exercises), else two."""
        count = self.model().rowCount() if self.model() is not None else 0
        width = self.viewport().width()
        narrowest = max(MIN_TILE_WIDTH, self._weeks_width())
        tile_width = max(narrowest, min(max(TILE.width(), narrowest), width // max(1, count)))
        if tile_width != self.gridSize().width():
            self.setGridSize(QSize(tile_width, TILE.height()))
        per_row = max(1, width // tile_width)
        rows = min(MAX_ROWS_SHOWN, max(1, ceil(count / per_row)))
        self.setFixedHeight(rows * TILE.height() + 2 * self.frameWidth() + SPACING)

    def _weeks_width(self) -> int:
        """The widest second line of a tile ("weeks 12 to 24 · 6 exercises"), in bold: longer in Spanish."""
        model = self.model()
        if model is None:
            return 0
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        lines = (str(model.index(row, 0).data() or "").split("\n")[-1] for row in range(model.rowCount()))
        return max((metrics.horizontalAdvance(line) for line in lines), default=0) + TEXT_PADDING
