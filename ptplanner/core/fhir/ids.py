"""Resource ids and references. Each resource's id is a UUID derived from the ptplanner ids it stands for,
so exporting the same record twice gives the same ids, and any ptplanner id (whatever characters an
imported record brought) becomes a valid FHIR id. Inside the Bundle every reference is the target's
fullUrl, `urn:uuid:<id>`, as FHIR's rules for resolving references in a Bundle expect."""

from __future__ import annotations

import uuid
from typing import Any

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:ptplanner:fhir")


class Ids:
    """Ids for one patient's resources: the patient's id is part of every one, so two patients never share."""

    def __init__(self, patient_id: str) -> None:
        self._patient_id = patient_id

    def of(self, kind: str, *parts: object) -> str:
        key = "/".join([self._patient_id, kind, *(str(part) for part in parts)])
        return str(uuid.uuid5(_NAMESPACE, key))


def full_url(resource_id: str) -> str:
    return f"urn:uuid:{resource_id}"


def reference(resource: dict[str, Any], display: str | None = None) -> dict[str, str]:
    """A reference to a resource in the same Bundle."""
    ref = {"reference": full_url(resource["id"])}
    if display:
        ref["display"] = display
    return ref
