"""What the person printing a handout can choose."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ptplanner.core.clinic import ClinicSettings, Paper
from ptplanner.core.language import Language
from ptplanner.handouts import DEFAULT_LOG_WEEKS, MAX_LOG_WEEKS


class HandoutOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    paper: Paper = Paper.LETTER
    large_print: bool = False
    log_sheet: bool = True
    log_weeks: int = Field(default=DEFAULT_LOG_WEEKS, ge=1, le=MAX_LOG_WEEKS)
    stage_index: int | None = Field(default=None, ge=0)  # None: the patient's current stage
    language: Language | None = None  # None: the patient's language (their record, else the clinic's)

    @classmethod
    def clinic_defaults(cls, clinic: ClinicSettings) -> HandoutOptions:
        return cls(paper=clinic.paper, large_print=clinic.large_print)
