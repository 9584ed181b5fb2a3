"""Graded walking: a weekly plan grown from what the patient tolerates now.

The plan is the one source of every walking number: the table printed for the patient, the walking
item's dose, the log sheet's minutes and the report's "walked against planned" all come from
`WalkingPlan.schedule()`.

Rules (each one is a function below and has a property test):
- Week n's daily total is the baseline plus (n - 1) weekly steps, never above the target.
- The total is split into `walks_per_day` equal walks (more only when a walk would be longer than
  `max_minutes_per_walk`; fewer only when walks would be under a minute). Each walk is the total
  divided by the walks, rounded to the nearest whole minute (halves up), or down when rounding up
  would pass the target. So a printed day differs from the plan's total by less than one minute per
  walk, never exceeds the target, and no week is below the one before.
- Week 1 starts on the plan's `start` day, or, without one, on the stage's first day: the day the
  patient was moved into the stage, else its planned first day counted from the surgery. A plan
  applied from the app (an accepted suggestion) starts on the day it is applied. Before week 1 the
  patient is shown week 1; after the last week, the last week holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil, floor

from pydantic import Field, model_validator

from ptplanner.core.language import clinic_word, tr
from ptplanner.core.model import CoreModel

MAX_WALKS_PER_DAY = 6
WALKING_EXERCISE_ID = "graded-walking"  # the program item whose dose is the plan's current week
DAYS_PER_WEEK = 7


class WalkingWeek(CoreModel):
    week: int
    minutes_per_walk: int
    walks_per_day: int

    @property
    def minutes_per_day(self) -> int:
        return self.minutes_per_walk * self.walks_per_day


class WalkingPlan(CoreModel):
    """Start at a tolerated baseline and add a fixed step each week, up to a target."""

    baseline_minutes_per_day: int = Field(ge=2, le=120)
    weekly_increase_minutes: int = Field(ge=1, le=30)
    target_minutes_per_day: int = Field(ge=5, le=180)
    walks_per_day: int = Field(default=3, ge=1, le=MAX_WALKS_PER_DAY)
    max_minutes_per_walk: int = Field(default=40, ge=5, le=120)
    weeks: int = Field(default=8, ge=1, le=52)
    start: date | None = None  # the first day of week 1; None: the stage's first day

    @model_validator(mode="after")
    def _target_not_below_baseline(self) -> WalkingPlan:
        if self.target_minutes_per_day < self.baseline_minutes_per_day:
            raise ValueError(clinic_word("the target must not be below the baseline"))
        if ceil(self.target_minutes_per_day / self.max_minutes_per_walk) > MAX_WALKS_PER_DAY:
            said = clinic_word(  # core/validation_words.py says it again in the app's language
                "the target needs more than {count} walks a day; allow longer walks or lower the target"
            )
            raise ValueError(said.format(count=MAX_WALKS_PER_DAY))
        return self

    def daily_totals(self) -> list[int]:
        """The plan's minutes a day for each week, before splitting into walks."""
        step = self.weekly_increase_minutes
        return [
            min(self.baseline_minutes_per_day + index * step, self.target_minutes_per_day)
            for index in range(self.weeks)
        ]

    def schedule(self) -> list[WalkingWeek]:
        weeks: list[WalkingWeek] = []
        for number, total in enumerate(self.daily_totals(), start=1):
            minutes, walks = split_day(
                total, self.walks_per_day, self.max_minutes_per_walk, self.target_minutes_per_day
            )
            week = WalkingWeek(week=number, minutes_per_walk=minutes, walks_per_day=walks)
            if weeks and week.minutes_per_day < weeks[-1].minutes_per_day:
                week = weeks[-1].model_copy(update={"week": number})  # a new split never steps back
            weeks.append(week)
        return weeks

    def final_minutes_per_day(self) -> int:
        return self.schedule()[-1].minutes_per_day

    def describe(self) -> str:
        """The plan in one sentence for the therapist's report, in the table's own numbers."""
        schedule = self.schedule()
        first, last = schedule[0], schedule[-1]
        if first.minutes_per_day == last.minutes_per_day:
            return f"{first.minutes_per_day} minutes a day ({walks_text(first)}) for {self.weeks} weeks."
        reached = next(week.week for week in schedule if week.minutes_per_day == last.minutes_per_day)
        return (
            f"{first.minutes_per_day} minutes a day in week 1 ({walks_text(first)}), about "
            f"{self.weekly_increase_minutes} more each week, up to {last.minutes_per_day} minutes a day "
            f"({walks_text(last)}) from week {reached}."
        )


