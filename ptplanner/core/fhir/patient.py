"""The Patient, their surgery as a Procedure, and their own dated precautions as Flags."""

from __future__ import annotations

from datetime import date
from typing import Any

from ptplanner.core.dates import US_WORDS
from ptplanner.core.fhir import codes
from ptplanner.core.fhir.ids import Ids
from ptplanner.core.fhir.text import day, fhir_text
from ptplanner.core.handout_text import precaution_sentence
from ptplanner.core.patient import Patient, Precaution, Unit

# Words in a procedure's description that say it was a fusion (PLIF, TLIF, ALIF, XLIF, OLIF are fusions).
_FUSION_WORDS = ("fusion", "arthrodesis", "plif", "tlif", "alif", "xlif", "olif", "llif")


def patient_resource(patient: Patient, ids: Ids, system: str) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": ids.of("patient"),
        "identifier": [{"use": "usual", "system": system, "value": patient.id}],
        "name": [{"text": fhir_text(patient.name)}],
        "birthDate": day(patient.date_of_birth),
    }


def procedure_resource(
    patient: Patient, subject: dict[str, Any], ids: Ids, today: date
) -> dict[str, Any] | None:
    """The surgery: its date, the fused levels and the procedure (approach included) as typed; None when
    the record says nothing about a surgery."""
    described = patient.procedure.strip()
    if patient.surgery_date is None and not described and not patient.fused_levels:
        return None
    is_fusion = bool(patient.fused_levels) or any(word in described.lower() for word in _FUSION_WORDS)
    named = fhir_text(patient.procedure) or ("Spinal fusion" if is_fusion else "Surgery")
    code: dict[str, Any] = {"text": named}
    if is_fusion:
        code["coding"] = [codes.coding(*codes.SPINAL_FUSION)]
    if patient.surgery_date is None:
        status = "unknown"
    else:
        status = "completed" if patient.surgery_date <= today else "preparation"
    levels, surgeon = ", ".join(patient.fused_levels), fhir_text(patient.surgeon)
    return {
        "resourceType": "Procedure",
        "id": ids.of("procedure"),
        "status": status,
        "code": code,
        "subject": subject,
        "performedDateTime": day(patient.surgery_date) if patient.surgery_date else None,
        "bodySite": [{"text": f"Fused levels: {levels}"}] if levels else None,
        "performer": [{"actor": {"display": surgeon}}] if surgeon else None,
    }


def precaution_flags(
    patient: Patient, subject: dict[str, Any], ids: Ids, today: date, author: dict[str, Any] | None,
    weight: Unit = Unit.LB,
) -> list[dict[str, Any]]:
    """One Flag a precaution of the patient's own: the rule in plain words, its end date in `period`."""
    return [
        flag(ids.of("precaution", index), precaution_sentence(p, US_WORDS, weight), _period(patient, p),
              p.applies_on(today), subject, author)
        for index, p in enumerate(patient.precautions)
    ]


def flag(
    flag_id: str, text: str, period: dict[str, str] | None, active: bool, subject: dict[str, Any],
    author: dict[str, Any] | None,
) -> dict[str, Any]:
    """A restriction in plain words, for `period`; a program stage's general limits are Flags too."""
    return {
        "resourceType": "Flag",
        "id": flag_id,
        "status": "active" if active else "inactive",
        "category": [codes.concept(*codes.SAFETY)],
        "code": {"coding": [codes.coding(*codes.PRECAUTION)], "text": fhir_text(text) or codes.PRECAUTION[2]},
        "subject": subject,
        "period": period,
        "author": author,
    }


def _period(patient: Patient, precaution: Precaution) -> dict[str, str] | None:
    """From the surgery (when known and not after the end) until the precaution's end date."""
    start = patient.surgery_date
    if start is not None and precaution.until is not None and start > precaution.until:
        start = None
    period = {"start": start, "end": precaution.until}
    return {key: day(value) for key, value in period.items() if value} or None


def author_of(patient: Patient) -> dict[str, Any] | None:
    """The therapist, named only: ptplanner keeps no practitioner record to point at."""
    name = fhir_text(patient.therapist)
    return {"display": name} if name else None

