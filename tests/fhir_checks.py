"""Checks of an exported FHIR Bundle shared by the core, app, command-line and GUI tests."""

from __future__ import annotations

import importlib
from typing import Any

import pytest


def resources(bundle: dict[str, Any], resource_type: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == resource_type]


def references(value: Any) -> list[str]:
    """Every `reference` anywhere in `value`."""
    if isinstance(value, dict):
        own = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return own + [ref for item in value.values() for ref in references(item)]
    if isinstance(value, list):
        return [ref for item in value for ref in references(item)]
    return []


def assert_references_resolve(bundle: dict[str, Any]) -> None:
    full_urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(full_urls) == len(set(full_urls)), "two entries share a fullUrl"
    for entry in bundle["entry"]:
        assert entry["fullUrl"] == f"urn:uuid:{entry['resource']['id']}"
    unresolved = set(references(bundle)) - set(full_urls)
    assert not unresolved, f"references to nothing in the bundle: {sorted(unresolved)[:3]}"


def assert_no_empty_values(value: Any, where: str = "bundle") -> None:
    """FHIR allows no empty string, list or object."""
    assert value not in ("", [], {}), f"empty value at {where}"
    if isinstance(value, dict):
        for key, item in value.items():
            assert_no_empty_values(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            assert_no_empty_values(item, f"{where}[{index}]")


def validate_with_fhir_resources(bundle: dict[str, Any]) -> None:
    """The Bundle and each resource in it, parsed by fhir.resources' R4B models (R4B matches R4 for every
    resource the export makes). Skipped when fhir.resources is not installed (pip install -e ".[test]")."""
    pytest.importorskip("fhir.resources", reason="a test dependency: pip install -e '.[test]'")
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(bundle)
    for entry in bundle["entry"]:
        kind = entry["resource"]["resourceType"]
        model = getattr(importlib.import_module(f"fhir.resources.R4B.{kind.lower()}"), kind)
        model.model_validate(entry["resource"])
