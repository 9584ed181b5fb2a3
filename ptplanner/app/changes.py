"""What an operation changed, so every view that shows it refreshes from one report, not by hand."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Changed(StrEnum):
    PATIENTS = "patients"  # a patient's details, or patients added, discharged, re-admitted or erased
    PROGRAM = "program"
    LOG = "log"
    OUTCOMES = "outcomes"
    DECISIONS = "decisions"
    HANDOUTS = "handouts"  # a handout printed (kept for reprints)
    LIBRARY = "library"  # the clinic's own exercises or their photos
    SETTINGS = "settings"
    TEMPLATES = "templates"  # the clinic's own program templates
    FAVOURITES = "favourites"  # the clinic's favourite exercises


@dataclass(frozen=True)
class Change:
    what: Changed
    patient_id: str | None = None  # None: not one patient's record (or every patient's)
    elsewhere: bool = False  # made by another workstation (or another program) on the same database
