"""The progress report as a DiagnosticReport with its PDF in `presentedForm`."""

from __future__ import annotations

import base64
from datetime import date
from typing import Any

from ptplanner.core.fhir import codes
from ptplanner.core.fhir.ids import Ids, reference
from ptplanner.core.fhir.text import day


def report_resource(
    pdf: bytes,
    made_on: date,
    plan: dict[str, Any],
    results: list[dict[str, Any]],
    subject: dict[str, Any],
    author: dict[str, Any] | None,
    ids: Ids,
) -> dict[str, Any]:
    """`results`: the outcome-score Observations the report shows."""
    return {
        "resourceType": "DiagnosticReport",
        "id": ids.of("progress-report", plan["id"], made_on),
        "basedOn": [reference(plan)],
        "status": "final",
        "code": codes.concept(*codes.PROGRESS_REPORT),
        "subject": subject,
        "effectiveDateTime": day(made_on),
        "performer": [author] if author else None,
        "result": [reference(result) for result in results],
        "presentedForm": [{
            "contentType": "application/pdf",
            "data": base64.b64encode(pdf).decode("ascii"),
            "title": f"Progress report, {made_on.isoformat()}",
            "creation": day(made_on),
        }],
    }
