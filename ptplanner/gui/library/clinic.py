"""The clinic's own exercises: drafts for the edit dialog, new ids, and the library they make.

Plain Python (no Qt), so the rules are easy to read and test.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from typing import Any

from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.library import Library
from ptplanner.core.problems import Problem
from ptplanner.core.vocabulary import Category, Position

Draft = dict[str, Any]

ID_PREFIX = "clinic-"
_MAX_SLUG = 48  # leaves room for the prefix and a "-NNNN" suffix within the 64-character id limit


def blank_draft() -> Draft:
    """A new exercise as the dialog first shows it: the required choices preset, the text empty."""
    return {
        "id": None,
        "name": "",
        "summary": "",
        "category": Category.HIP_STRENGTHENING,
        "regions": (),
        "position": Position.HOOK_LYING,
        "steps": (),
        "stop_if": "Stop if your pain gets worse or you feel new pain or tingling in a leg.",
        "earliest_stage": 1,
        "dosage": {"reps": 10, "times_per_day": 1, "days_per_week": 7},
        "origin": Origin.CLINIC,
    }


def duplicate_draft(exercise: Exercise) -> Draft:
    """A copy the clinic can edit: a new id is chosen on saving; nothing links back to the original."""
    draft = exercise.model_dump()
    draft.update(id=None, name=f"{exercise.name} (copy)", origin=Origin.CLINIC, archived=False)
    return draft


def edit_draft(exercise: Exercise) -> Draft:
    if exercise.origin is not Origin.CLINIC:
        raise ValueError(
            f"“{exercise.name}” comes with ptplanner and cannot be changed; duplicate it instead."
        )
    return exercise.model_dump()


def new_clinic_id(name: str, taken: Collection[str]) -> str:
    """A readable id made from the name ("Wall sit" -> "clinic-wall-sit"), unique among `taken`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:_MAX_SLUG].strip("-")
    base = ID_PREFIX + (slug or "exercise")
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def with_clinic_exercises(
    library: Library, clinic: Iterable[Exercise], problems: Iterable[Problem] = ()
) -> Library:
    """`library`'s bundled exercises plus the clinic's exercises as stored now, and the problems met reading
    them: its only problems (the bundled files were checked on loading)."""
    bundled = {i: e for i, e in library.exercises.items() if e.origin is Origin.BUNDLED}
    return Library(bundled).merged_with(clinic, problems)
