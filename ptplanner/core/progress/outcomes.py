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
