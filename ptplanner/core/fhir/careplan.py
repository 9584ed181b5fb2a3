"""A program as a CarePlan: one Goal a stage goal, one ServiceRequest an exercise of a stage, and each
stage's general limits as Flags for the stage's weeks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ptplanner.core.fhir import codes
from ptplanner.core.fhir.dose import instruction, timing
from ptplanner.core.fhir.ids import Ids, reference
from ptplanner.core.fhir.patient import flag
from ptplanner.core.fhir.text import day, fhir_text
from ptplanner.core.handout_text import StageTiming, stage_dates, stage_timing
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program, ProgramItem, Stage

_GOAL_STATUS = {StageTiming.PAST: "completed", StageTiming.CURRENT: "active", StageTiming.COMING: "planned"}
_REQUEST_STATUS = {
    StageTiming.PAST: "completed", StageTiming.CURRENT: "active", StageTiming.COMING: "on-hold"
}


@dataclass(frozen=True)
class PlanContext:
    patient: Patient
    subject: dict[str, Any]  # the reference to the Patient
    ids: Ids
    author: dict[str, Any] | None  # the therapist
    flags: list[dict[str, Any]]  # the patient's own precautions, shown as supporting information


def program_resources(program: Program, followed: bool, context: PlanContext) -> list[dict[str, Any]]:
    """The CarePlan first, then its Goals, ServiceRequests and stage Flags. `followed`: the program the
    patient follows now (any other is an earlier one, so finished)."""
    ids = context.ids
    goals, requests, flags, activities = [], [], [], []
    for index, stage in enumerate(program.stages):
        when = stage_timing(program, index) if followed else StageTiming.PAST
        period = _stage_period(stage, context.patient)
        goals += [
            _goal(ids.of("goal", program.id, stage.id, number), text, when, period, context)
            for number, text in enumerate(stage.goals)
        ]
        for number, limit in enumerate(stage.precautions):
            flag_id = ids.of("stage-limit", program.id, stage.id, number)
            active = when is StageTiming.CURRENT
            flags.append(flag(flag_id, limit.text, period, active, context.subject, context.author))
        for item in stage.items:
            request = _service_request(program, stage, item, when, period, context)
            requests.append(request)
            activities.append({"reference": reference(request, fhir_text(item.exercise.name))})
    plan = {
        "resourceType": "CarePlan",
        "id": ids.of("careplan", program.id),
        "identifier": [{"system": codes.PTPLANNER_IDS, "value": program.id}],
        "status": "active" if followed else "completed",
        "intent": "plan",
        "category": [codes.concept(*codes.EXERCISE_THERAPY)],
        "title": fhir_text(program.title),
        "subject": context.subject,
        "period": _program_period(program, context.patient),
        "created": day(program.created_on),
        "author": context.author,
        "goal": [reference(goal) for goal in goals],
        "activity": activities,
        "supportingInfo": [reference(f) for f in (*context.flags, *flags)],
    }
    return [plan, *goals, *requests, *flags]


def _service_request(
    program: Program, stage: Stage, item: ProgramItem, when: StageTiming, period: dict[str, str] | None,
    context: PlanContext,
) -> dict[str, Any]:
    exercise = item.exercise
    named = fhir_text(exercise.name) or exercise.id
    clinical = fhir_text(exercise.clinical_name)
    return {
        "resourceType": "ServiceRequest",
        "id": context.ids.of("exercise", program.id, item.id),
        "identifier": [{"system": codes.PTPLANNER_IDS, "value": item.id}],
        "basedOn": [{"reference": f"urn:uuid:{context.ids.of('careplan', program.id)}"}],
        "status": _REQUEST_STATUS[when],
        "intent": "order",
        "category": [{"text": fhir_text(stage.name)}],
        "code": {
            "coding": [codes.coding(*codes.EXERCISE_THERAPY)],
            "text": f"{named} ({clinical})" if clinical and clinical != named else named,
        },
        "orderDetail": [{"text": f"Exercise: {exercise.id}"}],
        "subject": context.subject,
        "occurrenceTiming": timing(item.dosage, period),
        "requester": context.author,
        "patientInstruction": instruction(item.dosage, item.note),
    }


def _goal(
    goal_id: str, text: str, when: StageTiming, period: dict[str, str] | None, context: PlanContext
) -> dict[str, Any]:
    return {
        "resourceType": "Goal",
        "id": goal_id,
        "lifecycleStatus": _GOAL_STATUS[when],
        "description": {"text": fhir_text(text) or "Goal"},
        "subject": context.subject,
        "startDate": period.get("start") if period else None,
        "target": [{"dueDate": period["end"]}] if period and "end" in period else None,
        "expressedBy": context.author,
    }


def _stage_period(stage: Stage, patient: Patient) -> dict[str, str] | None:
    """The stage's weeks as dates, counted from the surgery; None without a surgery date."""
    return _period(stage_dates(stage, patient.surgery_date))


def _program_period(program: Program, patient: Patient) -> dict[str, str] | None:
    """From the first stage's first day to the last stage's end (open when it has none)."""
    if not program.stages:
        return None
    first = stage_dates(program.stages[0], patient.surgery_date)
    last = stage_dates(program.stages[-1], patient.surgery_date)
    if first is None or last is None:
        return {"start": day(program.created_on)}
    return _period((first[0], last[1]))


def _period(dates: tuple[date, date | None] | None) -> dict[str, str] | None:
    if dates is None:
        return None
    start, end = dates
    return {"start": day(start), **({"end": day(end)} if end else {})}
