"""The columns of a stage's exercise table: what each shows, how it is edited, and its bounds.

Bounds are read from the core models, so an editor can never offer a value the model refuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import Any

from pydantic import ValidationError
from pydantic.fields import FieldInfo
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ptplanner.core.dosage import Dosage, Side
from ptplanner.core.language import Language, current_language
from ptplanner.core.program import ProgramItem
from ptplanner.core.program_edit import updated
from ptplanner.core.safe_text import one_line
from ptplanner.core.validation_words import problem_sentence
from ptplanner.gui.models.vocabulary_names import side_name

EMPTY = "–"  # shown for a value that is not set


class EditorKind(Enum):
    NONE = auto()
    COUNT = auto()  # a whole number within bounds, optional when the field may be unset
    SIDE = auto()
    TEXT = auto()


@dataclass(frozen=True)
class ItemColumn:
    header: str  # English, marked for the translator: title() shows it in the app's language
    field: str  # a field of the item's Dosage, or of the item itself when on_dosage is False
    kind: EditorKind
    tooltip: str = ""
    on_dosage: bool = True

    def title(self) -> str:
        return QCoreApplication.translate("ItemColumns", self.header)

    def hint(self) -> str:
        return QCoreApplication.translate("ItemColumns", self.tooltip) if self.tooltip else ""

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
            return item.exercise.shown_name()
        return getattr(item.dosage, self.field) if self.on_dosage else getattr(item, self.field)

    def text(self, item: ProgramItem) -> str:
        value = self.value(item)
        if value is None:
            return EMPTY
        return side_name(value) if isinstance(value, Side) else one_line(str(value))  # names, loads, notes

    def with_value(self, item: ProgramItem, value: Any) -> ProgramItem:
        """The item with this column set to `value`; ValidationError if the models refuse it."""
        if self.on_dosage:
            return item.model_copy(update={"dosage": updated(item.dosage, **{self.field: value})})
        return updated(item, **{self.field: value})


ITEM_COLUMNS = (
    ItemColumn(QT_TRANSLATE_NOOP("ItemColumns", "Exercise"), "exercise", EditorKind.NONE, on_dosage=False),
    ItemColumn(QT_TRANSLATE_NOOP("ItemColumns", "Sets"), "sets", EditorKind.COUNT),
    ItemColumn(QT_TRANSLATE_NOOP("ItemColumns", "Reps"), "reps", EditorKind.COUNT),
    ItemColumn(
        QT_TRANSLATE_NOOP("ItemColumns", "Hold"),
        "hold_seconds",
        EditorKind.COUNT,
        QT_TRANSLATE_NOOP("ItemColumns", "Hold, in seconds"),
    ),
    ItemColumn(
        QT_TRANSLATE_NOOP("ItemColumns", "Min"),
        "duration_minutes",
        EditorKind.COUNT,
        QT_TRANSLATE_NOOP("ItemColumns", "Duration, in minutes"),
    ),
    ItemColumn(QT_TRANSLATE_NOOP("ItemColumns", "Side"), "side", EditorKind.SIDE),
    ItemColumn(
        QT_TRANSLATE_NOOP("ItemColumns", "×/day"),
        "times_per_day",
        EditorKind.COUNT,
        QT_TRANSLATE_NOOP("ItemColumns", "Times a day"),
    ),
    ItemColumn(
        QT_TRANSLATE_NOOP("ItemColumns", "Days"),
        "days_per_week",
        EditorKind.COUNT,
        QT_TRANSLATE_NOOP("ItemColumns", "Days a week"),
    ),
    ItemColumn(
        QT_TRANSLATE_NOOP("ItemColumns", "Load"),
        "load",
        EditorKind.TEXT,
        QT_TRANSLATE_NOOP("ItemColumns", "Weight or band, e.g. '2 lb' or 'light band'"),
    ),
    ItemColumn(
        QT_TRANSLATE_NOOP("ItemColumns", "Note"),
        "note",
        EditorKind.TEXT,
        QT_TRANSLATE_NOOP("ItemColumns", "A note for the patient about this exercise"),
        on_dosage=False,
    ),
)


def refusal(error: ValidationError) -> str:
    """A ValidationError as one sentence for the therapist."""
    messages = []
    for detail in error.errors(include_url=False):
        message = detail["msg"].removeprefix("Value error, ")
        if current_language() is not Language.ENGLISH:  # pydantic's words are English: the catalog's
            message = problem_sentence(detail, named=False)
        field = ".".join(str(part) for part in detail["loc"] if part != "dosage")
        column = next((c.title() for c in ITEM_COLUMNS if c.field == field), field.replace("_", " "))
        messages.append(f"{column}: {message}" if column else message)
    return "; ".join(messages)
