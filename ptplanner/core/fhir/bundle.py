"""Everything the export holds, gathered into one Bundle of type `collection`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.fhir import codes
from ptplanner.core.fhir.careplan import PlanContext, program_resources
from ptplanner.core.fhir.ids import Ids, full_url, reference
from ptplanner.core.fhir.observations import (
    adherence_observations,
    log_pain_observations,
    outcome_observations,
)
from ptplanner.core.fhir.patient import author_of, patient_resource, precaution_flags, procedure_resource
from ptplanner.core.fhir.report import report_resource
from ptplanner.core.fhir.text import instant, pruned
from ptplanner.core.patient import Patient, Unit
from ptplanner.core.program import Program
from ptplanner.core.progress.figures import WeekFigures


@dataclass(frozen=True)
class ProgramExport:
    program: Program
    followed: bool  # the program the patient follows now
    weeks: tuple[WeekFigures, ...] = ()  # its log's weeks, oldest first (adherence)


@dataclass(frozen=True)
class ReportPdf:
    pdf: bytes
    program_id: str  # the program it reports on
    made_on: date


@dataclass(frozen=True)
class FhirInputs:
    patient: Patient
    programs: tuple[ProgramExport, ...]
    entries: tuple[AdherenceEntry, ...]  # the log of every program
    outcomes: tuple[OutcomeScore, ...]
    patient_system: str  # the URI of the clinic's patient ids
    exported_at: datetime  # with its time zone
    today: date  # the clinic's day, for what is current, past and coming
    report: ReportPdf | None = None
    weight_unit: Unit = Unit.LB  # the clinic's, for lifting limits written out in words


def build_bundle(inputs: FhirInputs) -> dict[str, Any]:
    """The Bundle: Patient, Procedure, precaution Flags, then each program's CarePlan with its Goals,
    ServiceRequests and stage Flags, then Observations and the DiagnosticReport."""
    patient, ids = inputs.patient, Ids(inputs.patient.id)
    person = patient_resource(patient, ids, inputs.patient_system)
    subject = reference(person)
    author = author_of(patient)
    procedure = procedure_resource(patient, subject, ids, inputs.today)
    flags = precaution_flags(patient, subject, ids, inputs.today, author, inputs.weight_unit)
    context = PlanContext(patient, subject, ids, author, flags)
    plans: dict[str, dict[str, Any]] = {}
    program_parts: list[dict[str, Any]] = []
    adherence: list[dict[str, Any]] = []
    for export in inputs.programs:
        made = program_resources(export.program, export.followed, context)
        plans[export.program.id] = made[0]
        program_parts += made
        adherence += adherence_observations(export.weeks, made[0], subject, ids, export.program.id)
    outcomes = outcome_observations(inputs.outcomes, subject, ids)
    pain = log_pain_observations(inputs.entries, subject, ids)
    resources = [person, *([procedure] if procedure else []), *flags, *program_parts]
    resources += [*outcomes, *pain, *adherence]
    report = inputs.report
    if report is not None and report.program_id in plans:
        scored = zip(outcomes, _by_day(inputs.outcomes), strict=True)
        shown = [observation for observation, score in scored if score.day <= report.made_on]
        resources.append(
            report_resource(report.pdf, report.made_on, plans[report.program_id], shown, subject, author, ids)
        )
    bundle_id = ids.of("bundle", inputs.exported_at.isoformat())
    return pruned({
        "resourceType": "Bundle",
        "id": bundle_id,
        "meta": {"lastUpdated": instant(inputs.exported_at)},
        "identifier": {"system": codes.PTPLANNER_IDS, "value": bundle_id},
        "type": "collection",
        "timestamp": instant(inputs.exported_at),
        "entry": [{"fullUrl": full_url(resource["id"]), "resource": resource} for resource in resources],
    })


def bundle_json(bundle: dict[str, Any]) -> str:
    """Stable text, UTF-8 as written (names in any script stay readable)."""
    return json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"


def _by_day(outcomes: tuple[OutcomeScore, ...]) -> list[OutcomeScore]:
    """The scores in the order outcome_observations puts them."""
    return sorted(outcomes, key=lambda s: (s.day, s.id))

