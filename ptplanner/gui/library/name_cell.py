"""The library's name cell: the patient's name, with the clinical name in grey on a second line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ptplanner.gui.models.library import CLINICAL_ROLE

SECONDARY_SCALE = 0.9  # the clinical name's size against the name's
Role = QPalette.ColorRole


class NameCellDelegate(QStyledItemDelegate):
    """Paints two lines where the exercise has a clinical name; otherwise the usual cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        clinical = index.data(CLINICAL_ROLE)
        if not clinical:
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        name, cell.text = cell.text, ""  # the style paints the background, selection and thumbnail
        style = cell.widget.style() if cell.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, cell.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, cell.widget)
        area = area.adjusted(3, 0, -3, 0)
        selected = bool(cell.state & QStyle.StateFlag.State_Selected)
        small = QFont(cell.font)
        small.setPointSizeF(cell.font.pointSizeF() * SECONDARY_SCALE)
        height = QFontMetrics(cell.font).height()
        top = area.center().y() - (height + QFontMetrics(small).height()) // 2
        painter.save()
        _line(painter, QRect(area.left(), top, area.width(), height), name, cell.font,
              cell.palette.color(Role.HighlightedText if selected else Role.Text))
        _line(painter, QRect(area.left(), top + height + 1, area.width(), QFontMetrics(small).height()),
              clinical, small, cell.palette.color(Role.HighlightedText if selected else Role.PlaceholderText))
        painter.restore()


def _line(painter: QPainter, rect: QRect, text: str, font: QFont, color) -> None:
    painter.setFont(font)
    painter.setPen(color)
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
