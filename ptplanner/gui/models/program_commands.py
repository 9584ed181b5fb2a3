"""Undo commands for program edits. Each one only calls ProgramModel methods; edits made of
several steps are compound commands built from these. Their texts (Edit > Undo …) name exercises and
stages as typed, so they are shown as one line (core/safe_text.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ptplanner.core import program_edit as edit
from ptplanner.core.exercise import Exercise
from ptplanner.core.language import data_text
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove
from ptplanner.core.safe_text import one_line
from ptplanner.core.walking import WalkingPlan
from ptplanner.core.walking_program import with_walking_plan

if TYPE_CHECKING:
    from ptplanner.gui.models.program import ProgramModel

OutOfDate = tuple[str, ProgramItem, Exercise]  # stage id, item, the library's newer exercise


class SetItem(QUndoCommand):
    """One item changed in place: a dose, a note, or another exercise swapped in."""

    def __init__(
        self, model: ProgramModel, stage_id: str, before: ProgramItem, after: ProgramItem, text: str
    ) -> None:
        super().__init__(one_line(text))
        self._model, self._stage_id, self._before, self._after = model, stage_id, before, after

    def redo(self) -> None:
        self._model.set_item(self._stage_id, self._before.id, self._after)

    def undo(self) -> None:
        self._model.set_item(self._stage_id, self._after.id, self._before)


class InsertItems(QUndoCommand):
    def __init__(
        self, model: ProgramModel, stage_id: str, row: int, items: Sequence[ProgramItem], text: str
    ) -> None:
        super().__init__(one_line(text))
        self._model, self._stage_id, self._row, self._items = model, stage_id, row, tuple(items)

    def redo(self) -> None:
        self._model.insert_items(self._stage_id, self._row, self._items)

    def undo(self) -> None:
        for item in self._items:
            self._model.remove_item(self._stage_id, item.id)


class RemoveItem(QUndoCommand):
    def __init__(self, model: ProgramModel, stage_id: str, item_id: str, text: str = "") -> None:
        super().__init__(one_line(text))
        self._model, self._stage_id, self._item_id = model, stage_id, item_id
        self._removed: tuple[int, ProgramItem] | None = None

    def redo(self) -> None:
        self._removed = self._model.remove_item(self._stage_id, self._item_id)

    def undo(self) -> None:
        assert self._removed is not None
        row, item = self._removed
        self._model.insert_items(self._stage_id, row, [item])


class MoveItem(QUndoCommand):
    def __init__(self, model: ProgramModel, stage_id: str, item_id: str, to_row: int, text: str = "") -> None:
        super().__init__(one_line(text))
        self._model, self._stage_id, self._item_id, self._to_row = model, stage_id, item_id, to_row
        self._from_row = 0

    def redo(self) -> None:
        self._from_row = self._model.move_item(self._stage_id, self._item_id, self._to_row)

    def undo(self) -> None:
        self._model.move_item(self._stage_id, self._item_id, self._from_row)


class UpdateStage(QUndoCommand):
    """A stage's own fields: name, weeks, goals, precautions, criteria."""

    def __init__(self, model: ProgramModel, stage_id: str, after: dict[str, object], text: str) -> None:
        super().__init__(one_line(text))
        stage = edit.find_stage(model.program(), stage_id)
        self._model, self._stage_id = model, stage_id
        self._before = {name: getattr(stage, name) for name in after}
        self._after = after

    def redo(self) -> None:
        self._model.update_stage(self._stage_id, **self._after)

    def undo(self) -> None:
        self._model.update_stage(self._stage_id, **self._before)


class InsertStage(QUndoCommand):
    def __init__(self, model: ProgramModel, row: int, stage: Stage, text: str) -> None:
        super().__init__(one_line(text))
        self._model, self._row, self._stage = model, row, stage

    def redo(self) -> None:
        self._model.insert_stage(self._row, self._stage)

    def undo(self) -> None:
        self._model.remove_stage(self._stage.id)


class RemoveStage(QUndoCommand):
    def __init__(self, model: ProgramModel, stage_id: str, text: str) -> None:
        super().__init__(one_line(text))
        self._model, self._stage_id = model, stage_id
        self._removed: tuple[int, Stage, tuple[StageMove, ...]] | None = None

    def redo(self) -> None:
        self._removed = self._model.remove_stage(self._stage_id)

    def undo(self) -> None:
        assert self._removed is not None
        row, stage, moves = self._removed
        self._model.insert_stage(row, stage)
        self._model.set_moves(moves)  # moves into the removed stage come back too


class SetMoves(QUndoCommand):
    """The record of which stage the patient was moved to, and when."""

    def __init__(self, model: ProgramModel, after: Sequence[StageMove], text: str) -> None:
        super().__init__(one_line(text))
        self._model, self._before, self._after = model, model.program().moves, tuple(after)

    def redo(self) -> None:
        self._model.set_moves(self._after)

    def undo(self) -> None:
        self._model.set_moves(self._before)


class SetContent(QUndoCommand):
    """The whole program replaced, as when starting from a template."""

    def __init__(self, model: ProgramModel, after: Program, text: str) -> None:
        super().__init__(one_line(text))
        self._model, self._before, self._after = model, model.program(), after

    def redo(self) -> None:
        self._model.set_content(self._after)

    def undo(self) -> None:
        self._model.set_content(self._before)


