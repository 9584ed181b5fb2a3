"""A patient at a glance: the figures the patient list and `ptplanner patients` show."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ptplanner.core.patient import Patient
from ptplanner.core.program import Program


def current_program(programs: Iterable[Program]) -> Program | None:
    """The patient's newest program (the one being followed)."""
    return max(programs, key=lambda p: (p.created_on, p.version), default=None)


@dataclass(frozen=True)
class PatientSummary:
    patient_id: str
    name: str
    week: int | None
    stage: str


def stage_label(program: Program | None) -> str:
    if program is None or not program.stages:
        return "no program yet"
    index = program.current_stage_index() or 0
    return f"{index + 1} of {len(program.stages)}: {program.stages[index].name}"


def summarize(patient: Patient, programs: Iterable[Program], today: date) -> PatientSummary:
    return PatientSummary(
        patient.id, patient.name, patient.week_after_surgery(today), stage_label(current_program(programs))
    )
