"""The rows of the log sheet grid, how a typed value is read, and how a day's log entry changes.

No Qt here: the grid model (log_model.py) asks these functions, so every way of typing a value
(a key in the grid, the cell editor, a click on today's session) is checked the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, auto

from pydantic import ValidationError

from ptplanner.core.adherence import AdherenceEntry, ItemCompletion
from ptplanner.gui.dates import app_dates
from ptplanner.core.model import unstorable_character
from ptplanner.core.program import Program, ProgramItem
from ptplanner.core.progress.log import stage_index_on
from ptplanner.core.walking_program import stage_walks
from ptplanner.gui.progress.typed import Refused, quoted, read_number

MAX_NOTE = AdherenceEntry.model_fields["note"].metadata[0].max_length


class RowKind(Enum):
    SESSIONS = auto()
    PAIN = auto()
    MINUTES = auto()
    NOTE = auto()


@dataclass(frozen=True)
class LogRow:
    kind: RowKind
    label: str
    field: str = ""  # the AdherenceEntry field of a pain, minutes or note row
    item: ProgramItem | None = None  # the exercise of a sessions row


PAIN_ROWS = (
    LogRow(RowKind.PAIN, "Back pain", "pain_back"),
    LogRow(RowKind.PAIN, "Leg pain", "pain_leg"),
    LogRow(RowKind.PAIN, "Back pain after exercise", "pain_back_after"),
    LogRow(RowKind.PAIN, "Leg pain after exercise", "pain_leg_after"),
)
NOTE_ROW = LogRow(RowKind.NOTE, "Note", "note")
WALKED_ROW = LogRow(RowKind.MINUTES, "Minutes walked", "walking_minutes")
MAX_WALKING_MINUTES = 600  # AdherenceEntry.walking_minutes' bound


def week_rows(program: Program, days: Sequence[date]) -> list[LogRow]:
    """The exercises in force on any of `days` (in program order), the minutes walked when one of those
    stages walks, then the pain rows and the note."""
    stages = {stage_index_on(program, day) for day in days} - {None}
    rows = [
        LogRow(RowKind.SESSIONS, item.exercise.name, item=item)
        for index, stage in enumerate(program.stages)
        if index in stages
        for item in stage.items
    ]
    walks = any(stage_walks(program, index) for index in stages)
    return [*rows, *([WALKED_ROW] if walks else []), *PAIN_ROWS, NOTE_ROW]


def closed_reason(program: Program, row: LogRow, day: date, today: date) -> str | None:
    """Why nothing can be logged in this cell, or None when it is open."""
    if day > today:
        return f"{app_dates().short(day)} has not come yet."
    if day < program.created_on:
        return f"The program starts on {app_dates().short(program.created_on)}."
    if row.item is not None:
        index = stage_index_on(program, day)
        stage_items = program.stages[index].items if index is not None else ()
        if all(item.id != row.item.id for item in stage_items):
            return f"{row.item.exercise.name} was not in the program on {app_dates().short(day)}."
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
        try:
            return int(read_number(typed, 0, times, row.item.exercise.name) or 0)
        except Refused:
            raise Refused(
                f"{row.item.exercise.name} is done up to {times} time{'s' * (times != 1)} a day: type 0 to "
                f"{times}, not {quoted(typed)}."
            ) from None
    if row.kind is RowKind.MINUTES:
        minutes = read_number(typed, 0, MAX_WALKING_MINUTES, row.label)
        return None if minutes is None else int(minutes)
    pain = read_number(typed, 0, 10, row.label)
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
        raise Refused(
            f"{row.label} on {app_dates().short(day)} was not recorded: {error.errors()[0]['msg']}."
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
        raise Refused(f"A note holds up to {MAX_NOTE:,} characters; this one has {len(text):,}.")
    if bad := unstorable_character(text):
        raise Refused(f"The note contains a character that cannot be stored ({bad}).")
    return text
