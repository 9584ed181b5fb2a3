"""Pain from the daily log: weekly means, the change since the stage's first week, and soreness that lasts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.language import clinic_word, tr_clinic
from ptplanner.core.progress.log import WEEK, LogDay


class Site(StrEnum):
    BACK = "back"
    LEG = "leg"


_SITE_WORDS = {Site.BACK: clinic_word("back"), Site.LEG: clinic_word("leg")}


def site_words(site: Site) -> str:
    """'back' in '{site} pain', in the current language ('lumbar' in 'dolor lumbar')."""
    return tr_clinic(_SITE_WORDS[site])


def pain_before(entry: AdherenceEntry, site: Site) -> int | None:
    """The day's pain (the log's "before exercising" value; the evening value of a paper log sheet)."""
    return entry.pain_back if site is Site.BACK else entry.pain_leg


def pain_after(entry: AdherenceEntry, site: Site) -> int | None:
    return entry.pain_back_after if site is Site.BACK else entry.pain_leg_after


def mean_pain(days: Sequence[LogDay], site: Site) -> float | None:
    """The mean of the days' pain values; None when none was logged."""
    values = [
        value for d in days if d.entry is not None and (value := pain_before(d.entry, site)) is not None
    ]
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class PainChange:
    """A site's mean pain in the last week against the first week of the stage the patient is in."""

    site: Site
    first_week: float
    last_week: float
    first_days: tuple[date, date]  # the first and last day of each window, so its words can date it
    last_days: tuple[date, date]

    @property
    def rise(self) -> float:
        return round(self.last_week - self.first_week, 9)  # so a rise of exactly 2 is not 1.9999999999999996


def pain_changes(stage_days: Sequence[LogDay]) -> list[PainChange]:
    """For each site with values in both, the change from the stage's first logged week to its last week.

    The last week counts only days after the first week, so a stage younger than 8 days has no change.
    """
    first, last = stage_days[:WEEK], stage_days[max(WEEK, len(stage_days) - WEEK) :]
    changes = []
    for site in Site:
        before, now = mean_pain(first, site), mean_pain(last, site)
        if before is not None and now is not None:
            spans = (first[0].day, first[-1].day), (last[0].day, last[-1].day)
            changes.append(PainChange(site, before, now, *spans))
    return changes


@dataclass(frozen=True)
class SoreSpell:
    """Pain rose after exercising and had not settled by the next morning(s)."""

    site: Site
    day: date
    before: int
    after: int
    next_mornings: tuple[int, ...]


def sore_spells(days: Sequence[LogDay], since: date, points: int, mornings: int) -> list[SoreSpell]:
    """Days from `since` when pain after exercise was `points` above pain before, and stayed that high
    (against the day's pain before) on each of the next `mornings` days."""
    by_day = {d.day: d.entry for d in days if d.entry is not None}
    spells = []
    for log_day in days:
        entry = log_day.entry
        if log_day.day < since or entry is None:
            continue
        for site in Site:
            before, after = pain_before(entry, site), pain_after(entry, site)
            if before is None or after is None or after - before < points:
                continue
            still = _still_sore(by_day, log_day.day, site, before + points, mornings)
            if still is not None:
                spells.append(SoreSpell(site, log_day.day, before, after, still))
    return spells


def _still_sore(
    by_day: dict[date, AdherenceEntry], day: date, site: Site, floor: int, mornings: int
) -> tuple[int, ...] | None:
    """The pain of the `mornings` days after `day` if each is logged and at least `floor`; else None."""
    values = []
    for offset in range(1, mornings + 1):
        entry = by_day.get(day + timedelta(days=offset))
        value = None if entry is None else pain_before(entry, site)
        if value is None or value < floor:
            return None
        values.append(value)
    return tuple(values)
