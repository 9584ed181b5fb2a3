"""Outcome measures over time against their baseline, with clinically meaningful change marked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ptplanner.core.adherence import Measure, OutcomeScore
from ptplanner.core.progress_rules import ProgressRules

# Pain and disability fall as the patient improves; the PSFS (ability to do chosen activities) rises.
LOWER_IS_BETTER = {Measure.PAIN_NRS: True, Measure.PSFS: False, Measure.ODI: True}


class OdiBand(StrEnum):
    MINIMAL = "minimal disability"
    MODERATE = "moderate disability"
    SEVERE = "severe disability"
    CRIPPLING = "crippling disability"
    BED_BOUND = "bed-bound"


# The top score of each band (0-20 minimal, 21-40 moderate, 41-60 severe, 61-80 crippling, 81-100 bed-bound).
_ODI_BANDS = ((20, OdiBand.MINIMAL), (40, OdiBand.MODERATE), (60, OdiBand.SEVERE), (80, OdiBand.CRIPPLING))


def odi_band(score: float) -> OdiBand:
    """The published disability band of an ODI score (0 to 100). A score between two bands' whole numbers
    (20.5, from a total typed in) belongs to the higher band: it is above the lower band's top."""
    if not 0 <= score <= 100:
        raise ValueError(f"an ODI score is 0 to 100, not {score:g}")
    return next((band for top, band in _ODI_BANDS if score <= top), OdiBand.BED_BOUND)


def odi_band_text(score: float) -> str:
    """'moderate disability (21-40)'."""
    band = odi_band(score)
    tops = [top for top, _ in _ODI_BANDS] + [100]
    index = list(OdiBand).index(band)
    low = 0 if index == 0 else tops[index - 1] + 1
    return f"{band.value} ({low}\u2013{tops[index]})"


class Verdict(StrEnum):
    BETTER = "meaningfully better"
    WORSE = "meaningfully worse"
    NO_CHANGE = "no meaningful change"


@dataclass(frozen=True)
class OutcomePoint:
    day: date
    score: float
    change: float  # from the baseline
    verdict: Verdict


@dataclass(frozen=True)
class OutcomeTrend:
    measure: Measure
    meaningful_change: float
    points: tuple[OutcomePoint, ...]  # oldest first; the first is the baseline

    @property
    def baseline(self) -> OutcomePoint:
        return self.points[0]

    @property
    def latest(self) -> OutcomePoint:
        return self.points[-1]


def outcome_trends(scores: Iterable[OutcomeScore], rules: ProgressRules, today: date) -> list[OutcomeTrend]:
    """One trend per measure recorded up to `today`; the baseline is the measure's first score."""
    recorded = [s for s in scores if s.day <= today]
    trends = []
    for measure in Measure:
        taken = sorted((s for s in recorded if s.measure is measure), key=lambda s: s.day)
        if not taken:
            continue
        threshold = rules.meaningful_change(measure)
        changes = [round(s.score - taken[0].score, 2) for s in taken]  # scores have 2 decimals
        points = tuple(
            OutcomePoint(s.day, s.score, change, _verdict(measure, change, threshold))
            for s, change in zip(taken, changes, strict=True)
        )
        trends.append(OutcomeTrend(measure, threshold, points))
    return trends


def _verdict(measure: Measure, change: float, threshold: float) -> Verdict:
    if abs(change) < threshold:
        return Verdict.NO_CHANGE
    improved = (change < 0) == LOWER_IS_BETTER[measure]
    return Verdict.BETTER if improved else Verdict.WORSE


@dataclass(frozen=True)
class ActivityRating:
    """One PSFS activity, rated at the baseline and at the latest score (None where it was not rated)."""

    label: str
    baseline: float | None
    latest: float | None


def psfs_activities(scores: Iterable[OutcomeScore], today: date) -> list[ActivityRating]:
    """The activities of the first and the latest PSFS up to `today` (the trend's baseline and latest), in
    the baseline's order then any new ones; an activity typed without a label is 'activity n'."""
    taken = sorted((s for s in scores if s.measure is Measure.PSFS and s.day <= today), key=lambda s: s.day)
    if not taken:
        return []
    first, last = taken[0], taken[-1]

    def rated(score: OutcomeScore) -> dict[str, tuple[str, float]]:
        """casefolded label -> (label as typed, rating); the first of two same-named activities counts."""
        named: dict[str, tuple[str, float]] = {}
        for number, item in enumerate(score.items, start=1):
            label = " ".join(item.label.split()) or f"activity {number}"
            named.setdefault(label.casefold(), (label, item.score))
        return named

    before, now = rated(first), (rated(last) if len(taken) > 1 else {})
    keys = [*before, *(key for key in now if key not in before)]
    return [
        ActivityRating(
            (before.get(key) or now[key])[0],
            before[key][1] if key in before else None,
            now[key][1] if key in now else None,
        )
        for key in keys
    ]
