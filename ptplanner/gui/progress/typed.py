"""Reading numbers the therapist types, and the refusal that says in plain words why one was not taken."""

from __future__ import annotations

import re

MAX_QUOTED = 20  # characters of a refused value quoted back
_NUMBER = re.compile(r"\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*")


class Refused(ValueError):
    """A value that is not taken; str() is the sentence shown to the therapist."""


def read_number(typed: object, low: float, high: float, what: str, whole: bool = True) -> float | None:
    """The number typed (None when blank); Refused when it is not one from `low` to `high`."""
    if isinstance(typed, int) and not isinstance(typed, bool):
        typed = str(typed)
    text = str(typed)
    if not text.strip():
        return None
    match = _NUMBER.fullmatch(text)
    value = float(f"{match.group(1)}.{match.group(2) or 0}") if match else None
    if value is None or (whole and match and match.group(2)) or not low <= value <= high:
        kind = "a whole number" if whole else "a number"
        raise Refused(f"{what} is {kind} from {low:g} to {high:g}, not {quoted(text)}.")
    return value


def quoted(typed: object) -> str:
    text = str(typed).strip()
    return f"\u201c{text if len(text) <= MAX_QUOTED else text[: MAX_QUOTED - 1] + '…'}\u201d"
