"""A program save refused because another workstation saved it first: what changed there.

To keep this workstation's version anyway, save it with the version stored now (`saved.version`): it
becomes the next version, and the other one stays in the program's history."""

from __future__ import annotations

from dataclasses import dataclass

from ptplanner.app.clinic import Clinic
from ptplanner.core.program import Program
from ptplanner.core.program_changes import program_changes
from ptplanner.core.roles import Action


@dataclass(frozen=True)
class ProgramConflict:
    started_from: int  # the version the window's edits started from
    saved: Program  # the version stored now, saved elsewhere
    changes: list[str]  # what was changed elsewhere, from `started_from` to `saved`, in short lines


def program_conflict(clinic: Clinic, mine: Program) -> ProgramConflict | None:
    """What the other workstation changed, or None when `mine` is no longer overtaken (or not this
    patient's program: that refusal is not a conflict to resolve)."""
    clinic.require(Action.VIEW_CLINICAL)
    store = clinic.workspace.store
    saved = store.get_program(mine.id)
    if saved.version <= mine.version or saved.patient_id != mine.patient_id:
        return None
    if mine.version == 0:
        return ProgramConflict(0, saved, ["Saved for the first time on another workstation"])
    return ProgramConflict(mine.version, saved, program_changes(store.program_version(mine.id, mine.version), saved))

