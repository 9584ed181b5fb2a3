"""An exercise as the library describes it."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import Field, StrictInt, ValidationInfo, field_validator

from ptplanner.core.dosage import Dosage
from ptplanner.core.language import clinic_word, current_language
from ptplanner.core.model import CoreModel
from ptplanner.core.pose import Pictures
from ptplanner.core.video import checked_video_url
from ptplanner.core.vocabulary import Category, Equipment, Movement, Muscle, Position, Region

EXERCISE_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,63}$"

Line = Field(min_length=1, max_length=300)


class Origin(StrEnum):
    BUNDLED = "bundled"
    CLINIC = "clinic"


class ExerciseText(CoreModel):
    """An exercise's patient text in another language, written for patients in that language.

    Same shape as the English: `ptplanner library check` reports a missing field or a different number
    of steps, and a handout prints the English (marked) when a text is missing.
    """

    name: str = Field(min_length=1, max_length=120)
    summary: str = Field(min_length=1, max_length=300)
    steps: tuple[str, ...] = Field(min_length=1, max_length=10)
    cues: tuple[str, ...] = Field(default=(), max_length=6)
    stop_if: str = Field(min_length=1, max_length=300)
    precautions: tuple[str, ...] = ()


class Exercise(CoreModel):
    """One exercise: what it is, how to do it, when it is safe, and its usual dose."""

    id: str = Field(pattern=EXERCISE_ID_PATTERN)
    name: str = Field(min_length=1, max_length=120)
    # For the therapist (app, search, progress report); the handout keeps the patient's `name`.
    clinical_name: str | None = Field(default=None, min_length=1, max_length=160)
    abbreviations: tuple[str, ...] = Field(default=(), max_length=8)
    summary: str = Field(min_length=1, max_length=300)
    category: Category
    regions: tuple[Region, ...] = Field(min_length=1)
    muscles: tuple[Muscle, ...] = ()
    position: Position
    equipment: tuple[Equipment, ...] = ()
    steps: tuple[str, ...] = Field(min_length=1, max_length=10)
    cues: tuple[str, ...] = Field(default=(), max_length=6)
    stop_if: str = Field(min_length=1, max_length=300)
    precautions: tuple[str, ...] = ()
    contraindications: tuple[str, ...] = ()
    earliest_stage: StrictInt = Field(ge=1, le=4)
    movements: tuple[Movement, ...] = ()
    dosage: Dosage
    easier: tuple[str, ...] = ()
    harder: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    pictures: Pictures | None = None
    # Patient text in other languages by language code ("es"); a TOML file holds it as `[translations.es]`.
    translations: dict[str, ExerciseText] = Field(default_factory=dict)
    origin: Origin = Origin.BUNDLED
    archived: bool = False
    video_url: str | None = None  # https only (core/video.py); the handout prints it as a QR code

    @field_validator("steps", "cues", "precautions", "contraindications", "tags", "abbreviations")
    @classmethod
    def _lines_not_blank(cls, lines: tuple[str, ...]) -> tuple[str, ...]:
        for line in lines:
            if not line.strip():
                raise ValueError(clinic_word("an entry is blank"))
            if len(line) > 300:
                raise ValueError(clinic_word("an entry is longer than 300 characters"))
        return lines

    @field_validator("name", "summary", "stop_if")
    @classmethod
    def _text_not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError(clinic_word("is blank"))
        return text

    @field_validator("easier", "harder")
    @classmethod
    def _variations_are_others(cls, links: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        if info.data.get("id") in links:
            raise ValueError(clinic_word("an exercise cannot be its own easier or harder variation"))
        return links

    def shown_name(self) -> str:
        """The patient's name in the language being spoken (the Spanish app shows the `[es]` name) where the
        exercise has a text in it, else the English."""
        text = self.translations.get(current_language().value)
        return self.name if text is None else text.name

    def clinical_label(self) -> str:
        """The name for the therapist and the surgeon: the clinical name, else the patient's name."""
        return self.clinical_name or self.name

    @field_validator("video_url")
    @classmethod
    def _video_is_a_secure_address(cls, address: str | None) -> str | None:
        return checked_video_url(address)

    def search_text(self) -> str:
        """The words search-as-you-type matches against (see `search_words`), each after a space."""
        words = [self.name, self.clinical_name or "", *self.abbreviations, self.summary, *self.tags]
        words += [*self.muscles, *self.regions]
        return " " + " ".join(search_words(" ".join(words))) + " "


_WORD = re.compile(r"[^\W_]+")  # a run of characters str.isalnum() accepts (\w is those and "_")
# The same for ASCII text, three times as fast (the library's 5,000 exercises at start-up): all but
# letters and digits become spaces.
_ASCII_GAPS = bytes.maketrans(
    bytes(range(128)), bytes(c if chr(c).isalnum() else ord(" ") for c in range(128))
)


def search_words(text: str) -> list[str]:
    """Lower-case words, punctuation dropped, so "sit-to-stand" finds "sit to stand"."""
    lower = text.lower()
    if lower.isascii():
        return lower.encode("ascii").translate(_ASCII_GAPS).decode("ascii").split()
    return _WORD.findall(lower)


def search_patterns(typed: str) -> list[str]:
    """What each typed term must be found as in a `search_text()`: the start of a word, so "TrA" finds
    "TrA set" (and "transfer") but not "straight", and each keystroke only narrows what is listed."""
    return [f" {term}" for term in search_words(typed)]
