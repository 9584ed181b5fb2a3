"""Exporting a patient for a hospital's record system as an HL7 FHIR R4 Bundle (ptplanner/core/fhir),
from the record as stored: read in one audited export, like the JSON export, then mapped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ptplanner.app.clinic import Clinic
from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.discharge import progress_end
from ptplanner.core.exchange import PatientRecord
from ptplanner.core.fhir import FhirInputs, ProgramExport, ReportPdf, build_bundle, bundle_json
from ptplanner.core.fhir.codes import DEFAULT_PATIENT_SYSTEM
from ptplanner.core.language import Language, speaking
from ptplanner.core.program import Program
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress.log import Prescribed
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.summary import current_program
from ptplanner.handouts.report import ReportInputs, build_report
from ptplanner.safe_write import write_private_text

FORMAT = "fhir"


@dataclass(frozen=True)
class FhirExport:
    patient_name: str
    resources: int  # entries in the Bundle
    text: str  # the Bundle as JSON


def fhir_export(clinic: Clinic, patient_id: str, today: date, now: datetime | None = None) -> FhirExport:
    """The patient's Bundle: their programs, scores, log pain, weekly adherence and a progress report on
    the program they follow, made now as `ptplanner report` would make it: in English, as the command line
    writes it, whatever language the app speaks."""
    with speaking(Language.ENGLISH):
        return _fhir_export(clinic, patient_id, today, now)


def _fhir_export(clinic: Clinic, patient_id: str, today: date, now: datetime | None) -> FhirExport:
    record = clinic.export_patient(patient_id, file_format=FORMAT)
    rules, settings = clinic.progress_rules(), clinic.clinic_settings()
    followed = current_program(record.programs)
    discharge = clinic.discharge_of(patient_id)
    left = None if discharge is None else discharge.on  # their figures end then, as on the page
    programs, report = [], None
    for program in sorted(record.programs, key=lambda p: (p.created_on, p.id)):
        history = clinic.prescriptions(program.id)
        entries = [e for e in record.adherence if e.program_id == program.id]
        end = progress_end(today, left, (entry.day for entry in entries))
        figures = progress_figures(program, entries, record.outcomes, rules, end, history)
        programs.append(ProgramExport(program, program is followed, figures.weeks))
        if program is followed and program.version > 0:
            report = _report(record, program, entries, rules, settings, today, history, left)
    inputs = FhirInputs(
        patient=record.patient,
        programs=tuple(programs),
        entries=record.adherence,
        outcomes=record.outcomes,
        patient_system=settings.patient_id_system or DEFAULT_PATIENT_SYSTEM,
        exported_at=now or datetime.now(UTC),
        today=today,
        report=report,
        weight_unit=settings.weight_unit,
    )
    bundle = build_bundle(inputs)
    return FhirExport(record.patient.name, len(bundle["entry"]), bundle_json(bundle))


def write_fhir_export(clinic: Clinic, patient_id: str, out: Path, today: date) -> FhirExport:
    """Write the Bundle to `out`, readable by the user only, all or nothing."""
    export = fhir_export(clinic, patient_id, today)
    write_private_text(out, export.text)
    return export


def _report(
    record: PatientRecord, program: Program, entries: list[AdherenceEntry], rules: ProgressRules,
    clinic: ClinicSettings, today: date, history: list[Prescribed], discharged_on: date | None,
) -> ReportPdf:
    inputs = ReportInputs(
        record.patient, program, entries, record.outcomes, rules, clinic, today, history, discharged_on
    )
    return ReportPdf(build_report(inputs).pdf, program.id, today)
