"""What the patient did each day, how it felt, and outcome measure scores."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from ptplanner.core.bounds import Day
from ptplanner.core.model import CoreModel
from ptplanner.core.patient import new_id

Pain = int | None
PAIN = Field(default=None, ge=0, le=10)


class ItemCompletion(CoreModel):
    """How many of the day's sessions of one program item the patient did."""

    item_id: str = Field(min_length=1, max_length=64)
    sessions_done: int = Field(ge=0, le=24)


class AdherenceEntry(CoreModel):
    """One day of the patient's log: completions per item, pain 0-10 for back and leg."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    program_id: str = Field(min_length=1, max_length=64)
    day: Day
    completions: tuple[ItemCompletion, ...] = ()
    pain_back: Pain = PAIN
    pain_leg: Pain = PAIN
    pain_back_after: Pain = PAIN
    pain_leg_after: Pain = PAIN
    walking_minutes: int | None = Field(default=None, ge=0, le=600)  # minutes walked that day, from the log sheet
    note: str = Field(default="", max_length=5000)

    @model_validator(mode="after")
    def _one_completion_per_item(self) -> AdherenceEntry:
        ids = [c.item_id for c in self.completions]
        if len(ids) != len(set(ids)):
            raise ValueError("an item is listed twice in one day")
        return self


class Measure(StrEnum):
    PAIN_NRS = "pain NRS"
    PSFS = "PSFS"
    ODI = "ODI"


class OutcomeItem(CoreModel):
    label: str = Field(default="", max_length=200)
    score: float = Field(ge=0, le=10)


class OutcomeScore(CoreModel):
    """One outcome measure taken on one day. PSFS and ODI scores follow from their items."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    measure: Measure
    day: Day
    score: float = Field(ge=0, le=100)
    items: tuple[OutcomeItem, ...] = ()
    note: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def _score_fits_measure(self) -> OutcomeScore:
        if self.measure is Measure.PAIN_NRS and self.score > 10:
            raise ValueError("a pain score is 0 to 10")
        if self.measure is Measure.PSFS:
            if self.items and not 3 <= len(self.items) <= 5:
                raise ValueError("the PSFS rates 3 to 5 activities")
            if self.score > 10:
                raise ValueError("a PSFS score is 0 to 10")
            if self.items and abs(psfs_score(self.items) - self.score) > 0.01:
                raise ValueError("the PSFS score must be the average of its activities")
        if self.measure is Measure.ODI and self.items:
            if len(self.items) > 10 or any(i.score > 5 or i.score != int(i.score) for i in self.items):
                raise ValueError("the ODI has up to 10 items scored 0 to 5")
            if abs(odi_score(self.items) - self.score) > 0.01:
                raise ValueError("the ODI score must be sum / (5 x items answered) x 100")
        return self


def psfs_score(items: tuple[OutcomeItem, ...]) -> float:
    return round(sum(i.score for i in items) / len(items), 2)


def odi_score(items: tuple[OutcomeItem, ...]) -> float:
    return round(sum(i.score for i in items) / (5 * len(items)) * 100, 2)
