"""Turning the core model's validation errors into one plain message per form field."""

from __future__ import annotations

from collections.abc import Collection

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from ptplanner.core.validation_words import problem_sentence

GENERAL = ""  # the key of problems no single field owns


def field_messages(error: ValidationError, fields: Collection[str]) -> dict[str, str]:
    """The first problem of each field, keyed like the form ('name', 'steps', 'dosage.reps', 'dosage')."""
    messages: dict[str, str] = {}
    for detail in error.errors(include_url=False):
        key, line = _field_of(tuple(detail["loc"]), fields)
        text = _plain(detail, named=key == GENERAL)
        if line is not None:
            text = QCoreApplication.translate("Validation", "Line {number}: {problem}").format(
                number=line + 1, problem=text
            )
        messages.setdefault(key, text)
    return messages


def _field_of(location: tuple[str | int, ...], fields: Collection[str]) -> tuple[str, int | None]:
    if not location:
        return GENERAL, None
    head = str(location[0])
    if head == "translations" and len(location) > 2:  # ('translations', 'es', 'steps', 2)
        nested = f"translations.{location[1]}.{location[2]}"
        line = location[3] if len(location) > 3 and isinstance(location[3], int) else None
        return (nested if nested in fields else GENERAL), line
    if head == "dosage":
        nested = f"dosage.{location[1]}" if len(location) > 1 else "dosage"
        return (nested if nested in fields else "dosage"), None
    line = location[1] if len(location) > 1 and isinstance(location[1], int) else None
    return (head if head in fields else GENERAL), line


def _plain(detail, named: bool) -> str:
    kind = detail["type"]
    context = detail.get("ctx", {})
    if kind in ("missing", "string_too_short"):
        return QCoreApplication.translate("Validation", "Required.")
    if kind == "too_short":
        return QCoreApplication.translate("Validation", "Choose or enter at least one.")
    if kind == "too_long":
        return QCoreApplication.translate("Validation", "At most {count} entries.").format(
            count=context.get("max_length")
        )
    if kind == "string_too_long":
        return QCoreApplication.translate("Validation", "At most {count} characters.").format(
            count=context.get("max_length")
        )
    return problem_sentence(detail, named)  # pydantic's English words, or the catalog's in Spanish
