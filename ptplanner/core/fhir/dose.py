"""An exercise's dose as FHIR Timing, and the rest of it (sets, reps, hold, side) in plain words."""

from __future__ import annotations

from typing import Any

from ptplanner.core.dosage import Dosage
from ptplanner.core.fhir.text import fhir_text

_DAYS_A_WEEK = {1: "1 day a week"}


def timing(dosage: Dosage, bounds: dict[str, str] | None) -> dict[str, Any]:
    """`repeat` says how often: times a day, every day; or, on fewer days, sessions a week (Timing has one
    frequency per period, so "2 times a day on 3 days a week" is 6 a week, its words in `code.text`).
    `bounds`: the stage's weeks as dates."""
    if dosage.days_per_week == 7:
        repeat = {"frequency": dosage.times_per_day, "period": 1, "periodUnit": "d"}
    else:
        repeat = {"frequency": dosage.sessions_per_week(), "period": 1, "periodUnit": "wk"}
    if bounds:
        repeat["boundsPeriod"] = bounds
    return {"repeat": repeat, "code": {"text": how_often(dosage)}}


def how_often(dosage: Dosage) -> str:
    """'2 times a day, 7 days a week'."""
    times = "1 time a day" if dosage.times_per_day == 1 else f"{dosage.times_per_day} times a day"
    days = _DAYS_A_WEEK.get(dosage.days_per_week, f"{dosage.days_per_week} days a week")
    return f"{times}, {days}"


def instruction(dosage: Dosage, item_note: str) -> str:
    """The dose as the handout says it ('2 sets of 10, hold 5 seconds, each side, twice a day'), then the
    therapist's note on this exercise for this patient."""
    parts = [dosage.describe().strip()]
    note = item_note.strip()
    if note:
        parts.append(note if note.endswith((".", "!", "?")) else f"{note}.")
    text = " ".join(p if p.endswith((".", "!", "?")) else f"{p}." for p in parts if p)
    return fhir_text(text) or how_often(dosage)