# What the patient is told of the weeks ahead: more only when a later week has more minutes a day.
WALK_MORE = "Walk a little more each week."
WALK_THE_SAME = "Keep the same time each week."


def weeks_ahead_text(plan: WalkingPlan, week: int) -> str:
    """WALK_MORE when a week after `week` (1-based) asks for more minutes a day than it, else WALK_THE_SAME
    (a flat plan, or a growing one at its target), in English: the caller translates."""
    schedule = plan.schedule()
    now = schedule[min(max(week, 1), len(schedule)) - 1].minutes_per_day
    return WALK_MORE if any(later.minutes_per_day > now for later in schedule[week:]) else WALK_THE_SAME


def split_day(total: int, walks_per_day: int, max_minutes_per_walk: int, cap: int) -> tuple[int, int]:
    """A day's `total` minutes as (minutes per walk, walks), by the rules in the module docstring.

    `cap` is the most minutes a day may add up to (the plan's target)."""
    walks = max(min(walks_per_day, total), ceil(total / max_minutes_per_walk))
    minutes = floor(total / walks + 0.5)
    if minutes * walks > cap or minutes > max_minutes_per_walk:
        minutes = total // walks
    return max(minutes, 1), walks


def walks_text(week: WalkingWeek) -> str:
    """'3 walks of 10 minutes' (or '1 walk of 20 minutes')."""
    walks = tr("1 walk") if week.walks_per_day == 1 else tr("{count} walks").format(count=week.walks_per_day)
    minutes = tr("1 minute")
    if week.minutes_per_walk != 1:
        minutes = tr("{count} minutes").format(count=week.minutes_per_walk)
    return tr("{walks} of {minutes}").format(walks=walks, minutes=minutes)


@dataclass(frozen=True)
class DatedWeek:
    """One week of a plan with its dates."""

    week: WalkingWeek
    first_day: date
    last_day: date


def plan_start(plan: WalkingPlan, stage_first_day: date | None) -> date | None:
    """The first day of week 1: the plan's own start, else the stage's first day; None if neither."""
    return plan.start if plan.start is not None else stage_first_day


def dated_schedule(plan: WalkingPlan, start: date) -> list[DatedWeek]:
    return [
        DatedWeek(week, first, first + timedelta(days=DAYS_PER_WEEK - 1))
        for week, first in ((week, start + timedelta(weeks=week.week - 1)) for week in plan.schedule())
    ]


def week_index_on(plan: WalkingPlan, start: date, day: date) -> int:
    """Which week (0-based) is in force on `day`: week 1 before the plan starts, the last week after it ends
    (the patient keeps walking the target)."""
    index = (day - start).days // DAYS_PER_WEEK
    return min(max(index, 0), plan.weeks - 1)


def week_on(plan: WalkingPlan, start: date | None, day: date) -> WalkingWeek:
    """The week in force on `day`; week 1 when the plan has no start day yet."""
    return plan.schedule()[0 if start is None else week_index_on(plan, start, day)]


def starting_on(plan: WalkingPlan, day: date, minutes_per_day: int) -> WalkingPlan:
    """The plan restarted on `day` at `minutes_per_day` (kept within the plan's own limits)."""
    baseline = max(2, min(minutes_per_day, plan.target_minutes_per_day))
    return WalkingPlan.model_validate(
        {**plan.model_dump(), "baseline_minutes_per_day": baseline, "start": day}
    )
