"""The columns of a stage's exercise table: what each shows, how it is edited, and its bounds.

Bounds are read from the core models, so an editor can never offer a value the model refuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import Any

from pydantic import ValidationError
from pydantic.fields import FieldInfo

from ptplanner.core.dosage import Dosage, Side
from ptplanner.core.program import ProgramItem
from ptplanner.core.program_edit import updated

EMPTY = "–"  # shown for a value that is not set


class EditorKind(Enum):
    NONE = auto()
    COUNT = auto()  # a whole number within bounds, optional when the field may be unset
    SIDE = auto()
    TEXT = auto()


@dataclass(frozen=True)
class ItemColumn:
    header: str
    field: str  # a field of the item's Dosage, or of the item itself when on_dosage is False
    kind: EditorKind
    tooltip: str = ""
    on_dosage: bool = True

    @property
    def _info(self) -> FieldInfo:
        return (Dosage if self.on_dosage else ProgramItem).model_fields[self.field]

    @property
    def optional(self) -> bool:
        """May be left unset (None)."""
        return self._info.default is None

    def bounds(self) -> tuple[int, int]:
        return self._metadata("ge"), self._metadata("le")

    def max_length(self) -> int:
        return self._metadata("max_length")

    def _metadata(self, name: str) -> int:
        return next(getattr(m, name) for m in self._info.metadata if hasattr(m, name))

    def value(self, item: ProgramItem) -> Any:
        if self.field == "exercise":
            return item.exercise.name
        return getattr(item.dosage, self.field) if self.on_dosage else getattr(item, self.field)

    def text(self, item: ProgramItem) -> str:
        value = self.value(item)
        if value is None:
            return EMPTY
        return value.value if isinstance(value, Side) else str(value)

    def with_value(self, item: ProgramItem, value: Any) -> ProgramItem:
        """The item with this column set to `value`; ValidationError if the models refuse it."""
        if self.on_dosage:
            return item.model_copy(update={"dosage": updated(item.dosage, **{self.field: value})})
        return updated(item, **{self.field: value})


ITEM_COLUMNS = (
    ItemColumn("Exercise", "exercise", EditorKind.NONE, on_dosage=False),
    ItemColumn("Sets", "sets", EditorKind.COUNT),
    ItemColumn("Reps", "reps", EditorKind.COUNT),
    ItemColumn("Hold", "hold_seconds", EditorKind.COUNT, "Hold, in seconds"),
    ItemColumn("Min", "duration_minutes", EditorKind.COUNT, "Duration, in minutes"),
    ItemColumn("Side", "side", EditorKind.SIDE),
    ItemColumn("×/day", "times_per_day", EditorKind.COUNT, "Times a day"),
    ItemColumn("Days", "days_per_week", EditorKind.COUNT, "Days a week"),
    ItemColumn("Load", "load", EditorKind.TEXT, "Weight or band, e.g. '2 lb' or 'light band'"),
    ItemColumn(
        "Note", "note", EditorKind.TEXT, "A note for the patient about this exercise", on_dosage=False
    ),
)


def refusal(error: ValidationError) -> str:
    """A ValidationError as one sentence for the therapist."""
    messages = []
    for detail in error.errors(include_url=False):
        message = detail["msg"].removeprefix("Value error, ")
        field = ".".join(str(part) for part in detail["loc"] if part != "dosage")
        column = next((c.header for c in ITEM_COLUMNS if c.field == field), field.replace("_", " "))
        messages.append(f"{column}: {message}" if column else message)
    return "; ".join(messages)
