"""A patient's program as a Qt model: stages at the top level, each stage's exercises below it.

The model holds the core Program. Each change goes through one method that swaps in an edited
copy (ptplanner.core.program_edit) and tells the views exactly which rows changed. Edits made in
a view (setData, drops) become undo commands, so every one of them can be undone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QApplication, QStyle

from ptplanner.core import clock
from ptplanner.core import program_edit as edit
from ptplanner.core.exercise import Exercise
from ptplanner.core.language import data_text
from ptplanner.core.library import Library
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove
from ptplanner.core.safe_text import isolated, one_line
from ptplanner.core.safety import program_warnings
from ptplanner.core.walking_program import is_walking_item, stage_on, walking_start
from ptplanner.gui.dates import app_dates
from ptplanner.gui.models import program_commands as commands
from ptplanner.gui.models.item_columns import ITEM_COLUMNS, EditorKind, refusal
from ptplanner.gui.models.library import clinical_lines
from ptplanner.gui.models.vocabulary_names import week_range

Index = QModelIndex | QPersistentModelIndex
EXERCISE_MIME = "application/x-ptplanner-exercise-ids"
ITEM_MIME = "application/x-ptplanner-item-ids"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
UPDATED_IN_LIBRARY = QT_TRANSLATE_NOOP(
    "ProgramModel",
    "Updated in the library since it was added. “Update from library” (Ctrl+U) gives it the new text "
    "and pictures; the dose and note stay.",
)
STAGE_ROOT = 0  # internalId of a stage row; an item row's internalId is its stage's row + 1


class ProgramModel(QAbstractItemModel):
    refused = Signal(str)  # an edit was not made; the text says why
    program_changed = Signal()

    def __init__(
        self, program: Program, patient: Patient, undo_stack: QUndoStack, today: date, parent=None
    ) -> None:
        super().__init__(parent)
        self._program = program
        self._patient = patient
        self._today = today
        self._library = Library()
        self.undo_stack = undo_stack
        self._warnings: dict[str, list[str]] = {}
        self._updates: dict[str, Exercise] = {}  # item id: the library's newer exercise
        self._recount_marks()

    # reading

    def program(self) -> Program:
        return self._program

    def patient(self) -> Patient:
        return self._patient

    def stage(self, row: int) -> Stage:
        return self._program.stages[row]

    def stage_row(self, stage_id: str) -> int:
        return edit.stage_index(self._program, stage_id)

    def stage_index(self, stage_id: str) -> QModelIndex:
        return self.index(self.stage_row(stage_id), 0)

    def warnings_for(self, element_id: str) -> list[str]:
        """Safety warnings about a stage (the whole session) or an item."""
        return self._warnings.get(element_id, [])

    def library_update_for(self, item_id: str) -> Exercise | None:
        """The library's newer version of the item's exercise, if the library has changed it."""
        return self._updates.get(item_id)

    def out_of_date(self, item_ids: Sequence[str] | None = None) -> list[commands.OutOfDate]:
        """(stage id, item, newer exercise) for the out-of-date items among `item_ids` (default: all)."""
        return [
            (stage.id, item, self._updates[item.id])
            for stage in self._program.stages
            for item in stage.items
            if item.id in self._updates and (item_ids is None or item.id in item_ids)
        ]

    def set_library(self, library: Library) -> None:
        """Where dropped exercise ids are looked up, and what the items' snapshots are compared with."""
        self._library = library
        self._after_change(warnings_only=True)

    def set_patient(self, patient: Patient) -> None:
        self._patient = patient
        self._after_change(warnings_only=True)

    # changing (undo commands call these)

    def set_item(self, stage_id: str, item_id: str, item: ProgramItem) -> None:
        """Put `item` where the item `item_id` is (the same item edited, or another in its place)."""
        stage = edit.find_stage(self._program, stage_id)
        row = edit.item_row(stage, item_id)
        items = stage.items[:row] + (item,) + stage.items[row + 1 :]
        self._program = edit.replace_stage(self._program, edit.updated(stage, items=items))
        parent = self.stage_index(stage_id)
        self.dataChanged.emit(self.index(row, 0, parent), self.index(row, len(ITEM_COLUMNS) - 1, parent))
        self._after_change()

    def insert_items(self, stage_id: str, row: int, items: Sequence[ProgramItem]) -> None:
        changed = edit.insert_items(self._program, stage_id, row, items)
        self.beginInsertRows(self.stage_index(stage_id), row, row + len(items) - 1)
        self._program = changed
        self.endInsertRows()
        self._after_change()

    def remove_item(self, stage_id: str, item_id: str) -> tuple[int, ProgramItem]:
        """Remove one item; returns where it was and what it was, for undo."""
        stage = edit.find_stage(self._program, stage_id)
        row = edit.item_row(stage, item_id)
        changed = edit.remove_items(self._program, stage_id, [item_id])
        self.beginRemoveRows(self.stage_index(stage_id), row, row)
        self._program = changed
        self.endRemoveRows()
        self._after_change()
        return row, stage.items[row]

    def move_item(self, stage_id: str, item_id: str, to_row: int) -> int:
        """Move an item within its stage to `to_row`; returns the row it came from."""
        stage = edit.find_stage(self._program, stage_id)
        from_row = edit.item_row(stage, item_id)
        if from_row == to_row:
            return from_row
        changed = edit.move_item(self._program, stage_id, item_id, to_row)
        parent = self.stage_index(stage_id)
        # Qt counts the destination before the move: moving down lands before row to_row + 1.
        self.beginMoveRows(parent, from_row, from_row, parent, to_row + 1 if to_row > from_row else to_row)
        self._program = changed
        self.endMoveRows()
        self._after_change()
        return from_row

    def update_stage(self, stage_id: str, **fields: object) -> None:
        self._program = edit.update_stage(self._program, stage_id, **fields)
        self._after_change()

    def insert_stage(self, row: int, stage: Stage) -> None:
        changed = edit.insert_stage(self._program, row, stage)
        self.beginInsertRows(QModelIndex(), row, row)
        self._program = changed
        self.endInsertRows()
        self._after_change()

    def remove_stage(self, stage_id: str) -> tuple[int, Stage, tuple[StageMove, ...]]:
        """Remove a stage; returns its row, the stage and the moves before, for undo."""
        row = self.stage_row(stage_id)
        before = self._program
        changed = edit.remove_stage(before, stage_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        self._program = changed
        self.endRemoveRows()
        self._after_change()
        return row, before.stages[row], before.moves

    def set_moves(self, moves: Sequence[StageMove]) -> None:
        self._program = edit.with_moves(self._program, moves)
        self._after_change()

    def set_content(self, source: Program) -> None:
        """Take another program's title, stages and moves (start from a template, or undo that)."""
        self.beginResetModel()
        self._program = edit.with_content_of(self._program, source)
        self.endResetModel()
        self._after_change()

    def mark_saved(self, saved: Program) -> None:
        """Storage bumped the version; the content is what the window shows, so nothing else changes."""
        self._program = self._program.model_copy(update={"version": saved.version})

    # Qt's item model

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, STAGE_ROOT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == STAGE_ROOT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, STAGE_ROOT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._program.stages)
        if parent.internalId() == STAGE_ROOT and parent.column() == 0:
            return len(self._program.stages[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(ITEM_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ITEM_COLUMNS[section].title()
        if role == Qt.ItemDataRole.ToolTipRole:
            return ITEM_COLUMNS[section].hint() or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == STAGE_ROOT:
            return self._stage_data(index.row(), index.column(), role)
        stage = self._program.stages[index.internalId() - 1]
        item = stage.items[index.row()]
        if stage.walking is not None and is_walking_item(item) and role != ITEM_ROLE:
            item = self._dosed_today(index.internalId() - 1).items[index.row()]  # the plan's week today
        return self._item_data(item, index.column(), role)

    def _dosed_today(self, stage_index: int) -> Stage:
        start = walking_start(self._program, stage_index, self._patient.surgery_date)
        return stage_on(self._program.stages[stage_index], start, clock.today())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == STAGE_ROOT:
            return flags | Qt.ItemFlag.ItemIsDropEnabled if index.column() == 0 else Qt.ItemFlag.NoItemFlags
        if ITEM_COLUMNS[index.column()].kind is not EditorKind.NONE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsDragEnabled

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.internalId() == STAGE_ROOT:
            return False
        stage = self._program.stages[index.internalId() - 1]
        item = stage.items[index.row()]
        column = ITEM_COLUMNS[index.column()]
        planned = stage.walking is not None and is_walking_item(item)
        if planned and column.on_dosage and column.field != "load":
            self.refused.emit(
                self.tr(
                    "{exercise} not changed. Its dose comes from the stage's walking plan: change the plan "
                    "under the stage's fields."
                ).format(exercise=isolated(item.exercise.shown_name()))
            )
            return False
        try:
            changed = column.with_value(item, value)
        except ValidationError as error:
            not_changed = self.tr("{exercise} not changed. {why}")
            name = isolated(item.exercise.shown_name())
            self.refused.emit(not_changed.format(exercise=name, why=refusal(error)))
            return False
        if changed != item:
            text = self.tr("Change {column} of {exercise}").format(
                column=column.title().lower(), exercise=item.exercise.shown_name()
            )
            self.undo_stack.push(commands.SetItem(self, stage.id, item, changed, text))
        return True

    # drag and drop: exercises from the library, and items moved within or between stages

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME, EXERCISE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted(
            {(i.internalId(), i.row()) for i in indexes if i.isValid() and i.internalId() != STAGE_ROOT}
        )
        lines = [self._program.stages[stage - 1].items[row].id for stage, row in rows]
        stage_ids = {self._program.stages[stage - 1].id for stage, _ in rows}
        mime = QMimeData()
        if len(stage_ids) == 1:  # items are dragged from one stage at a time
            mime.setData(ITEM_MIME, "\n".join([stage_ids.pop(), *lines]).encode("utf-8"))
        return mime

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        return parent.isValid() and (data.hasFormat(ITEM_MIME) or data.hasFormat(EXERCISE_MIME))

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if parent.internalId() == STAGE_ROOT:  # between a stage's items, or onto the stage itself
            stage = self._program.stages[parent.row()]
            row = len(stage.items) if row < 0 else row
        else:  # onto an item: before it
            stage = self._program.stages[parent.internalId() - 1]
            row = parent.row()
        if data.hasFormat(ITEM_MIME):
            source_stage, *item_ids = _lines(data, ITEM_MIME)
            self.drop_items(source_stage, item_ids, stage.id, row)
            return False  # the items were moved here; the view must not remove them from the source
        self.add_exercises(stage.id, row, _lines(data, EXERCISE_MIME))
        return True

    # user operations that become one undo step each

    def add_exercises(self, stage_id: str, row: int, exercise_ids: Sequence[str]) -> None:
        exercises = [e for e in map(self._library.get, exercise_ids) if e is not None]
        if not exercises:
            self.refused.emit(self.tr("Those exercises are not in the library."))
            return
        items = [ProgramItem.of(exercise) for exercise in exercises]
        stage = edit.find_stage(self._program, stage_id)
        try:
            edit.insert_items(self._program, stage_id, row, items)
        except ValidationError as error:
            not_added = self.tr("Not added to {stage}. {why}")
            self.refused.emit(not_added.format(stage=isolated(data_text(stage.name)), why=refusal(error)))
            return
        if len(items) == 1:
            text = self.tr("Add {exercise}").format(exercise=exercises[0].shown_name())
        else:
            text = self.tr("Add %n exercises", "", len(items))  # two or more
        self.undo_stack.push(commands.InsertItems(self, stage_id, row, items, text))

    def drop_items(self, source_stage_id: str, item_ids: Sequence[str], stage_id: str, row: int) -> None:
        if source_stage_id == stage_id:
            command = commands.reorder(self, stage_id, item_ids, row)
            if not command.is_empty():  # dropped where they already were: nothing to undo
                self.undo_stack.push(command)
            return
        moving = [
            item for item in edit.find_stage(self._program, source_stage_id).items if item.id in item_ids
        ]
        try:
            edit.insert_items(self._program, stage_id, row, moving)
        except ValidationError as error:
            self.refused.emit(self.tr("Not moved. {why}").format(why=refusal(error)))
            return
        self.undo_stack.push(commands.move_between_stages(self, source_stage_id, moving, stage_id, row))

    # warnings and signals

    def _after_change(self, warnings_only: bool = False) -> None:
        """Stage rows show counts, the current stage and warnings: refresh them all (a dozen at most).
        Item rows are refreshed where their warnings or library updates changed."""
        warnings, updates = self._warnings, self._updates
        self._recount_marks()
        for stage_row, stage in enumerate(self._program.stages):
            stage_index = self.index(stage_row, 0)
            self.dataChanged.emit(stage_index, stage_index)
            for item_row, item in enumerate(stage.items):
                now = self._warnings.get(item.id), self._updates.get(item.id)
                if (warnings.get(item.id), updates.get(item.id)) != now:
                    index = self.index(item_row, 0, stage_index)
                    self.dataChanged.emit(index, index)
        if not warnings_only:
            self.program_changed.emit()

    def _recount_marks(self) -> None:
        """The safety warnings, and the items the library has a newer version of."""
        found: dict[str, list[str]] = defaultdict(list)
        for warning in program_warnings(self._program, self._patient, self._today):
            found[warning.item_id or warning.stage_id].append(warning.message)
        self._warnings = dict(found)
        self._updates = edit.library_updates(self._program, self._library)

    @staticmethod
    def _stage_warnings(stage: Stage, warnings: dict[str, list[str]]) -> list[str]:
        return [
            m for element in [stage.id, *(item.id for item in stage.items)] for m in warnings.get(element, [])
        ]

    def _stage_data(self, row: int, column: int, role: int):
        if column != 0:
            return None
        stage = self._program.stages[row]
        current = row == self._program.current_stage_index()
        if role == Qt.ItemDataRole.DisplayRole:
            count = len(stage.items)
            marker = "▶ " if current else ""
            # English has no translation file: its singular and plural are chosen here. Each is a numerus
            # message, so every other language still gets all of its own plural forms.
            if count == 1:
                exercises = self.tr("%n exercise", "", count)
            else:
                exercises = self.tr("%n exercises", "", count)
            weeks = week_range(stage.start_week, stage.end_week)
            return f"{marker}{row + 1}. {one_line(data_text(stage.name))}\n{weeks} · {exercises}"
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        warnings = self._stage_warnings(stage, self._warnings)
        if role == Qt.ItemDataRole.DecorationRole and warnings:
            return _warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            moved_on = self.tr("Moved here on {day}")
            moves = [m for m in self._program.moves if m.stage_index == row]
            moved = [moved_on.format(day=app_dates().full(m.on)) for m in moves]
            now = [self.tr("The patient's current stage")] if current else []
            return "\n".join([one_line(data_text(stage.name)), *now, *moved, *warnings])
        if role == WARNINGS_ROLE:
            return warnings
        if role == ID_ROLE:
            return stage.id
        return None

    def _item_data(self, item: ProgramItem, column: int, role: int):
        spec = ITEM_COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(item)
        if role == Qt.ItemDataRole.EditRole:
            return spec.value(item)
        if role == ITEM_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        if column != 0:
            if role == Qt.ItemDataRole.ToolTipRole and spec.field == "note" and item.note:
                return one_line(item.note, 2000)
            return None
        warnings = self.warnings_for(item.id)
        updated = item.id in self._updates
        if role == Qt.ItemDataRole.DecorationRole and warnings:
            return _warning_icon()
        if role == Qt.ItemDataRole.FontRole and updated:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            newer = QCoreApplication.translate("ProgramModel", UPDATED_IN_LIBRARY)
            notes = [*warnings, newer] if updated else warnings
            clinical = clinical_lines(item.exercise)
            lines = [item.exercise.shown_name(), *clinical, item.dosage.describe(), *notes]
            return "\n".join(one_line(line) for line in lines)
        if role == WARNINGS_ROLE:
            return warnings
        return None


def _lines(data: QMimeData, mime_type: str) -> list[str]:
    text = bytes(data.data(mime_type).data()).decode("utf-8")
    return [line for line in text.split("\n") if line]


def _warning_icon():
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
