"""A patient, their surgery and the precautions that apply to them."""

from __future__ import annotations

import re
import uuid
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import (
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from ptplanner.core.bounds import EARLIEST_DAY, LATEST_DAY, Day
from ptplanner.core.language import Language, clinic_word
from ptplanner.core.model import CoreModel
from ptplanner.core.vocabulary import Movement

MAX_NAME = 10_000
MAX_NOTES = 20_000
_SPINE_ORDER = [f"C{n}" for n in range(1, 8)] + [f"T{n}" for n in range(1, 13)] + [
    f"L{n}" for n in range(1, 6)
] + ["S1", "S2"]
FUSED_LEVEL_PATTERN = r"^(C[1-7]|T([1-9]|1[0-2])|L[1-5]|S[1-2])-(C[1-7]|T([1-9]|1[0-2])|L[1-5]|S[1-2])$"


def new_id() -> str:
    return str(uuid.uuid4())


class PrecautionKind(StrEnum):
    NO_BENDING = "no bending"
    NO_LIFTING = "no lifting"
    NO_TWISTING = "no twisting"
    LIFTING_LIMIT = "lifting limit"
    SITTING_LIMIT = "sitting limit"
    OTHER = "other"


class Subject(StrEnum):
    """What a limit is about. A handout prints one line a subject: the patient's own dated precaution
    wins over a program stage's generic line on the same subject."""

    BENDING = "bending"
    LIFTING = "lifting"
    TWISTING = "twisting"
    SITTING = "sitting"
    DRIVING = "driving"
    BATHING = "bath, hot tub and pool"
    BRACE = "brace"
    GETTING_UP = "getting in and out of bed"
    HIGH_IMPACT = "high-impact activity"
    GENERAL = "other"  # never merged: every such line is printed


class Unit(StrEnum):
    LB = "lb"
    KG = "kg"
    MINUTES = "min"


LIMIT_RANGES = {Unit.LB: (1.0, 100.0), Unit.KG: (0.5, 45.0), Unit.MINUTES: (5.0, 240.0)}
KG_PER_LB = 0.45359237  # exact, by the international yard and pound agreement


def to_pounds(value: float, unit: Unit) -> float:
    """A weight typed in `unit`, in pounds (unrounded: shown again in `unit` it reads as typed)."""
    return value if unit is Unit.LB else value / KG_PER_LB
_SUBJECTS = {
    PrecautionKind.NO_BENDING: Subject.BENDING,
    PrecautionKind.NO_LIFTING: Subject.LIFTING,
    PrecautionKind.LIFTING_LIMIT: Subject.LIFTING,
    PrecautionKind.NO_TWISTING: Subject.TWISTING,
    PrecautionKind.SITTING_LIMIT: Subject.SITTING,
}
_RESTRICTS = {
    PrecautionKind.NO_BENDING: Movement.BENDING,
    PrecautionKind.NO_LIFTING: Movement.LIFTING,
    PrecautionKind.NO_TWISTING: Movement.TWISTING,
}


class Precaution(CoreModel):
    """One restriction, with the date it ends (None: until the therapist lifts it)."""

    kind: PrecautionKind
    until: Day | None = None
    limit: float | None = None
    unit: Unit | None = None
    note: str = Field(default="", max_length=1000)
    # What an "other" precaution is about (driving, brace...); the other kinds say it themselves.
    about: Subject = Subject.GENERAL

    @model_validator(mode="before")
    @classmethod
    def _lifting_limit_in_pounds(cls, data: Any) -> Any:
        """Lifting limits are kept in pounds (core/weights.py shows them in the clinic's unit); one given
        in kilograms, as older versions stored some, is converted once it is known to be in range."""
        if not isinstance(data, dict) or data.get("kind") != PrecautionKind.LIFTING_LIMIT:
            return data
        limit, unit = data.get("limit"), data.get("unit")
        low, high = LIMIT_RANGES[Unit.KG]
        if unit == Unit.KG and isinstance(limit, int | float) and low <= limit <= high:
            return {**data, "limit": to_pounds(limit, Unit.KG), "unit": Unit.LB}
        return data

    @model_serializer(mode="wrap")
    def _leave_out_unused_subject(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = handler(self)
        if self.about is Subject.GENERAL:
            data.pop("about", None)  # documents without a subject stay as older versions wrote them
        return data

    @model_validator(mode="after")
    def _limit_fits_kind(self) -> Precaution:
        if self.kind is PrecautionKind.LIFTING_LIMIT:
            _require_limit(self, (Unit.LB, Unit.KG), clinic_word("a lifting limit needs a weight in lb or kg"))
        elif self.kind is PrecautionKind.SITTING_LIMIT:
            _require_limit(self, (Unit.MINUTES,), clinic_word("a sitting limit needs minutes"))
        elif self.limit is not None or self.unit is not None:
            raise ValueError(f"'{self.kind.value}' takes no number")
        if self.kind is PrecautionKind.OTHER and not self.note.strip():
            raise ValueError(clinic_word("say what the precaution is in the note"))
        if self.kind is not PrecautionKind.OTHER and self.about not in (Subject.GENERAL, self.subject):
            raise ValueError(f"'{self.kind.value}' is about {self.subject.value}, not {self.about.value}")
        return self

    @property
    def subject(self) -> Subject:
        return _SUBJECTS.get(self.kind, self.about)

    def applies_on(self, day: date) -> bool:
        return self.until is None or day <= self.until

    def restricts(self) -> Movement | None:
        """The spinal movement this precaution forbids, if any."""
        if self.kind is PrecautionKind.LIFTING_LIMIT:
            return Movement.LIFTING
        return _RESTRICTS.get(self.kind)

    def limit_in_lb(self) -> float | None:
        if self.limit is None or self.unit not in (Unit.LB, Unit.KG):
            return None
        return to_pounds(self.limit, self.unit)


def _require_limit(p: Precaution, units: tuple[Unit, ...], message: str) -> None:
    if p.limit is None or p.unit not in units:
        raise ValueError(message)
    low, high = LIMIT_RANGES[p.unit]
    if not low <= p.limit <= high:
        said = clinic_word("limit must be between {low} and {high} {unit}")  # core/validation_words.py
        raise ValueError(said.format(low=f"{low:g}", high=f"{high:g}", unit=p.unit.value))


class Patient(CoreModel):
    """A patient's details. The week after surgery is derived, never stored."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=MAX_NAME)
    date_of_birth: date
    surgery_date: Day | None = None
    procedure: str = Field(default="", max_length=500)
    fused_levels: tuple[str, ...] = ()
    therapist: str = Field(default="", max_length=500)
    surgeon: str = Field(default="", max_length=200)  # the handout's "call your surgeon", the report's recipient
    surgeon_phone: str = Field(default="", max_length=40)
    precautions: tuple[Precaution, ...] = ()
    notes: str = Field(default="", max_length=MAX_NOTES)
    assessment: str = Field(default="", max_length=MAX_NOTES)  # assessment and plan, for the progress report
    language: Language | None = None  # the handout's language; None: the clinic's

    def handout_language(self, clinic_language: Language) -> Language:
        return self.language or clinic_language

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, name: str) -> str:
        if not name.strip():
            raise ValueError(clinic_word("name is blank"))
        return name

    @field_validator("surgeon", "surgeon_phone")
    @classmethod
    def _one_line(cls, text: str) -> str:
        if any(not ch.isprintable() for ch in text):
            raise ValueError(clinic_word("must be one line of text, without tabs or control characters"))
        return text.strip()

    @field_validator("fused_levels")
    @classmethod
    def _levels_look_like_levels(cls, levels: tuple[str, ...]) -> tuple[str, ...]:
        for level in levels:
            if not re.fullmatch(FUSED_LEVEL_PATTERN, level):
                said = clinic_word("'{level}' is not a level such as L4-L5 or L5-S1")  # core/validation_words.py
                raise ValueError(said.format(level=level[:20]))
            upper, lower = level.split("-")
            if _SPINE_ORDER.index(upper) >= _SPINE_ORDER.index(lower):
                said = clinic_word("'{level}' is upside down: write the upper level first, e.g. L4-L5")
                raise ValueError(said.format(level=level))
        return levels

    @model_validator(mode="after")
    def _dates_in_order(self) -> Patient:
        if self.date_of_birth < EARLIEST_DAY:
            raise ValueError(f"date of birth is before {EARLIEST_DAY.year}")
        if self.date_of_birth > LATEST_DAY:
            raise ValueError(f"date of birth is after {LATEST_DAY.year}")
        if self.surgery_date is not None and self.surgery_date <= self.date_of_birth:
            raise ValueError(clinic_word("surgery date must be after the date of birth"))
        return self

    def week_after_surgery(self, today: date) -> int | None:
        """Completed weeks since surgery (week 0 is the first week); None without a surgery date."""
        if self.surgery_date is None:
            return None
        return (today - self.surgery_date).days // 7

    def active_precautions(self, today: date) -> list[Precaution]:
        return [p for p in self.precautions if p.applies_on(today)]


def validate_new_patient(patient: Patient, today: date) -> None:
    """Checks that only make sense at entry time (a stored record may age past them)."""
    if patient.date_of_birth > today:
        raise ValueError(clinic_word("date of birth is in the future"))
