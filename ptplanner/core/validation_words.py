"""pydantic's refusals in the therapist's language: the common kinds (missing, too long, out of range, not
a number, not a date) as the clinic catalog's sentences, naming the field as the form or file shows it.

In English the words stay pydantic's own ("String should have at most 200 characters"), as the command line
and its tests read them; in another language pydantic's English would show, so each kind gets a sentence of
core/spanish_clinic.py, and the core's own validator messages (marked with `clinic_word` where they are
raised) are said again in that language, their numbers included.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ptplanner.core.language import Language, clinic_word, current_language, number, tr_clinic
from ptplanner.core.model import UNSTORABLE
from ptplanner.core.safe_text import control_character, tidy_typed

# The fields' names as a form or a patient file shows them (the last name of the error's location)
FIELD_NAMES = {
    "name": clinic_word("Name"),
    "date_of_birth": clinic_word("Date of birth"),
    "surgery_date": clinic_word("Surgery date"),
    "procedure": clinic_word("Procedure"),
    "fused_levels": clinic_word("Fused levels"),
    "therapist": clinic_word("Therapist"),
    "surgeon": clinic_word("Surgeon"),
    "surgeon_phone": clinic_word("Surgeon's phone"),
    "notes": clinic_word("Notes"),
    "assessment": clinic_word("Assessment and plan"),
    "note": clinic_word("Note"),
    "limit": clinic_word("Limit"),
    "until": clinic_word("Until"),
    "summary": clinic_word("Summary"),
    "steps": clinic_word("Steps"),
    "cues": clinic_word("Tips"),
    "stop_if": clinic_word("Stop if"),
    "precautions": clinic_word("Precautions"),
    "reps": clinic_word("Reps"),
    "sets": clinic_word("Sets"),
    "hold_seconds": clinic_word("Hold (seconds)"),
    "earliest_stage": clinic_word("Earliest stage"),
}
# The core's validator messages with a number in them, as raised (patient.py, walking.py)
_FILLED = (
    clinic_word("limit must be between {low} and {high} {unit}"),
    clinic_word("'{level}' is not a level such as L4-L5 or L5-S1"),
    clinic_word("'{level}' is upside down: write the upper level first, e.g. L4-L5"),
    clinic_word("the target needs more than {count} walks a day; allow longer walks or lower the target"),
    UNSTORABLE,
)
# pydantic's own refusal of a lone surrogate in a text with a length limit, which it measures first
UNSTORABLE_UNNAMED = clinic_word("contains a character that cannot be stored")
_NUMBER_KINDS = ("int_parsing", "int_type", "int_from_float", "float_parsing", "float_type", "decimal_parsing")
_DATE_KINDS = ("date_parsing", "date_type", "date_from_datetime_parsing", "date_from_datetime_inexact",
)


def field_name(location: tuple[str | int, ...]) -> str:
    """The field's shown name: the last name of `location` the catalog knows, in the current language."""
    for part in reversed(location):
        if isinstance(part, str):
            return tr_clinic(FIELD_NAMES[part]) if part in FIELD_NAMES else part.replace("_", " ").capitalize()
    return ""


def problem_sentence(detail: Mapping[str, Any], named: bool = True) -> str:
    """One pydantic error as a sentence; `named`: starting with the field's shown name. In English:
    pydantic's own words (the validators' without their "Value error, ")."""
    message = str(detail["msg"]).removeprefix("Value error, ")
    if detail["type"] == "string_unicode":
        message = UNSTORABLE_UNNAMED
    if current_language() is Language.ENGLISH:
        message = message[:1].upper() + message[1:]
        return message if message.endswith(".") else message + "."
    said = _kind_words(str(detail["type"]), detail.get("ctx") or {}, message)
    if not named or not (field := field_name(tuple(detail.get("loc") or ()))):
        return said[:1].upper() + said[1:]
    return f"{field}: {said}"


def control_character_problem(typed: str) -> str | None:
    """Why a one-line field (a name) refuses what was typed: a control character left once tidy_typed
    has made its tabs and line breaks spaces (core/safe_text.py); None when there is none."""
    if found := control_character(tidy_typed(typed)):
        said = tr_clinic("Holds a control character ({code}), which cannot be printed; type it again.")
        return said.format(code=found)
    return None


def said_again(message: str) -> str:
    """A validator's message of the core in the current language (as written when the catalog lacks it)."""
    translated = tr_clinic(message)
    if translated != message or current_language() is Language.ENGLISH:
        return translated
    for english in _FILLED:
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(english))
        if found := re.fullmatch(pattern, message):
            return tr_clinic(english).format(**found.groupdict())
    return message


def _kind_words(kind: str, context: Mapping[str, Any], message: str) -> str:
    if kind in ("missing", "string_too_short") and context.get("min_length", 1) == 1:
        return tr_clinic("required.")
    if kind == "string_too_long":
        return tr_clinic("at most {count} characters.").format(count=_count(context.get("max_length")))
    if kind == "too_long":
        return tr_clinic("at most {count} entries.").format(count=_count(context.get("max_length")))
    if kind in ("too_short", "string_too_short"):
        return tr_clinic("at least {count}.").format(count=_count(context.get("min_length")))
    bounds = {
        "greater_than_equal": clinic_word("must be {limit} or more."),
        "less_than_equal": clinic_word("must be {limit} or less."),
        "greater_than": clinic_word("must be more than {limit}."),
        "less_than": clinic_word("must be less than {limit}."),
    }
    if kind in bounds:
        limit = next(iter(context.values()), "")
        return tr_clinic(bounds[kind]).format(limit=_count(limit))
    if kind in _NUMBER_KINDS:
        return tr_clinic("not a number.")
    if kind in _DATE_KINDS:
        return tr_clinic("not a date; write it as year-month-day, for example 2026-03-01.")
    if kind == "enum":
        return tr_clinic("not one of the choices.")
    if kind == "string_type":
        return tr_clinic("not text.")
    if kind in ("value_error", "string_unicode"):
        said = said_again(message)
        return said if said.endswith(".") else said + "."
    return message if message.endswith(".") else message + "."


def _count(value: object) -> str:
    """A number as the language writes it (10.000 and 4,5 in Spanish); anything else as it is."""
    return number(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)
