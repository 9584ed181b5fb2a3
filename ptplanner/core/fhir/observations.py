"""Outcome scores, the daily pain the log records and weekly adherence, as Observations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ptplanner.core.adherence import AdherenceEntry, Measure, OutcomeScore
from ptplanner.core.fhir import codes
from ptplanner.core.fhir.ids import Ids
from ptplanner.core.fhir.text import day, fhir_text
from ptplanner.core.progress.figures import WeekFigures
from ptplanner.core.progress.pain import Site, pain_before

_MEASURES = {Measure.PAIN_NRS: codes.PAIN_NRS, Measure.ODI: codes.ODI, Measure.PSFS: codes.PSFS}
_ITEM_CODES = {Measure.ODI: codes.ODI_ITEM, Measure.PSFS: codes.PSFS_ACTIVITY}
_SITES = {Site.BACK: codes.LOWER_BACK, Site.LEG: codes.LOWER_LIMB}


def outcome_observations(
    outcomes: Sequence[OutcomeScore], subject: dict[str, Any], ids: Ids
) -> list[dict[str, Any]]:
    """One Observation a score, oldest first: pain NRS (LOINC 72514-3), ODI (LOINC 97909-6), PSFS
    (ptplanner's code; no LOINC code exists), the PSFS activities and ODI items as components."""
    return [_outcome(score, subject, ids) for score in sorted(outcomes, key=lambda s: (s.day, s.id))]


def _outcome(score: OutcomeScore, subject: dict[str, Any], ids: Ids) -> dict[str, Any]:
    item_code = _ITEM_CODES.get(score.measure)
    components = [
        {
            "code": {"coding": [codes.coding(*item_code)], "text": fhir_text(item.label) or f"Item {number}"},
            "valueQuantity": {"value": item.score, **codes.SCORE_UNIT},
        }
        for number, item in enumerate(score.items, start=1)
    ] if item_code else []
    unit = codes.PERCENT_UNIT if score.measure is Measure.ODI else codes.SCORE_UNIT
    return {
        **_observation(ids.of("outcome", score.id), _MEASURES[score.measure], codes.SURVEY, subject),
        "identifier": [{"system": codes.PTPLANNER_IDS, "value": score.id}],
        "effectiveDateTime": day(score.day),
        "valueQuantity": {"value": score.score, **unit},
        "note": [{"text": fhir_text(score.note)}] if fhir_text(score.note) else None,
        "component": components,
    }


def log_pain_observations(
    entries: Sequence[AdherenceEntry], subject: dict[str, Any], ids: Ids
) -> list[dict[str, Any]]:
    """Each logged day's back and leg pain (0-10), told apart by bodySite, oldest first."""
    found = []
    for entry in sorted(entries, key=lambda e: (e.day, e.id)):
        for site in Site:
            value = pain_before(entry, site)
            if value is None:
                continue
            observation_id = ids.of("log-pain", entry.id, site.value)
            found.append({
                **_observation(observation_id, codes.PAIN_NRS, codes.SURVEY, subject),
                "effectiveDateTime": day(entry.day),
                "valueQuantity": {"value": value, **codes.SCORE_UNIT},
                "bodySite": codes.concept(*_SITES[site], text=f"{site.value.capitalize()} pain"),
            })
    return found


def adherence_observations(
    weeks: Sequence[WeekFigures], plan: dict[str, Any], subject: dict[str, Any], ids: Ids, program_id: str
) -> list[dict[str, Any]]:
    """Sessions done as a percent of those prescribed, a week at a time (weeks with nothing prescribed
    are left out: there is no percent to give)."""
    found = []
    for week in weeks:
        percent = week.sessions.percent
        if percent is None:
            continue
        observation_id = ids.of("adherence", program_id, week.start)
        found.append({
            **_observation(observation_id, codes.ADHERENCE, codes.THERAPY, subject),
            "basedOn": [{"reference": f"urn:uuid:{plan['id']}"}],
            "effectivePeriod": {"start": day(week.start), "end": day(week.end)},
            "valueQuantity": {"value": round(percent, 1), **codes.PERCENT_UNIT},
            "component": [
                _count("sessions-done", "Sessions done", week.sessions.done),
                _count("sessions-prescribed", "Sessions prescribed", week.sessions.prescribed),
            ],
        })
    return found


def _count(code: str, display: str, value: float) -> dict[str, Any]:
    return {
        "code": {"coding": [codes.coding(codes.PTPLANNER_CODES, code, display)], "text": display},
        "valueQuantity": {"value": round(value, 2), **codes.SESSIONS_UNIT},
    }


def _observation(
    observation_id: str, code: tuple[str, str, str], category: tuple[str, str, str], subject: dict[str, Any]
) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": observation_id,
        "status": "final",
        "category": [codes.concept(*category)],
        "code": codes.concept(*code),
        "subject": subject,
    }