class Compound(QUndoCommand):
    """Several commands undone and redone as one step.

    The children live in a Python list, not as Qt children: with PySide6, a child given a Qt parent
    is freed twice when the undo stack discards the parent.
    """

    def __init__(self, text: str) -> None:
        super().__init__(one_line(text))
        self._children: list[QUndoCommand] = []

    def add(self, command: QUndoCommand) -> None:
        self._children.append(command)

    def is_empty(self) -> bool:
        return not self._children

    def redo(self) -> None:
        for child in self._children:
            child.redo()

    def undo(self) -> None:
        for child in reversed(self._children):
            child.undo()


def reorder(model: ProgramModel, stage_id: str, item_ids: Sequence[str], row: int) -> Compound:
    """Move items (kept in their order) to `row` of their stage, counted before they are taken out."""
    order = [item.id for item in edit.find_stage(model.program(), stage_id).items]
    moving = [item_id for item_id in order if item_id in item_ids]
    above = sum(1 for item_id in moving if order.index(item_id) < row)
    rest = [item_id for item_id in order if item_id not in moving]
    target = rest[: row - above] + moving + rest[row - above :]
    if len(moving) > 1:
        text = QCoreApplication.translate("ProgramCommands", "Reorder exercises")
    else:
        text = QCoreApplication.translate("ProgramCommands", "Move {exercise}").format(
            exercise=_name(model, stage_id, moving[0])
        )
    compound = Compound(text)
    for position, item_id in enumerate(target):
        if order.index(item_id) != position:
            compound.add(MoveItem(model, stage_id, item_id, position))
            order.insert(position, order.pop(order.index(item_id)))
    return compound


def move_between_stages(
    model: ProgramModel, source_id: str, items: Sequence[ProgramItem], target_id: str, row: int
) -> Compound:
    target = edit.find_stage(model.program(), target_id)
    if len(items) == 1:
        text = QCoreApplication.translate("ProgramCommands", "Move {exercise} to {stage}").format(
            exercise=items[0].exercise.shown_name(), stage=data_text(target.name)
        )
    else:  # two or more: the plural of every language ptplanner speaks
        text = QCoreApplication.translate("ProgramCommands", "Move {count} exercises")
        text = text.format(count=len(items))
    compound = Compound(text)
    for item in items:
        compound.add(RemoveItem(model, source_id, item.id))
    compound.add(InsertItems(model, target_id, row, items, ""))
    return compound


def remove_items(model: ProgramModel, stage_id: str, item_ids: Sequence[str]) -> Compound:
    if len(item_ids) == 1:
        text = QCoreApplication.translate("ProgramCommands", "Remove {exercise}").format(
            exercise=_name(model, stage_id, item_ids[0])
        )
    else:
        text = QCoreApplication.translate("ProgramCommands", "Remove {count} exercises")
        text = text.format(count=len(item_ids))
    compound = Compound(text)
    for item_id in item_ids:
        compound.add(RemoveItem(model, stage_id, item_id))
    return compound


def update_from_library(model: ProgramModel, out_of_date: Sequence[OutOfDate]) -> Compound:
    """Give items the library's newer exercise (from ProgramModel.out_of_date), keeping their dose and note."""
    if len(out_of_date) == 1:
        text = QCoreApplication.translate("ProgramCommands", "Update {exercise} from library").format(
            exercise=out_of_date[0][1].exercise.shown_name()
        )
    else:
        text = QCoreApplication.translate("ProgramCommands", "Update {count} exercises from library").format(
            count=len(out_of_date)
        )
    compound = Compound(text)
    for stage_id, item, exercise in out_of_date:
        compound.add(SetItem(model, stage_id, item, edit.brought_up_to_date(item, exercise), ""))
    return compound


def edit_stage(
    model: ProgramModel, stage_id: str, changes: dict[str, object], today: date
) -> QUndoCommand:
    """A stage edit from the stage form. A new walking plan also doses the walking exercise by it, as one
    step; in the stage the patient is in now, the changed plan starts today (its week 1 is this week)."""
    if "walking" not in changes:
        text = QCoreApplication.translate("ProgramCommands", "Edit stage")
        return UpdateStage(model, stage_id, changes, text)
    plan = changes["walking"]
    program = model.program()
    if isinstance(plan, WalkingPlan) and program.current_stage_index() == edit.stage_index(program, stage_id):
        plan = plan.model_copy(update={"start": today})
    if plan is None:
        text = QCoreApplication.translate("ProgramCommands", "Remove the walking plan")
    else:
        text = QCoreApplication.translate("ProgramCommands", "Change the walking plan")
    compound = set_walking_plan(model, stage_id, plan if isinstance(plan, WalkingPlan) else None, today, text)
    others = {field: value for field, value in changes.items() if field != "walking"}
    if others:
        compound.add(UpdateStage(model, stage_id, others, text))
    return compound


def set_walking_plan(
    model: ProgramModel, stage_id: str, plan: WalkingPlan | None, on: date, text: str
) -> Compound:
    """Give a stage another walking plan and its walking item the plan's dose on `on`, as one step."""
    program = model.program()
    changed = with_walking_plan(program, stage_id, plan, model.patient().surgery_date, on)
    compound = Compound(text)
    compound.add(UpdateStage(model, stage_id, {"walking": plan}, text))
    before, after = edit.find_stage(program, stage_id).items, edit.find_stage(changed, stage_id).items
    for old, new in zip(before, after, strict=True):
        if old != new:
            compound.add(SetItem(model, stage_id, old, new, text))
    return compound


def _name(model: ProgramModel, stage_id: str, item_id: str) -> str:
    stage = edit.find_stage(model.program(), stage_id)
    return stage.items[edit.item_row(stage, item_id)].exercise.shown_name()
