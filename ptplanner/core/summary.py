"""A patient at a glance: which program they follow and the stage they are at."""

from __future__ import annotations

from collections.abc import Iterable

from ptplanner.core.program import Program


def current_program(programs: Iterable[Program]) -> Program | None:
    """The patient's newest program (the one being followed); of two made the same day, the one saved
    more often, then the larger id, so every reader picks the same one (storage/summaries.py too)."""
    return max(programs, key=lambda p: (p.created_on, p.version, p.id), default=None)


def stage_label(program: Program | None) -> str:
    if program is None or not program.stages:
        return "no program yet"
    index = program.current_stage_index() or 0
    return f"{index + 1} of {len(program.stages)}: {program.stages[index].name}"

