"""Every threshold the progress figures, flags and next-step suggestions use, in one clinic setting."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from ptplanner.core.adherence import Measure
from ptplanner.core.model import CoreModel

# Words in a patient's log note that the therapist should see at once. A term also matches the word
# with a common ending added ("numb" matches "numbness", "fall" matches "falling").
DEFAULT_RED_FLAG_TERMS = (
    "fever",
    "chills",
    "numb",
    "tingle",
    "tingling",
    "pins and needles",
    "weak",
    "bladder",
    "bowel",
    "urine",
    "incontinent",
    "incontinence",
    "saddle",
    "chest pain",
    "short of breath",
    "breathless",
    "calf",
    "calves",
    "swollen",
    "swelling",
    "fall",
    "fell",
    "fallen",
    "wound",
    "redness",
    "pus",
    "drainage",
)
MAX_TERMS = 100
MAX_TERM_LENGTH = 50


class ProgressRules(CoreModel):
    """Every field has a default, so rules saved by an older version still load."""

    low_adherence_percent: int = Field(default=60, ge=0, le=100)
    flag_weeks: int = Field(default=2, ge=1, le=12)  # how many recent weeks the flags look at
    progression_adherence_percent: int = Field(default=80, ge=0, le=100)
    progression_weeks: int = Field(default=2, ge=1, le=12)
    pain_rise_points: float = Field(
        default=2, ge=0.5, le=10
    )  # a weekly mean this far above the stage's first week
    stable_pain_points: float = Field(default=1, ge=0, le=10)  # a weekly rise below this counts as stable
    soreness_points: int = Field(default=2, ge=1, le=10)  # pain after exercise this far above pain before
    soreness_days: int = Field(default=1, ge=1, le=7)  # mornings it must last to count as a flare
    nrs_change: float = Field(default=2, gt=0, le=10)  # clinically meaningful changes
    psfs_change: float = Field(default=2, gt=0, le=10)
    odi_change: float = Field(default=10, gt=0, le=100)
    red_flag_terms: tuple[str, ...] = Field(default=DEFAULT_RED_FLAG_TERMS, max_length=MAX_TERMS)
    quiet_days: int = Field(
        default=7, ge=0, le=90
    )  # a suggestion answered is not offered again for this long

    @field_validator("red_flag_terms")
    @classmethod
    def _terms_are_words(cls, terms: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(" ".join(term.split()).casefold() for term in terms)
        for term in cleaned:
            if not term:
                raise ValueError("a red-flag term is blank")
            if len(term) > MAX_TERM_LENGTH:
                raise ValueError(
                    f"the red-flag term '{term[:20]}…' is longer than {MAX_TERM_LENGTH} characters"
                )
        if len(set(cleaned)) != len(cleaned):
            raise ValueError("a red-flag term is listed twice")
        return cleaned

    @model_validator(mode="after")
    def _thresholds_agree(self) -> ProgressRules:
        if self.progression_adherence_percent < self.low_adherence_percent:
            raise ValueError("the adherence needed to progress must not be below the low-adherence flag")
        if self.stable_pain_points >= self.pain_rise_points:
            raise ValueError("a rise counted as stable pain must be smaller than a rise counted as a flare")
        return self

    def meaningful_change(self, measure: Measure) -> float:
        return {
            Measure.PAIN_NRS: self.nrs_change,
            Measure.PSFS: self.psfs_change,
            Measure.ODI: self.odi_change,
        }[measure]
