"""Small editors the exercise dialog is built from. Each emits `changed` when its value changes."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ptplanner.core.library import Library
from ptplanner.gui.library.vocabulary import shown

NONE_SHOWN = "—"


class ErrorLabel(QLabel):
    """The message beside a field; hidden while the field is fine."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class EnumCombo(QComboBox):
    """A choice from a closed vocabulary, or none when `none_label` is given."""

    def __init__(self, values: type[StrEnum], none_label: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._vocabulary = values
        if none_label is not None:
            self.addItem(none_label, None)
        for value in values:
            self.addItem(shown(value), value.value)

    def value(self) -> StrEnum | None:
        data = self.currentData()  # Qt hands back a plain str
        return None if data is None else self._vocabulary(data)

    def set_value(self, value: StrEnum | str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(None if value is None else str(value))))


class CheckGroup(QWidget):
    """One check box per value of a closed vocabulary, in columns."""

    changed = Signal()

    def __init__(self, values: Iterable[StrEnum], columns: int = 3, parent=None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[StrEnum, QCheckBox] = {}
        for number, value in enumerate(values):
            box = QCheckBox(shown(value))
            box.toggled.connect(self.changed)
            layout.addWidget(box, number // columns, number % columns)
            self._boxes[value] = box

    def values(self) -> tuple[StrEnum, ...]:
        return tuple(value for value, box in self._boxes.items() if box.isChecked())

    def set_values(self, values: Iterable[StrEnum]) -> None:
        chosen = set(values)
        for value, box in self._boxes.items():
            box.setChecked(value in chosen)

    def box(self, value: StrEnum) -> QCheckBox:
        return self._boxes[value]


class LinesEdit(QPlainTextEdit):
    """A list of short texts, one per line; blank lines are ignored."""

    changed = Signal()

    def __init__(self, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self.changed)

    def lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_lines(self, lines: Iterable[str]) -> None:
        self.setPlainText("\n".join(lines))


class OptionalSpinBox(QSpinBox):
    """A bounded whole number, or none (shown as a dash at the bottom of the range)."""

    def __init__(self, maximum: int, suffix: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText(NONE_SHOWN)
        self.setSuffix(suffix)

    def value_or_none(self) -> int | None:
        return self.value() or None

    def set_value_or_none(self, value: int | None) -> None:
        self.setValue(value or 0)


class VariationPicker(QWidget):
    """The exercises chosen as easier (or harder) variations, picked by name from the library."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self._ids: list[str] = []
        self.chooser = QComboBox(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        placeholder = QCoreApplication.translate("ExerciseFields", "Type a name…")
        self.chooser.lineEdit().setPlaceholderText(placeholder)
        # A very long exercise name must not make the dialog wider than the screen.
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(20)
        self.chooser.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.chooser.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_button = QPushButton(QCoreApplication.translate("ExerciseFields", "Add"))
        self.add_button.clicked.connect(self._add_chosen)
        self.chosen = QListView()
        self.chosen.setModel(QStringListModel(self))
        self.chosen.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.chosen.setMaximumHeight(80)
        self.remove_button = QPushButton(QCoreApplication.translate("ExerciseFields", "Remove"))
        self.remove_button.clicked.connect(self._remove_selected)

        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        layout.addWidget(self.remove_button, alignment=Qt.AlignmentFlag.AlignRight)

    def set_library(self, library: Library, excluded_id: str | None) -> None:
        exercises = sorted(
            (e for e in library.active() if e.id != excluded_id), key=lambda e: e.name.casefold()
        )
        self._names = {e.id: e.name for e in library.exercises.values()}
        self.chooser.clear()
        for exercise in exercises:
            self.chooser.addItem(exercise.name, exercise.id)
        self.chooser.setCurrentIndex(-1)

    def ids(self) -> tuple[str, ...]:
        return tuple(self._ids)

    def set_ids(self, ids: Iterable[str]) -> None:
        self._ids = list(dict.fromkeys(ids))
        self._show()

    def _add_chosen(self) -> None:
        index = self.chooser.findText(self.chooser.currentText(), Qt.MatchFlag.MatchFixedString)
        exercise_id = self.chooser.itemData(index) if index >= 0 else None
        if exercise_id is not None and exercise_id not in self._ids:
            self._ids.append(exercise_id)
            self._show()
        self.chooser.setCurrentIndex(-1)

    def _remove_selected(self) -> None:
        rows = {index.row() for index in self.chosen.selectionModel().selectedIndexes()}
        if rows:
            self._ids = [exercise_id for row, exercise_id in enumerate(self._ids) if row not in rows]
            self._show()

    def _show(self) -> None:
        model = self.chosen.model()
        assert isinstance(model, QStringListModel)
        model.setStringList([self._names.get(exercise_id, exercise_id) for exercise_id in self._ids])
        self.remove_button.setEnabled(bool(self._ids))
        self.changed.emit()
