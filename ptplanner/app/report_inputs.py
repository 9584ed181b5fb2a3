"""Everything a progress report is built from, gathered from the store in one place for the command line,
the app and the tests alike."""

from __future__ import annotations

from datetime import date

from ptplanner.core.summary import current_program
from ptplanner.handouts.report import ReportInputs
from ptplanner.storage.clinic_settings import load_clinic_settings
from ptplanner.storage.progress_settings import load_rules
from ptplanner.storage.store import Store


class NoProgramError(Exception):
    """The patient has no program, so there is no progress to report."""


def gather_report_inputs(store: Store, patient_id: str, program_id: str | None, today: date) -> ReportInputs:
    """The patient, the program as last saved (None: the patient's current program), its log, the patient's
    outcome scores, the clinic's rules and settings, all as stored now."""
    if program_id is None:
        program = current_program(store.programs_for(patient_id))
        if program is None:
            raise NoProgramError("This patient has no program yet, so there is no progress to report.")
    else:
        program = store.get_program(program_id)
    return ReportInputs(
        patient=store.get_patient(patient_id),
        program=program,
        entries=store.entries_for(program.id),
        outcomes=store.outcomes_for(patient_id),
        rules=load_rules(store),
        clinic=load_clinic_settings(store),
        today=today,
        history=store.prescriptions(program.id),
    )
