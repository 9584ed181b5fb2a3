"""Adherence: sessions done over sessions prescribed, per week, per exercise and overall.

How prescriptions count: an item done `times_per_day` on `days_per_week` days is prescribed
times_per_day x days_per_week sessions a week, spread evenly over the week's days, so each day the
item is in the patient's stage adds a seventh of that. A week where the item was prescribed on only
some days (a stage change mid-week, a short first week) expects that share of the week. Sessions done
count at most `times_per_day` a day and at most the week's prescribed sessions per item, so a patient
on "3 days a week" may choose any 3 days, doing more never hides missed sessions of another item, and
adherence is always 0-100%. Counting is in sevenths of a session, so the sums are exact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from datetime import date

from ptplanner.core.program import Program
from ptplanner.core.progress.log import WEEK, LogDay, Prescribed

Tally = dict[str, tuple[int, int]]  # item id -> (sessions done, sessions prescribed), in sevenths


@dataclass(frozen=True)
class Sessions:
    done: float
    prescribed: float

    @property
    def percent(self) -> float | None:
        """0-100, or None when nothing was prescribed."""
        return None if self.prescribed == 0 else 100 * self.done / self.prescribed

    @classmethod
    def of(cls, tallies: Iterable[Tally]) -> Sessions:
        done = prescribed = 0
        for tally in tallies:
            for item_done, item_prescribed in tally.values():
                done += item_done
                prescribed += item_prescribed
        return cls(done / WEEK, prescribed / WEEK)


@dataclass(frozen=True)
class ItemAdherence:
    item_id: str
    name: str
    stage_index: int
    sessions: Sessions


def week_tally(week: Sequence[LogDay]) -> Tally:
    """Per item prescribed in `week` (at most 7 days): done and prescribed sessions, in sevenths."""
    done: dict[str, int] = defaultdict(int)
    prescribed: dict[str, int] = defaultdict(int)
    # Days in a row in one stage as prescribed (a log of years is mostly such weeks) are counted together.
    for _, run in groupby(week, key=lambda log_day: id(log_day.stage)):
        days = list(run)
        stage = days[0].stage
        if stage is None:
            continue
        for item in stage.items:
            dosage = item.dosage
            prescribed[item.id] += len(days) * dosage.times_per_day * dosage.days_per_week
        for log_day in days:
            if log_day.entry is None:
                continue  # nothing done that day (most days of a log long past its last entry)
            logged = {c.item_id: c.sessions_done for c in log_day.entry.completions}
            for item in stage.items:
                done[item.id] += WEEK * min(logged.get(item.id, 0), item.dosage.times_per_day)
    return {item_id: (min(done[item_id], total), total) for item_id, total in prescribed.items()}


def item_adherence(
    program: Program, tallies: Iterable[Tally], history: Sequence[Prescribed] = ()
) -> list[ItemAdherence]:
    """Adherence of every item prescribed at some point of the log, in program order, then the items
    since taken out of the program (found in its `history`)."""
    done: dict[str, int] = defaultdict(int)
    prescribed: dict[str, int] = defaultdict(int)
    for tally in tallies:
        for item_id, (item_done, item_prescribed) in tally.items():
            done[item_id] += item_done
            prescribed[item_id] += item_prescribed
    placed = {item.id: (index, item) for index, stage in enumerate(program.stages) for item in stage.items}
    for version in reversed(history):  # newest first: a removed item as it was last prescribed
        for index, stage in enumerate(version.program.stages):
            for item in stage.items:
                placed.setdefault(item.id, (index, item))
    return [
        ItemAdherence(
            item.id, item.exercise.name, index, Sessions(done[item.id] / WEEK, prescribed[item.id] / WEEK)
        )
        for index, item in placed.values()
        if item.id in prescribed
    ]


def did_something(log_day: LogDay) -> bool:
    return log_day.entry is not None and any(c.sessions_done for c in log_day.entry.completions)


def streak_days(days: Sequence[LogDay], today: date) -> int:
    """Days in a row with any session done, ending today, or yesterday while today may still come."""
    run = list(days)
    if run and run[-1].day == today and not did_something(run[-1]):
        run.pop()
    count = 0
    for log_day in reversed(run):
        if not did_something(log_day):
            break
        count += 1
    return count


def missed_days(days: Sequence[LogDay]) -> int:
    """Days in a row, up to the log's last day, with no session done."""
    count = 0
    for log_day in reversed(days):
        if did_something(log_day):
            break
        count += 1
    return count
