"""The walking plan inside a program: when each stage's plan starts, and the walking item's dose.

The walking item (the graded-walking exercise) has no dose of its own: on any day its dose is the
week of its stage's plan in force that day. `program_on` gives the program as prescribed on a day,
and `with_walking_plan` is the edit that changes a plan and the item together.
"""

from __future__ import annotations

from datetime import date, timedelta

from ptplanner.core.dosage import Dosage
from ptplanner.core.program import Program, ProgramItem, Stage
from ptplanner.core.walking import WALKING_EXERCISE_ID, WalkingPlan, WalkingWeek, plan_start, week_on


def stage_first_day(program: Program, index: int, surgery_date: date | None) -> date | None:
    """The day the patient entered the stage (the first move into it); without one, its planned first day
    counted from the surgery (stage 1: the surgery, else the program's first day); None when unknown."""
    moves = [move.on for move in program.moves if move.stage_index == index]
    if moves:
        return min(moves)
    if surgery_date is not None:
        return surgery_date + timedelta(weeks=program.stages[index].start_week)
    return program.created_on if index == 0 else None


def walking_start(program: Program, index: int, surgery_date: date | None) -> date | None:
    """The first day of week 1 of stage `index`'s walking plan (None: no plan, or no date known)."""
    plan = program.stages[index].walking
    if plan is None:
        return None
    return plan_start(plan, stage_first_day(program, index, surgery_date))


def is_walking_item(item: ProgramItem) -> bool:
    return item.exercise.id == WALKING_EXERCISE_ID


def walking_dosage(week: WalkingWeek, base: Dosage) -> Dosage:
    """`base` (the item's dose) with the week's walks: its length, how many a day, every day."""
    return Dosage.model_validate(
        {
            **base.model_dump(),
            "sets": None,
            "reps": None,
            "hold_seconds": None,
            "duration_minutes": week.minutes_per_walk,
            "times_per_day": week.walks_per_day,
            "days_per_week": 7,
            "note": f"Week {week.week} of your walking plan.",
        }
    )


def stage_on(stage: Stage, start: date | None, day: date) -> Stage:
    """The stage with each walking item's dose set to the plan's week in force on `day`."""
    if stage.walking is None or not any(is_walking_item(item) for item in stage.items):
        return stage
    week = week_on(stage.walking, start, day)
    items = tuple(
        item.model_copy(update={"dosage": walking_dosage(week, item.dosage)})
        if is_walking_item(item)
        else item
        for item in stage.items
    )
    return stage.model_copy(update={"items": items})


def program_on(program: Program, surgery_date: date | None, day: date) -> Program:
    """The program as prescribed on `day`: every walking item's dose is its plan's week that day."""
    stages = tuple(
        stage_on(stage, walking_start(program, index, surgery_date), day)
        for index, stage in enumerate(program.stages)
    )
    return program if stages == program.stages else program.model_copy(update={"stages": stages})


def with_walking_plan(
    program: Program, stage_id: str, plan: WalkingPlan | None, surgery_date: date | None, day: date
) -> Program:
    """The program with stage `stage_id` given `plan` (None: no plan), its walking item dosed for `day`."""
    index = next(i for i, stage in enumerate(program.stages) if stage.id == stage_id)
    stages = list(program.stages)
    stages[index] = Stage.model_validate({**dict(stages[index]), "walking": plan})
    changed = program.model_copy(update={"stages": tuple(stages)})
    stages[index] = stage_on(stages[index], walking_start(changed, index, surgery_date), day)
    return Program.model_validate({**dict(program), "stages": tuple(stages)})


def last_plan_before(program: Program, index: int) -> WalkingPlan | None:
    """The walking plan of the nearest earlier stage that has one (for a stage that stops the plan)."""
    plans = (stage.walking for stage in reversed(program.stages[:index]))
    return next((plan for plan in plans if plan is not None), None)


def stage_walks(program: Program, index: int) -> bool:
    """Whether the patient walks in stage `index`: it has a plan or a walking item, or follows an
    earlier plan (and is told to keep walking)."""
    stage = program.stages[index]
    return (
        stage.walking is not None
        or any(is_walking_item(item) for item in stage.items)
        or last_plan_before(program, index) is not None
    )


def planned_minutes_on(
    program: Program, index: int, surgery_date: date | None, day: date, unknown_start: date
) -> int | None:
    """The minutes of walking stage `index` asks for on `day`: its plan's week then (the plan starting on
    `unknown_start` when its first day is not known), else the last daily total of an earlier plan, else
    the walking item's dose; None when the stage does not walk."""
    stage = program.stages[index]
    if stage.walking is not None:
        start = walking_start(program, index, surgery_date) or unknown_start
        return week_on(stage.walking, start, day).minutes_per_day
    earlier = last_plan_before(program, index)
    if earlier is not None:
        return earlier.final_minutes_per_day()
    for item in stage.items:
        if is_walking_item(item) and item.dosage.duration_minutes is not None:
            return item.dosage.duration_minutes * item.dosage.times_per_day
    return None
