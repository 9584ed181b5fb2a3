"""A patient's staged program: stages in order, each with its exercises and doses.

Each item keeps a copy of the exercise as it was when it was added, so a later
library edit never silently changes what the patient was given.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator, model_validator

from ptplanner.core.bounds import Day, Version
from ptplanner.core.dosage import Dosage
from ptplanner.core.exercise import Exercise
from ptplanner.core.language import clinic_word
from ptplanner.core.model import CoreModel
from ptplanner.core.patient import new_id
from ptplanner.core.stage_precaution import StagePrecaution, read_precautions
from ptplanner.core.walking import WalkingPlan

MAX_STAGES = 12
MAX_ITEMS_PER_STAGE = 80
TextList = tuple[str, ...]


class ProgramItem(CoreModel):
    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    exercise: Exercise
    dosage: Dosage
    note: str = Field(default="", max_length=2000)

    @classmethod
    def of(cls, exercise: Exercise, dosage: Dosage | None = None, note: str = "") -> ProgramItem:
        return cls(exercise=exercise, dosage=dosage or exercise.dosage, note=note)


class Stage(CoreModel):
    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    about: str = Field(default="", max_length=300)  # what the stage is for, from its template
    start_week: int = Field(ge=0, le=520)
    end_week: int | None = Field(default=None, ge=0, le=520)
    goals: TextList = ()
    precautions: tuple[StagePrecaution, ...] = ()
    criteria: TextList = ()
    items: tuple[ProgramItem, ...] = Field(default=(), max_length=MAX_ITEMS_PER_STAGE)
    walking: WalkingPlan | None = None

    @field_validator("precautions", mode="before")
    @classmethod
    def _former_template_lines(cls, lines: Any) -> Any:
        return read_precautions(lines)

    def precaution_texts(self) -> TextList:
        return tuple(p.text for p in self.precautions)

    @model_validator(mode="after")
    def _weeks_in_order(self) -> Stage:
        if self.end_week is not None and self.end_week <= self.start_week:
            raise ValueError(clinic_word("a stage must end after it starts"))
        return self

    def week_range(self) -> str:
        if self.end_week is None:
            return f"from week {self.start_week}"
        return f"weeks {self.start_week} to {self.end_week}"


class StageMove(CoreModel):
    """The day the patient was moved to a stage."""

    stage_index: int = Field(ge=0, lt=MAX_STAGES)
    on: Day


class Program(CoreModel):
    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    patient_id: str = Field(min_length=1, max_length=64)
    title: str = Field(min_length=1, max_length=200)
    created_on: Day
    template_id: str = Field(default="", max_length=64)
    before_surgery: bool = False  # a prehab program: for the weeks before the operation
    stages: tuple[Stage, ...] = Field(default=(), max_length=MAX_STAGES)
    moves: tuple[StageMove, ...] = ()
    # Bumped by storage on every save; a handout names the version it printed.
    version: Version = 0

    @model_validator(mode="after")
    def _moves_point_at_stages(self) -> Program:
        for move in self.moves:
            if move.stage_index >= len(self.stages):
                raise ValueError(f"a stage move points at stage {move.stage_index + 1}, which does not exist")
        return self

    def current_stage_index(self) -> int | None:
        """The stage of the latest-dated move (of moves on one day, the last recorded); else the first."""
        if not self.stages:
            return None
        if not self.moves:
            return 0
        return max(reversed(self.moves), key=lambda move: move.on).stage_index

    def current_stage(self) -> Stage | None:
        index = self.current_stage_index()
        return None if index is None else self.stages[index]

    def items(self) -> list[ProgramItem]:
        return [item for stage in self.stages for item in stage.items]
