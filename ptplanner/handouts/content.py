"""What one handout is about: the patient, one stage of their program, and the clinic."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.handout_text import StageTiming, stage_dates, stage_timing
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program, Stage
from ptplanner.core.walking_program import program_on


class HandoutError(ValueError):
    """The handout cannot be printed as asked; the message says why and what to do."""


@dataclass(frozen=True)
class HandoutContent:
    patient: Patient
    program: Program
    clinic: ClinicSettings
    stage_index: int
    in_english: frozenset[str] = field(default=frozenset())  # items with no text in the handout's language

    @classmethod
    def of(
        cls,
        patient: Patient,
        program: Program,
        clinic: ClinicSettings,
        stage_index: int | None,
        today: date | None = None,
    ) -> HandoutContent:
        """With `today`, each walking item's dose is its plan's week in force that day (see
        core.walking_program), so the dose box and the walking table print the same minutes."""
        if program.patient_id != patient.id:
            raise HandoutError("This program belongs to another patient.")
        index = stage_to_print(program, stage_index)
        stage = program.stages[index]
        if not stage.items and stage.walking is None:
            raise HandoutError(
                f"Stage {index + 1} ({stage.name}) has no exercises yet. Add some, then print."
            )
        if today is not None:
            program = program_on(program, patient.surgery_date, today)
        return cls(patient, program, clinic, index)

    @property
    def stage(self) -> Stage:
        return self.program.stages[self.stage_index]

    def stage_dates(self) -> tuple[date, date | None] | None:
        return stage_dates(self.stage, self.patient.surgery_date)

    @property
    def timing(self) -> StageTiming:
        return stage_timing(self.program, self.stage_index)

    def limits_day(self, today: date) -> date:
        """The day whose limits the handout prints: today, or a coming stage's first day."""
        dates = self.stage_dates()
        if self.timing is StageTiming.COMING and dates is not None and dates[0] > today:
            return dates[0]
        return today


def stage_to_print(program: Program, stage_index: int | None) -> int:
    """The index of the stage to print (None: the current one); HandoutError if there is no such stage."""
    count = len(program.stages)
    if not count:
        raise HandoutError("The program has no stages yet. Add a stage with exercises, then print.")
    index = program.current_stage_index() if stage_index is None else stage_index
    if not 0 <= index < count:
        choose = "Choose stage 1." if count == 1 else f"Choose a stage from 1 to {count}."
        raise HandoutError(
            f"The program has {count} stage{'s' * (count != 1)}; there is no stage {index + 1}. {choose}"
        )
    return index
