"""Text as FHIR takes it: exactly as typed, but never empty (FHIR forbids empty strings) and without the
control characters FHIR strings may not hold (all below U+0020 but tab, line feed and carriage return),
each of which becomes U+FFFD so the reader sees that something was there."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def fhir_text(text: str | None) -> str | None:
    """The text for a FHIR string, or None when there is nothing to say."""
    if text is None or not text.strip():
        return None
    return _FORBIDDEN.sub("\ufffd", text)


def day(value: date) -> str:
    return value.isoformat()


def instant(value: datetime) -> str:
    """A FHIR instant: with seconds and a time zone (ptplanner's stamps are UTC)."""
    if value.tzinfo is None:
        raise ValueError("a FHIR instant needs a time zone")
    return value.isoformat(timespec="seconds")


def pruned(value: Any) -> Any:
    """`value` without None, empty strings, empty lists and empty objects: FHIR allows none of them."""
    if isinstance(value, dict):
        kept = {key: pruned(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in (None, "", [], {})}
    if isinstance(value, list | tuple):
        kept_items = [pruned(item) for item in value]
        return [item for item in kept_items if item not in (None, "", [], {})]
    return value
