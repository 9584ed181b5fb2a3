"""Everything a progress report is built from, gathered in one place for the command line, the app and the
tests alike, and the audit row of a report printed."""

from __future__ import annotations

from datetime import date

from ptplanner.app.clinic import Clinic
from ptplanner.core.roles import Action
from ptplanner.core.summary import current_program
from ptplanner.handouts.report import ReportInputs


class NoProgramError(Exception):
    """The patient has no program, so there is no progress to report."""


def gather_report_inputs(clinic: Clinic, patient_id: str, program_id: str | None, today: date) -> ReportInputs:
    """The patient, the program as last saved (None: the patient's current program), its log, the patient's
    outcome scores, the clinic's rules and settings, all as stored now."""
    if program_id is None:
        program = current_program(clinic.programs_for(patient_id))
        if program is None:
            raise NoProgramError("This patient has no program yet, so there is no progress to report.")
    else:
        program = clinic.get_program(program_id)
    log = clinic.progress_log(patient_id, program)
    return ReportInputs(
        patient=clinic.get_patient(patient_id),
        program=program,
        entries=log.entries,
        outcomes=log.outcomes,
        rules=log.rules,
        clinic=clinic.clinic_settings(),
        today=today,
        history=log.history,
        discharged_on=log.discharged_on,
    )


def record_report(clinic: Clinic, inputs: ReportInputs) -> None:
    """The report was printed or saved: one audit row (ids only; the report is health data)."""
    clinic.require(Action.VIEW_CLINICAL)
    details = {"document": "progress report", "program_id": inputs.program.id, "version": inputs.program.version}
    clinic.record_event("print", inputs.patient.id, details)
