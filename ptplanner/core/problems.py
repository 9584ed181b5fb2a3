"""Problems found while reading data files, phrased as `file: field: what is wrong`."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

_MESSAGES = {
    "missing": "missing (required)",
    "extra_forbidden": "unknown field",
}
# pydantic names Python types; data files are TOML, which calls them lists and tables.
_TOML_WORDS = {
    "tuple_type": "Input should be a list",
    "model_type": "Input should be a table",
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


def problems_from_validation(file: str, error: ValidationError) -> list[Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        message = _MESSAGES.get(detail["type"]) or _TOML_WORDS.get(detail["type"], detail["msg"])
        if detail["type"] not in _MESSAGES and "input" in detail and not isinstance(detail["input"], dict):
            shown = repr(detail["input"])
            message = f"{message} (got {shown[:60]})"
        if message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        problems.append(Problem(file, field_path(tuple(detail["loc"])), message))
    return problems
