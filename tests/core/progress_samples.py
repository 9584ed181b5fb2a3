"""Small programs and log entries for the adherence, flag and suggestion tests, dated from a Monday."""

from __future__ import annotations

from datetime import date, timedelta

from ptplanner.core.adherence import AdherenceEntry, ItemCompletion
from ptplanner.core.dosage import Dosage
from ptplanner.core.exercise import Exercise
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove
from ptplanner.core.vocabulary import Category, Position, Region
from ptplanner.core.walking import WalkingPlan

START = date(2025, 3, 3)  # a Monday; day(0)
PROGRAM_ID = "program-1"
EXERCISE = Exercise(
    id="bridge",
    name="Bridge",
    summary="Lift your hips.",
    category=Category.CORE_STRENGTHENING,
    regions=(Region.HIP,),
    position=Position.HOOK_LYING,
    steps=("Lift your hips.",),
    stop_if="Stop if your back hurts.",
    earliest_stage=1,
    dosage=Dosage(reps=10),
)


def day(number: int) -> date:
    return START + timedelta(days=number)


def item(item_id: str, times: int = 1, days: int = 7, name: str = "") -> ProgramItem:
    exercise = EXERCISE.model_copy(update={"name": name or item_id.capitalize()})
    return ProgramItem(
        id=item_id, exercise=exercise, dosage=Dosage(reps=10, times_per_day=times, days_per_week=days)
    )


def stage(
    *items: ProgramItem,
    start_week: int = 0,
    end_week: int | None = None,
    walking: WalkingPlan | None = None,
    name: str = "",
) -> Stage:
    return Stage(
        name=name or f"From week {start_week}",
        start_week=start_week,
        end_week=end_week,
        items=items,
        walking=walking,
    )


def program(*stages: Stage, moves: tuple[tuple[int, int], ...] = ()) -> Program:
    """`moves`: (stage index, day number) pairs."""
    return Program(
        id=PROGRAM_ID,
        patient_id="patient-1",
        title="After fusion",
        created_on=START,
        stages=stages,
        moves=tuple(StageMove(stage_index=index, on=day(number)) for index, number in moves),
    )


def entry(number: int, note: str = "", **done_and_pain: int) -> AdherenceEntry:
    """entry(3, bridge=2, pain_back=4): day 3, two sessions of item 'bridge', back pain 4."""
    pain = {key: value for key, value in done_and_pain.items() if key.startswith("pain_")}
    completions = tuple(
        ItemCompletion(item_id=key, sessions_done=value)
        for key, value in done_and_pain.items()
        if key not in pain
    )
    return AdherenceEntry(program_id=PROGRAM_ID, day=day(number), completions=completions, note=note, **pain)


def daily(first: int, last: int, **done_and_pain: int) -> list[AdherenceEntry]:
    """The same entry on every day from `first` to `last`, both included."""
    return [entry(number, **done_and_pain) for number in range(first, last + 1)]
