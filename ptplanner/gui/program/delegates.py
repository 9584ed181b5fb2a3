"""Inline editors for a stage's exercise table: spin boxes bounded like the Dosage model, a side
list, and text boxes no longer than the model allows. The cell the keys go to is framed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ptplanner.core.dosage import Side
from ptplanner.gui.models.item_columns import EMPTY, ITEM_COLUMNS, EditorKind, ItemColumn
from ptplanner.gui.models.vocabulary_names import side_name

Index = QModelIndex | QPersistentModelIndex


class DosageDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """As the style draws it, and the current cell framed while the table has the focus: the whole row
        is selected, and the style's own focus frame is lost in the selection colour, yet a digit typed
        goes into this one cell."""
        super().paint(painter, option, index)
        state = option.state
        if not state & QStyle.StateFlag.State_HasFocus:
            return
        selected = state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter.save()
        painter.setPen(QPen(option.palette.color(role), 2))
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget | None:
        column = ITEM_COLUMNS[index.column()]
        if column.kind is EditorKind.COUNT:
            return _count_editor(column, parent)
        if column.kind is EditorKind.SIDE:
            editor = QComboBox(parent)
            editor.addItem(EMPTY, None)
            for side in Side:
                editor.addItem(side_name(side), side)
            return editor
        if column.kind is EditorKind.TEXT:
            editor = QLineEdit(parent)
            editor.setMaxLength(column.max_length())
            return editor
        return None

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(editor.minimum() if value is None else value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        column = ITEM_COLUMNS[index.column()]
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            unset = column.optional and editor.value() == editor.minimum()
            model.setData(index, None if unset else editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


def _count_editor(column: ItemColumn, parent: QWidget) -> QSpinBox:
    low, high = column.bounds()
    editor = QSpinBox(parent)
    editor.setAccelerated(True)
    if column.optional:  # one step below the lowest value means "not set"
        editor.setRange(low - 1, high)
        editor.setSpecialValueText(EMPTY)
    else:
        editor.setRange(low, high)
    if column.optional:
        tip = QCoreApplication.translate("DosageDelegate", "{low} to {high}, or – for none")
    else:
        tip = QCoreApplication.translate("DosageDelegate", "{low} to {high}")
    editor.setToolTip(tip.format(low=low, high=high))
    return editor
