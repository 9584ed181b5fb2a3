"""Walking minutes the patient logged against the minutes the walking plan gave, week by week."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.program import Program
from ptplanner.core.walking import DatedWeek, dated_schedule
from ptplanner.core.walking_program import stage_first_day, walking_start


@dataclass(frozen=True)
class WalkingWeekFigures:
    stage_index: int
    week: int  # of the stage's plan, from 1
    first_day: date
    last_day: date
    planned_minutes_per_day: int
    logged_minutes_per_day: float | None  # average over the days with minutes logged; None: none logged
    days_logged: int

    @property
    def percent(self) -> float | None:
        """Minutes walked as a percent of the plan's minutes (None when nothing was logged)."""
        if self.logged_minutes_per_day is None:
            return None
        return 100 * self.logged_minutes_per_day / self.planned_minutes_per_day


def walking_against_plan(
    program: Program, entries: Iterable[AdherenceEntry], surgery_date: date | None, today: date
) -> list[WalkingWeekFigures]:
    """For each week of every stage's walking plan that has begun by `today`, oldest first: the planned
    minutes a day and the average minutes a day logged (days with no minutes logged are left out of the
    average, as nothing is known of them). A plan's weeks stop where the next stage begins."""
    minutes = {e.day: e.walking_minutes for e in entries if e.walking_minutes is not None}
    figures: list[WalkingWeekFigures] = []
    for index, dated in plan_weeks(program, surgery_date, today):
        logged = [m for day, m in minutes.items() if dated.first_day <= day <= min(dated.last_day, today)]
        figures.append(
            WalkingWeekFigures(
                stage_index=index,
                week=dated.week.week,
                first_day=dated.first_day,
                last_day=dated.last_day,
                planned_minutes_per_day=dated.week.minutes_per_day,
                logged_minutes_per_day=sum(logged) / len(logged) if logged else None,
                days_logged=len(logged),
            )
        )
    return figures


def plan_weeks(program: Program, surgery_date: date | None, today: date) -> Iterator[tuple[int, DatedWeek]]:
    """Each week of every stage's walking plan that has begun by `today`, with its stage, oldest first, dated
    as the plan prints them; a plan's weeks stop where the next stage begins."""
    for index, stage in enumerate(program.stages):
        start = walking_start(program, index, surgery_date)
        if stage.walking is None or start is None:
            continue
        last = index + 1 == len(program.stages)
        following = None if last else stage_first_day(program, index + 1, surgery_date)
        for dated in dated_schedule(stage.walking, start):
            if dated.first_day > today or (following is not None and dated.first_day >= following):
                break
            yield index, dated
