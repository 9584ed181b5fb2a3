"""Everything the log says about one program, computed once for the patient page, the list and the report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.dates import US_WORDS, DateWords
from ptplanner.core.program import Program
from ptplanner.core.progress.adherence import (
    ItemAdherence,
    Sessions,
    Tally,
    item_adherence,
    missed_days,
    streak_days,
    week_tally,
)
from ptplanner.core.progress.flags import Flag, flags
from ptplanner.core.progress.log import (
    WEEK,
    LogDay,
    Prescribed,
    current_stage_days,
    log_days,
    stage_index_on,
    weeks_back,
)
from ptplanner.core.progress.outcomes import OutcomeTrend, outcome_trends
from ptplanner.core.progress.pain import PainChange, Site, SoreSpell, mean_pain, pain_changes, sore_spells
from ptplanner.core.progress_rules import ProgressRules


@dataclass(frozen=True)
class WeekFigures:
    start: date
    end: date  # 7 days after `start` but for the oldest week, which may be shorter
    stage_index: int | None  # the stage on the week's last day
    sessions: Sessions
    pain_back: float | None  # mean of the days' values; None when none was logged
    pain_leg: float | None

    @property
    def is_full(self) -> bool:
        return (self.end - self.start).days == WEEK - 1

    def pain(self, site: Site) -> float | None:
        return self.pain_back if site is Site.BACK else self.pain_leg


@dataclass(frozen=True)
class StageStart:
    day: date  # the first day of the log in this stage
    stage_index: int


@dataclass(frozen=True)
class LogNote:
    day: date
    text: str


@dataclass(frozen=True)
class ProgressFigures:
    today: date
    stage_index: int | None  # the stage the patient is in at the end of the log (today without a log)
    weeks: tuple[WeekFigures, ...]  # 7-day weeks counted back from the log's last day, oldest first
    overall: Sessions
    items: tuple[ItemAdherence, ...]  # every item prescribed during the log, in program order
    stage_starts: tuple[StageStart, ...]  # the stage the log began in, then each move during the log
    streak_days: int
    missed_days: int
    pain_changes: tuple[PainChange, ...]  # last week against the first week of the current stage
    sore_spells: tuple[SoreSpell, ...]  # in the last week
    outcomes: tuple[OutcomeTrend, ...]
    flags: tuple[Flag, ...]
    recent_notes: tuple[LogNote, ...]  # the patient's notes in the weeks the flags look at, latest first
    days: tuple[LogDay, ...] = ()  # every day of the log, oldest first (for weeks counted otherwise)

    @property
    def logged(self) -> bool:
        return bool(self.weeks)

    def pain_rises(self, rules: ProgressRules) -> list[PainChange]:
        """The sites whose pain in the daily log rose by the flag's rule (`rules.pain_rise_points`)."""
        return [change for change in self.pain_changes if change.rise >= rules.pain_rise_points]

    def recent(self, weeks: int) -> Sessions:
        """Adherence over the last `weeks` weeks of the log."""
        recent = self.weeks[-weeks:]
        return Sessions(sum(w.sessions.done for w in recent), sum(w.sessions.prescribed for w in recent))


def progress_figures(
    program: Program,
    entries: Iterable[AdherenceEntry],
    outcomes: Iterable[OutcomeScore],
    rules: ProgressRules,
    today: date,
    history: Sequence[Prescribed] = (),
    words: DateWords = US_WORDS,
) -> ProgressFigures:
    """The figures for `program` from its log `entries` and the patient's `outcomes`, as of `today`.

    `history`: the program's saved versions with the day each was saved, oldest first (see log_days);
    without it, every logged day is counted against `program` as it is now. `words`: how the flags write dates."""
    days = log_days(program, entries, today, history)
    weeks = weeks_back(days)
    tallies = [week_tally(week) for week in weeks]
    recent_days = [day for week in weeks[-rules.flag_weeks :] for day in week]
    changes = pain_changes(current_stage_days(days))
    spells = sore_spells(days, weeks[-1][0].day, rules.soreness_points, rules.soreness_days) if weeks else []
    return ProgressFigures(
        today=today,
        stage_index=days[-1].stage_index if days else stage_index_on(program, today),
        weeks=tuple(week_figures(week, tally) for week, tally in zip(weeks, tallies, strict=True)),
        overall=Sessions.of(tallies),
        items=tuple(item_adherence(program, tallies, history)),
        stage_starts=tuple(_stage_starts(days)),
        streak_days=streak_days(days, today),
        missed_days=missed_days(days),
        pain_changes=tuple(changes),
        sore_spells=tuple(spells),
        outcomes=tuple(outcome_trends(outcomes, rules, today)),
        flags=tuple(flags(Sessions.of(tallies[-rules.flag_weeks :]), changes, recent_days, rules, words)),
        recent_notes=tuple(
            LogNote(d.day, d.entry.note) for d in reversed(recent_days) if d.entry and d.entry.note.strip()
        ),
        days=tuple(days),
    )


def week_figures(week: Sequence[LogDay], tally: Tally | None = None) -> WeekFigures:
    """The figures of `week` (up to 7 days of the log); `tally`: its week_tally, when already counted."""
    tally = week_tally(week) if tally is None else tally
    return WeekFigures(
        start=week[0].day,
        end=week[-1].day,
        stage_index=week[-1].stage_index,
        sessions=Sessions.of([tally]),
        pain_back=mean_pain(week, Site.BACK),
        pain_leg=mean_pain(week, Site.LEG),
    )


def _stage_starts(days: Sequence[LogDay]) -> list[StageStart]:
    starts: list[StageStart] = []
    for log_day in days:
        if log_day.stage_index is not None and (not starts or starts[-1].stage_index != log_day.stage_index):
            starts.append(StageStart(log_day.day, log_day.stage_index))
    return starts


def flag_kinds(figures: ProgressFigures) -> tuple[str, ...]:
    """The kinds of flag raised, each once, in the order raised: what the patient list shows."""
    return tuple(dict.fromkeys(flag.kind.value for flag in figures.flags))
