"""Sorting people's and exercises' names the way people expect."""

from __future__ import annotations

import unicodedata


def name_order(name: str) -> tuple[str, str]:
    """Sort key: case and accents ignored ("Ádám" before "alice"), then case-folded to break ties."""
    folded = name.casefold()
    if folded.isascii():  # most names: nothing to strip, and 10,000 of them sort in milliseconds
        return folded, folded
    plain = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return plain, folded


SEARCH_SEPARATOR = "\x1f"  # between the fields of a search text: no one types it, so no match spans two


def search_text(*fields: str) -> str:
    """What a search matches against: the fields without case or accents, as names are sorted."""
    return SEARCH_SEPARATOR.join(name_order(field)[0] for field in fields)


def search_needle(text: str) -> str:
    """What was typed, as search_text holds it (no separator, so it stays within one field)."""
    return name_order(text.strip().replace(SEARCH_SEPARATOR, ""))[0]
