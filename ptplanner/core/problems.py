"""Problems found while reading data files, phrased as `file: field: what is wrong`."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from ptplanner.core.language import Language, clinic_word, current_language, tr_clinic
from ptplanner.core.validation_words import problem_sentence

_MESSAGES = {
    "missing": clinic_word("missing (required)"),
    "extra_forbidden": clinic_word("unknown field"),
}
# pydantic names Python types; data files are TOML, which calls them lists and tables.
_TOML_WORDS = {
    "tuple_type": clinic_word("Input should be a list"),
    "model_type": clinic_word("Input should be a table"),
}


@dataclass(frozen=True)
class Problem:
    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


def field_path(location: tuple[str | int, ...]) -> str:
    """('steps', 2) -> 'steps[3]' (1-based, as a person counts); ('dosage', 'reps') -> 'dosage.reps'."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(whole file)"


def problems_from_validation(file: str, error: ValidationError, show_values: bool = True) -> list[Problem]:
    """One problem per pydantic error. `show_values` False leaves out the values the file held (a patient's
    details must never appear in a message)."""
    problems = []
    for detail in error.errors(include_url=False, include_input=show_values):
        ours = _MESSAGES.get(detail["type"]) or _TOML_WORDS.get(detail["type"])
        if ours:
            message = tr_clinic(ours)
        elif current_language() is Language.ENGLISH:
            message = detail["msg"]  # pydantic's own words, as the command line has always said them
        else:
            message = problem_sentence(detail, named=False).removesuffix(".")  # a "(got …)" may follow
        if detail["type"] not in _MESSAGES and "input" in detail and not isinstance(detail["input"], dict):
            said = tr_clinic("{message} (got {value})")
            message = said.format(message=message, value=shown_value(detail["input"]))
        if message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        problems.append(Problem(file, field_path(tuple(detail["loc"])), message))
    return problems


def shown_value(value: object, width: int = 60) -> str:
    """A value from a data file, short enough for one line; never fails, however big or deep the value."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a number with more than 19 digits"
    if isinstance(value, list | tuple | dict | set):
        return f"a {'list' if not isinstance(value, dict) else 'table'} of {len(value)}"
    try:
        shown = repr(value)
    except (ValueError, RecursionError):
        return type(value).__name__
    return shown if len(shown) <= width else shown[: width - 1] + "…"
