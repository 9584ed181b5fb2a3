"""Editing a program: pure functions that return a changed, re-validated copy.

Stages and items are found by id, so an edit means the same thing whatever happened
before it. Stage moves point at stages by position; inserting or removing a stage
keeps every move pointing at the same stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from pydantic import BaseModel

from ptplanner.core.exercise import Exercise
from ptplanner.core.language import tr_clinic
from ptplanner.core.library import Library
from ptplanner.core.patient import new_id
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove

Model = TypeVar("Model", bound=BaseModel)
COPY_SUFFIX = " (copy)"


def updated(model: Model, **changes: object) -> Model:
    """A copy with `changes`, validated like a new object (model_copy would skip validation)."""
    return type(model).model_validate({**dict(model), **changes})


def stage_index(program: Program, stage_id: str) -> int:
    for index, stage in enumerate(program.stages):
        if stage.id == stage_id:
            return index
    raise KeyError(f"no stage {stage_id} in the program")


def item_row(stage: Stage, item_id: str) -> int:
    for row, item in enumerate(stage.items):
        if item.id == item_id:
            return row
    raise KeyError(f"no item {item_id} in stage '{stage.name}'")


def find_stage(program: Program, stage_id: str) -> Stage:
    return program.stages[stage_index(program, stage_id)]


def replace_stage(program: Program, stage: Stage) -> Program:
    stages = list(program.stages)
    stages[stage_index(program, stage.id)] = stage
    return updated(program, stages=tuple(stages))


def update_stage(program: Program, stage_id: str, **changes: object) -> Program:
    """Change a stage's own fields (name, weeks, goals, precautions, criteria)."""
    return replace_stage(program, updated(find_stage(program, stage_id), **changes))


def insert_stage(program: Program, index: int, stage: Stage) -> Program:
    stages = list(program.stages)
    stages.insert(index, stage)
    moves = tuple(
        StageMove(stage_index=m.stage_index + 1, on=m.on) if m.stage_index >= index else m
        for m in program.moves
    )
    return updated(program, stages=tuple(stages), moves=moves)


def remove_stage(program: Program, stage_id: str) -> Program:
    """Remove a stage; moves into it are dropped, moves into later stages follow them."""
    index = stage_index(program, stage_id)
    stages = program.stages[:index] + program.stages[index + 1 :]
    moves = tuple(
        StageMove(stage_index=m.stage_index - 1, on=m.on) if m.stage_index > index else m
        for m in program.moves
        if m.stage_index != index
    )
    return updated(program, stages=stages, moves=moves)


def copy_of_stage(stage: Stage) -> Stage:
    """The same stage and exercises under new ids, so the copy can be edited on its own."""
    items = tuple(item.model_copy(update={"id": new_id()}) for item in stage.items)
    name = stage.name if len(stage.name) + len(COPY_SUFFIX) > 200 else stage.name + COPY_SUFFIX
    return stage.model_copy(update={"id": new_id(), "name": name, "items": items})


def insert_items(program: Program, stage_id: str, row: int, items: Sequence[ProgramItem]) -> Program:
    stage = find_stage(program, stage_id)
    new_items = stage.items[:row] + tuple(items) + stage.items[row:]
    return replace_stage(program, updated(stage, items=new_items))


def remove_items(program: Program, stage_id: str, item_ids: Sequence[str]) -> Program:
    stage = find_stage(program, stage_id)
    for item_id in item_ids:
        item_row(stage, item_id)  # every id must be there
    removed = set(item_ids)
    kept = tuple(item for item in stage.items if item.id not in removed)
    return replace_stage(program, updated(stage, items=kept))


def move_item(program: Program, stage_id: str, item_id: str, to_row: int) -> Program:
    """Move an item so that it ends up at `to_row` of the stage."""
    stage = find_stage(program, stage_id)
    items = list(stage.items)
    item = items.pop(item_row(stage, item_id))
    if not 0 <= to_row <= len(items):
        raise IndexError(f"row {to_row} is outside the stage")
    items.insert(to_row, item)
    return replace_stage(program, updated(stage, items=tuple(items)))


def replace_item(program: Program, stage_id: str, item: ProgramItem) -> Program:
    stage = find_stage(program, stage_id)
    items = list(stage.items)
    items[item_row(stage, item.id)] = item
    return replace_stage(program, updated(stage, items=tuple(items)))


def swapped(item: ProgramItem, exercise: Exercise) -> ProgramItem:
    """The item with another exercise (e.g. its easier variation) at that exercise's usual dose.

    The item gets a new id, so the patient's log never credits the new exercise with the old one's sessions.
    """
    return ProgramItem(exercise=exercise, dosage=exercise.dosage, note=item.note)


def library_version(item: ProgramItem, library: Library) -> Exercise | None:
    """The library's exercise for the item when it differs from the item's snapshot; else None.

    None also when the exercise is no longer in the library or is archived: there is nothing to update
    to, and a retired exercise is swapped for another rather than brought up to date.
    Whether the snapshot itself was taken while archived does not count as a difference.
    """
    current = library.get(item.exercise.id)
    if current is None or current.archived:
        return None
    return None if item.exercise.model_copy(update={"archived": False}) == current else current


def library_updates(program: Program, library: Library) -> dict[str, Exercise]:
    """Item id to the library's newer exercise, for every item whose snapshot is out of date."""
    found = ((item.id, library_version(item, library)) for item in program.items())
    return {item_id: exercise for item_id, exercise in found if exercise is not None}


def brought_up_to_date(item: ProgramItem, exercise: Exercise) -> ProgramItem:
    """The item with the library's `exercise` as its snapshot: the same id (so the patient's log still
    counts), dose and note; only the text and pictures the patient is given change."""
    if exercise.id != item.exercise.id:
        raise ValueError(f"{exercise.id} is another exercise than {item.exercise.id}; swap it instead")
    return updated(item, exercise=exercise)


def next_stage_move(program: Program, on: date) -> StageMove:
    """The move to the stage after the current one; ValueError when there is none."""
    current = program.current_stage_index()
    if current is None or current + 1 >= len(program.stages):
        raise ValueError(tr_clinic("the patient is already in the last stage"))
    return StageMove(stage_index=current + 1, on=on)


def with_moves(program: Program, moves: Sequence[StageMove]) -> Program:
    return updated(program, moves=tuple(moves))


def with_content_of(program: Program, source: Program) -> Program:
    """`program` (same id, patient and version) holding `source`'s title, template, stages and moves."""
    return updated(
        program, title=source.title, template_id=source.template_id, stages=source.stages, moves=source.moves
    )
