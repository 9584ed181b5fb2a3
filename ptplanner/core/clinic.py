"""The clinic's own settings: what its handouts show and how they print by default."""

from __future__ import annotations

import base64
import binascii
import re
from enum import StrEnum
from typing import Any

from pydantic import Field, field_serializer, field_validator

from ptplanner.core.dates import DateStyle
from ptplanner.core.exercise import EXERCISE_ID_PATTERN
from ptplanner.core.language import Language
from ptplanner.core.model import CoreModel
from ptplanner.core.patient import Unit
from ptplanner.core.video import checked_video_url

MAX_LOGO_BYTES = 512 * 1024
MAX_EXERCISE_VIDEOS = 1000
# Published fever thresholds for calling after spinal surgery run from 38.0 C to 38.6 C.
FEVER_RANGE_C = (38.0, 38.6)
# Pain while exercising that is acceptable if it settles by the next morning (sources use 3 or 5 of 10).
EXERCISE_PAIN_RANGE = (2, 5)
_ABSOLUTE_URI = re.compile(r"(https?://[^\s/]+[^\s]*|urn:[a-z0-9][a-z0-9-]*:\S+)", re.IGNORECASE)
IDLE_LOCK_MINUTES = (1, 240)  # the app covers its windows after this long without input (sign-in on)
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


class Paper(StrEnum):
    LETTER = "letter"
    A4 = "a4"

    @property
    def date_style(self) -> DateStyle:
        """Letter paper is American: month first. A4 is used where the day comes first."""
        return DateStyle.MONTH_FIRST if self is Paper.LETTER else DateStyle.DAY_FIRST


def celsius_to_fahrenheit(celsius: float) -> float:
    return round(celsius * 9 / 5 + 32, 1)


class ClinicSettings(CoreModel):
    """Every field has a default, so settings saved by an older version still load."""

    name: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=40)
    after_hours_phone: str = Field(default="", max_length=40)  # when the clinic is closed
    emergency_number: str = Field(default="911", min_length=1, max_length=20)
    logo: bytes | None = None  # PNG or JPEG; stored as base64 text
    paper: Paper = Paper.LETTER
    large_print: bool = False
    fever_threshold_c: float = Field(default=FEVER_RANGE_C[0], ge=FEVER_RANGE_C[0], le=FEVER_RANGE_C[1])
    exercise_pain_limit: int = Field(default=3, ge=EXERCISE_PAIN_RANGE[0], le=EXERCISE_PAIN_RANGE[1])
    # The URI that names the clinic's patient ids in a FHIR export (its hospital partner may give one).
    patient_id_system: str = Field(default="", max_length=200)
    # Video addresses for exercises by id (bundled ones above all: a clinic exercise carries its own).
    exercise_videos: dict[str, str] = Field(default_factory=dict, max_length=MAX_EXERCISE_VIDEOS)
    # Set by an admin: the lock protects every account.
    idle_lock_minutes: int = Field(default=10, ge=IDLE_LOCK_MINUTES[0], le=IDLE_LOCK_MINUTES[1])
    # Patients' handouts print in it unless their record names another; the progress report stays English.
    language: Language = Language.ENGLISH
    # Lifting limits are kept in pounds and shown, printed and typed in this unit (lb or kg).
    weight_unit: Unit = Unit.LB

    @field_validator("weight_unit")
    @classmethod
    def _a_weight(cls, unit: Unit) -> Unit:
        if unit not in (Unit.LB, Unit.KG):
            raise ValueError("must be lb or kg")
        return unit

    @field_validator("name", "phone", "after_hours_phone", "emergency_number")
    @classmethod
    def _one_line(cls, text: str) -> str:
        if any(not ch.isprintable() for ch in text):
            raise ValueError("must be one line of text, without tabs or control characters")
        return text.strip()

    @field_validator("patient_id_system")
    @classmethod
    def _absolute_uri(cls, text: str) -> str:
        text = text.strip()
        if text and not _ABSOLUTE_URI.fullmatch(text):
            raise ValueError("must be a web address (https://…) or a name such as urn:oid:1.2.3, no spaces")
        return text

    @field_validator("exercise_videos")
    @classmethod
    def _videos_are_secure_addresses(cls, videos: dict[str, str]) -> dict[str, str]:
        checked = {}
        for exercise_id, address in videos.items():
            if not re.fullmatch(EXERCISE_ID_PATTERN, exercise_id):
                raise ValueError(f"'{exercise_id[:64]}' is not an exercise id (such as bridge or side-plank)")
            try:
                checked[exercise_id] = checked_video_url(address)
            except ValueError as error:
                raise ValueError(f"for {exercise_id}: {error}") from None
            if checked[exercise_id] is None:
                raise ValueError(f"for {exercise_id}: give a video address, or leave the exercise out")
        return checked

    @field_validator("logo", mode="before")
    @classmethod
    def _decode_stored_logo(cls, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return base64.b64decode(value, validate=True)
            except binascii.Error as error:
                raise ValueError("the stored logo is not valid base64 text") from error
        return value

    @field_validator("logo")
    @classmethod
    def _logo_is_a_small_picture(cls, logo: bytes | None) -> bytes | None:
        if logo is None:
            return None
        if not logo.startswith((_PNG, _JPEG)):
            raise ValueError("the logo must be a PNG or JPEG picture")
        if len(logo) > MAX_LOGO_BYTES:
            raise ValueError(f"the logo is larger than {MAX_LOGO_BYTES // 1024} KB; use a smaller picture")
        return logo

    @field_serializer("logo", when_used="json")
    def _logo_as_text(self, logo: bytes | None) -> str | None:
        return None if logo is None else base64.b64encode(logo).decode("ascii")

    @property
    def fever_threshold_f(self) -> float:
        return celsius_to_fahrenheit(self.fever_threshold_c)
