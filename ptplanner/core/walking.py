"""Graded walking: a weekly plan grown from what the patient tolerates now."""

from __future__ import annotations

from math import ceil

from pydantic import Field, model_validator

from ptplanner.core.model import CoreModel

MAX_WALKS_PER_DAY = 6


class WalkingWeek(CoreModel):
    week: int
    minutes_per_walk: int
    walks_per_day: int

    @property
    def minutes_per_day(self) -> int:
        return self.minutes_per_walk * self.walks_per_day


class WalkingPlan(CoreModel):
    """Start at a tolerated baseline and add a fixed step each week, up to a target.

    The daily total is what grows; it is split into `walks_per_day` walks, more walks
    only when one would be longer than `max_minutes_per_walk`.
    """

    baseline_minutes_per_day: int = Field(ge=2, le=120)
    weekly_increase_minutes: int = Field(ge=1, le=30)
    target_minutes_per_day: int = Field(ge=5, le=180)
    walks_per_day: int = Field(default=3, ge=1, le=MAX_WALKS_PER_DAY)
    max_minutes_per_walk: int = Field(default=40, ge=5, le=120)
    weeks: int = Field(default=8, ge=1, le=52)

    @model_validator(mode="after")
    def _target_not_below_baseline(self) -> WalkingPlan:
        if self.target_minutes_per_day < self.baseline_minutes_per_day:
            raise ValueError("the target must not be below the baseline")
        if ceil(self.target_minutes_per_day / self.max_minutes_per_walk) > MAX_WALKS_PER_DAY:
            raise ValueError(
                f"the target needs more than {MAX_WALKS_PER_DAY} walks a day; allow longer walks or lower the target"
            )
        return self

    def schedule(self) -> list[WalkingWeek]:
        weeks = []
        for index in range(self.weeks):
            total = min(
                self.baseline_minutes_per_day + index * self.weekly_increase_minutes,
                self.target_minutes_per_day,
            )
            minutes, walks = self._split(total)
            weeks.append(WalkingWeek(week=index + 1, minutes_per_walk=minutes, walks_per_day=walks))
        return weeks

    def _split(self, total: int) -> tuple[int, int]:
        """A day's total as equal walks of whole minutes: (minutes per walk, walks).

        At least `walks_per_day` walks (fewer only if that would make walks shorter than a
        minute), more only as needed to keep each within `max_minutes_per_walk`. Among those
        counts, the one that adds up closest to the total without going over, so a week never
        shows more walking than planned, nor less than the week before.
        """
        fewest = min(self.walks_per_day, total)
        most = max(fewest, ceil(total / self.max_minutes_per_walk))
        splits = [
            (min(total // walks, self.max_minutes_per_walk), walks) for walks in range(fewest, most + 1)
        ]
        return max(splits, key=lambda split: (split[0] * split[1], -split[1]))

    def describe(self) -> str:
        return (
            f"Start with {self.baseline_minutes_per_day} minutes a day and add "
            f"{self.weekly_increase_minutes} minutes each week, up to {self.target_minutes_per_day} "
            "minutes a day."
        )
