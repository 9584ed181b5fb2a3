"""The days a patient's log covers, each with the stage the patient was in that day, the stage as it was
prescribed that day, and what was logged."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.program import Program, Stage

WEEK = 7
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class LogDay:
    day: date
    stage_index: int | None  # None when the program has no stages
    stage: Stage | None
    entry: AdherenceEntry | None  # None: nothing logged that day


@dataclass(frozen=True)
class Prescribed:
    """A saved version of the program and the day it was saved: its doses apply from that day on."""

    since: date
    program: Program


def stage_index_on(program: Program, day: date) -> int | None:
    """The stage of the latest move on or before `day` (of moves on one day, the last recorded).

    Before any move the patient is in the first stage; matches Program.current_stage_index() for today.
    """
    return stage_index_finder(program)(day)


def stage_entered_on(program: Program, day: date) -> date:
    """The day the patient moved into the stage they are in on `day` (without a move, the program's start)."""
    moves = [move.on for move in program.moves if move.on <= day]
    return max(moves, default=program.created_on)


def log_days(
    program: Program, entries: Iterable[AdherenceEntry], today: date, history: Sequence[Prescribed] = ()
) -> list[LogDay]:
    """Every day from the first logged day to the end of the log, oldest first; empty when nothing is logged.

    The log ends today when today is logged, else yesterday (the day is not over). Days in between with
    no entry are kept: the patient logged nothing, so did nothing. Entries dated after today are left out.
    The stage each day is in follows `program`'s moves; its exercises and doses are those of the version
    in effect that day (`history`, oldest first), so an exercise added or changed later does not count
    against the days before. Without a history, `program`'s own.
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
    saved_on = [version.since for version in history]
    stages: dict[tuple[int, int], Stage] = {}  # (stage, version in effect) -> the stage as prescribed
    days = []
    # A log of years (a patient long discharged) has thousands of days, mostly of a few stages and
    # versions: each is looked up once, and again only on a day a move or a saved version changes it.
    stage_on = stage_index_finder(program)
    changes = sorted({move.on for move in program.moves} | set(saved_on))
    index: int | None = None
    stage: Stage | None = None
    next_change = day = first
    while day <= last:
        if day >= next_change:
            index, stage = stage_on(day), None
            if index is not None:
                version = max(bisect_right(saved_on, day) - 1, 0)
                stage = stages.get((index, version))
                if stage is None:
                    stage = stages[index, version] = _as_prescribed(program.stages[index], history, version)
            later = bisect_right(changes, day)
            next_change = changes[later] if later < len(changes) else date.max
        days.append(LogDay(day, index, stage, by_day.get(day)))
        day += ONE_DAY
    return days


def stage_index_finder(program: Program) -> Callable[[date], int | None]:
    """stage_index_on(program, day) for many days: the moves sorted once, by day and then as recorded, so
    the latest on or before a day is found by bisection (of those on one day, the last recorded)."""
    if not program.stages:
        return lambda _day: None
    moves = sorted((move.on, order, move.stage_index) for order, move in enumerate(program.moves))
    days = [on for on, _, _ in moves]

    def stage_on(day: date) -> int:
        latest = bisect_right(days, day)
        return moves[latest - 1][2] if latest else 0

    return stage_on


def _as_prescribed(stage: Stage, history: Sequence[Prescribed], version: int) -> Stage:
    """`stage` as the `version`th of the history had it (the version in effect on a day: the latest
    saved on or before it, the first for days before any was saved); `stage` itself when that version
    did not have it yet, or without a history."""
    if not history:
        return stage
    in_effect = history[version].program
    return next((same for same in in_effect.stages if same.id == stage.id), stage)


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
