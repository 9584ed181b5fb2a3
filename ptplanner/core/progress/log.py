"""The days a patient's log covers, each with the stage the patient was in that day and what was logged."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.program import Program, Stage

WEEK = 7


@dataclass(frozen=True)
class LogDay:
    day: date
    stage_index: int | None  # None when the program has no stages
    stage: Stage | None
    entry: AdherenceEntry | None  # None: nothing logged that day


def stage_index_on(program: Program, day: date) -> int | None:
    """The stage of the latest move on or before `day` (of moves on one day, the last recorded).

    Before any move the patient is in the first stage; matches Program.current_stage_index() for today.
    """
    if not program.stages:
        return None
    index, latest = 0, None
    for move in program.moves:
        if move.on <= day and (latest is None or move.on >= latest):
            index, latest = move.stage_index, move.on
    return index


def stage_entered_on(program: Program, day: date) -> date:
    """The day the patient moved into the stage they are in on `day` (without a move, the program's start)."""
    moves = [move.on for move in program.moves if move.on <= day]
    return max(moves, default=program.created_on)


def log_days(program: Program, entries: Iterable[AdherenceEntry], today: date) -> list[LogDay]:
    """Every day from the first logged day to the end of the log, oldest first; empty when nothing is logged.

    The log ends today when today is logged, else yesterday (the day is not over). Days in between with
    no entry are kept: the patient logged nothing, so did nothing. Entries dated after today are left out.
    """
    by_day: dict[date, AdherenceEntry] = {}
    for entry in entries:
        if entry.program_id != program.id:
            raise ValueError(f"the log entry of {entry.day} belongs to another program")
        if entry.day in by_day:
            raise ValueError(f"two log entries are dated {entry.day}")
        if entry.day <= today:
            by_day[entry.day] = entry
    if not by_day:
        return []
    first = min(by_day)
    last = today if today in by_day else today - timedelta(days=1)
    days = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        index = stage_index_on(program, day)
        days.append(LogDay(day, index, None if index is None else program.stages[index], by_day.get(day)))
    return days


def weeks_back(days: Sequence[LogDay]) -> list[Sequence[LogDay]]:
    """The log cut into 7-day weeks counted back from its last day, oldest first; the oldest may be short."""
    ends = range(len(days), 0, -WEEK)
    return [days[max(0, end - WEEK) : end] for end in reversed(ends)]


def current_stage_days(days: Sequence[LogDay]) -> Sequence[LogDay]:
    """The logged days since the patient entered the stage they are in on the log's last day."""
    if not days:
        return days
    start = len(days)
    while start > 0 and days[start - 1].stage_index == days[-1].stage_index:
        start -= 1
    return days[start:]
