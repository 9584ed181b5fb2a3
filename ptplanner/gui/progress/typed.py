"""Reading numbers the therapist types, and the refusal that says in plain words why one was not taken."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

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
        if whole:
            refusal = QCoreApplication.translate(
                "Typed", "{what} is a whole number from {low} to {high}, not {typed}."
            )
        else:
            refusal = QCoreApplication.translate(
                "Typed", "{what} is a number from {low} to {high}, not {typed}."
            )
        raise Refused(refusal.format(what=what, low=f"{low:g}", high=f"{high:g}", typed=quoted(text)))
    return value


def grouped(number: int) -> str:
    """A count with the language's thousands separator: 10,000 in English, 10 000 in Spanish."""
    separator = QCoreApplication.translate("Typed", ",", "the thousands separator in a count such as 10,000")
    return f"{number:,}".replace(",", separator)


def quoted(typed: object) -> str:
    text = str(typed).strip()
    return f"\u201c{text if len(text) <= MAX_QUOTED else text[: MAX_QUOTED - 1] + '…'}\u201d"
