"""Graded walking: a weekly plan grown from what the patient tolerates now."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class WalkingWeek(BaseModel):
    model_config = ConfigDict(frozen=True)

    week: int
    minutes_per_walk: int
    walks_per_day: int

    @property
    def minutes_per_day(self) -> int:
        return self.minutes_per_walk * self.walks_per_day


class WalkingPlan(BaseModel):
    """Start at a tolerated baseline and add a fixed step each week, up to a target.

    The daily total is what grows; it is split into `walks_per_day` walks, more walks
    only when one would be longer than `max_minutes_per_walk`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    baseline_minutes_per_day: int = Field(ge=2, le=120)
    weekly_increase_minutes: int = Field(ge=1, le=30)
    target_minutes_per_day: int = Field(ge=5, le=180)
    walks_per_day: int = Field(default=3, ge=1, le=6)
    max_minutes_per_walk: int = Field(default=40, ge=5, le=120)
    weeks: int = Field(default=8, ge=1, le=52)

    @model_validator(mode="after")
    def _target_not_below_baseline(self) -> WalkingPlan:
        if self.target_minutes_per_day < self.baseline_minutes_per_day:
            raise ValueError("the target must not be below the baseline")
        return self

    def schedule(self) -> list[WalkingWeek]:
        weeks = []
        for index in range(self.weeks):
            total = min(
                self.baseline_minutes_per_day + index * self.weekly_increase_minutes,
                self.target_minutes_per_day,
            )
            walks = self.walks_per_day
            while total / walks > self.max_minutes_per_walk:
                walks += 1
            weeks.append(
                WalkingWeek(week=index + 1, minutes_per_walk=round(total / walks), walks_per_day=walks)
            )
        return weeks

    def describe(self) -> str:
        return (
            f"Start with {self.baseline_minutes_per_day} minutes a day and add "
            f"{self.weekly_increase_minutes} minutes each week, up to {self.target_minutes_per_day} "
            "minutes a day."
        )
