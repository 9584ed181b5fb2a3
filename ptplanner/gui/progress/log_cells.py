"""The rows of the log sheet grid, how a typed value is read, and how a day's log entry changes.

No widgets here (Qt only translates): the grid model (log_model.py) asks these functions, so every way
of typing a value
(a key in the grid, the cell editor, a click on today's session) is checked the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, auto

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ptplanner.core.adherence import AdherenceEntry, ItemCompletion
from ptplanner.gui.dates import app_dates
from ptplanner.core.model import unstorable_character
from ptplanner.core.program import Program, ProgramItem
from ptplanner.core.progress.log import stage_index_on
from ptplanner.core.safe_text import isolated
from ptplanner.core.walking_program import stage_walks
from ptplanner.gui.progress.typed import Refused, grouped, quoted, read_number

MAX_NOTE = AdherenceEntry.model_fields["note"].metadata[0].max_length


class RowKind(Enum):
    SESSIONS = auto()
    PAIN = auto()
    MINUTES = auto()
    NOTE = auto()


@dataclass(frozen=True)
class LogRow:
    kind: RowKind
    label: str  # the exercise's name, or the row's English name (marked for the translator)
    field: str = ""  # the AdherenceEntry field of a pain, minutes or note row
    item: ProgramItem | None = None  # the exercise of a sessions row

    @property
    def shown(self) -> str:
        """The label in the app's language (an exercise's name as it is)."""
        return self.label if self.item is not None else QCoreApplication.translate("LogSheet", self.label)


PAIN_ROWS = (
    LogRow(RowKind.PAIN, QT_TRANSLATE_NOOP("LogSheet", "Back pain"), "pain_back"),
    LogRow(RowKind.PAIN, QT_TRANSLATE_NOOP("LogSheet", "Leg pain"), "pain_leg"),
    LogRow(RowKind.PAIN, QT_TRANSLATE_NOOP("LogSheet", "Back pain after exercise"), "pain_back_after"),
    LogRow(RowKind.PAIN, QT_TRANSLATE_NOOP("LogSheet", "Leg pain after exercise"), "pain_leg_after"),
)
NOTE_ROW = LogRow(RowKind.NOTE, QT_TRANSLATE_NOOP("LogSheet", "Note"), "note")
WALKED_ROW = LogRow(RowKind.MINUTES, QT_TRANSLATE_NOOP("LogSheet", "Minutes walked"), "walking_minutes")
MAX_WALKING_MINUTES = 600  # AdherenceEntry.walking_minutes' bound


def week_rows(program: Program, days: Sequence[date]) -> list[LogRow]:
    """The exercises in force on any of `days` (in program order), the minutes walked when one of those
    stages walks, then the pain rows and the note."""
    stages = {stage_index_on(program, day) for day in days} - {None}
    rows = [
        LogRow(RowKind.SESSIONS, item.exercise.shown_name(), item=item)
        for index, stage in enumerate(program.stages)
        if index in stages
        for item in stage.items
    ]
    walks = any(stage_walks(program, index) for index in stages)
    return [*rows, *([WALKED_ROW] if walks else []), *PAIN_ROWS, NOTE_ROW]


def closed_reason(program: Program, row: LogRow, day: date, today: date) -> str | None:
    """Why nothing can be logged in this cell, or None when it is open."""
    if day > today:
        not_yet = QCoreApplication.translate("LogSheet", "{day} has not come yet.")
        return not_yet.format(day=app_dates().short(day))
    if day < program.created_on:
        starts = QCoreApplication.translate("LogSheet", "The program starts on {day}.")
        return starts.format(day=app_dates().short(program.created_on))
    if row.item is not None:
        index = stage_index_on(program, day)
        stage_items = program.stages[index].items if index is not None else ()
        if all(item.id != row.item.id for item in stage_items):
            not_in = QCoreApplication.translate("LogSheet", "{exercise} was not in the program on {day}.")
            name = isolated(row.item.exercise.shown_name())
            return not_in.format(exercise=name, day=app_dates().short(day))
    return None


def value_in(entry: AdherenceEntry | None, row: LogRow) -> int | str | None:
    """Sessions done (0 when not logged), a pain score (None when not logged) or the note."""
    if row.item is not None:
        done = {c.item_id: c.sessions_done for c in entry.completions} if entry else {}
        return done.get(row.item.id, 0)
    if entry is None:
        return "" if row.kind is RowKind.NOTE else None
    return getattr(entry, row.field)


def read_value(row: LogRow, typed: object) -> int | str | None:
    """The value `typed` (text from a key or an editor, or a number) means in `row`; Refused if none."""
    if row.kind is RowKind.NOTE:
        return _note(str(typed))
    if row.item is not None:
        times = row.item.dosage.times_per_day
        name = isolated(row.item.exercise.shown_name())
        try:
            return int(read_number(typed, 0, times, name) or 0)
        except Refused:
            if times == 1:  # English has no translation file: its singular and plural are chosen here
                refusal = QCoreApplication.translate(
                    "LogSheet", "{exercise} is done up to once a day: type 0 to 1, not {typed}."
                )
            else:
                refusal = QCoreApplication.translate(
                    "LogSheet",
                    "{exercise} is done up to {times} times a day: type 0 to {times}, not {typed}.",
                )
            refusal = refusal.format(exercise=name, times=times, typed=quoted(typed))
            raise Refused(refusal) from None
    if row.kind is RowKind.MINUTES:
        minutes = read_number(typed, 0, MAX_WALKING_MINUTES, row.shown)
        return None if minutes is None else int(minutes)
    pain = read_number(typed, 0, 10, row.shown)
    return None if pain is None else int(pain)


def with_value(
    entry: AdherenceEntry | None, program_id: str, day: date, row: LogRow, value: int | str | None
) -> AdherenceEntry | None:
    """The day's entry with `row` set to `value`; None when the day is left with nothing logged."""
    if value == value_in(entry, row):
        return entry
    entry = entry or AdherenceEntry(program_id=program_id, day=day)
    if row.item is not None:
        done = ItemCompletion(item_id=row.item.id, sessions_done=value)
        kept = [done if c.item_id == done.item_id else c for c in entry.completions]
        changes: dict[str, object] = {"completions": tuple(kept if done in kept else [*kept, done])}
    else:
        changes = {row.field: value}
    try:
        changed = AdherenceEntry.model_validate({**dict(entry), **changes})
    except ValidationError as error:  # read_value checks first; this catches what only the model knows
        not_recorded = QCoreApplication.translate("LogSheet", "{row} on {day} was not recorded: {why}.")
        raise Refused(
            not_recorded.format(row=row.shown, day=app_dates().short(day), why=error.errors()[0]["msg"])
        ) from error
    return None if is_empty(changed) else changed


def is_empty(entry: AdherenceEntry) -> bool:
    pains = (entry.pain_back, entry.pain_leg, entry.pain_back_after, entry.pain_leg_after)
    return (
        not any(c.sessions_done for c in entry.completions)
        and all(p is None for p in pains)
        and entry.walking_minutes is None
        and not entry.note.strip()
    )


def _note(text: str) -> str:
    if len(text) > MAX_NOTE:
        too_long = QCoreApplication.translate(
            "LogSheet", "A note holds up to {most} characters; this one has {count}."
        )
        raise Refused(too_long.format(most=grouped(MAX_NOTE), count=grouped(len(text))))
    if bad := unstorable_character(text):
        refusal = QCoreApplication.translate(
            "LogSheet", "The note contains a character that cannot be stored ({bad})."
        )
        raise Refused(refusal.format(bad=bad))
    return text
