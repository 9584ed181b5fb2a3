"""Whether pain is rising, steady or falling, by one stated rule, in words that match their numbers.

The rule: compare two mean pain values on the 0-10 scale as they are printed, rounded to one decimal.
A change of at least `points` (ProgressRules.stable_pain_points, 1 point by default) upwards is
rising, downwards is falling; any smaller change, and no change at all, is steady.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ptplanner.core.language import clinic_list, clinic_word, number, tr_clinic
from ptplanner.core.progress.pain import Site, site_words

_EPSILON = 1e-9  # 5.9 - 4.9 is 1.0000000000000009 in floating point; the rule is about printed tenths


class Direction(StrEnum):
    RISING = "rising"
    STEADY = "steady"
    FALLING = "falling"


_DIRECTION_WORDS = {
    Direction.RISING: clinic_word("rising"),
    Direction.STEADY: clinic_word("steady"),
    Direction.FALLING: clinic_word("falling"),
}


def shown(value: float) -> float:
    """The value as the report and the app print it (one decimal)."""
    return float(f"{value:.1f}")


def pain_direction(before: float, after: float, points: float) -> Direction:
    """Rising, steady or falling from `before` to `after` by the module's rule (see its docstring)."""
    change = shown(after) - shown(before)
    if abs(change) < _EPSILON or abs(change) < points - _EPSILON:
        return Direction.STEADY
    return Direction.RISING if change > 0 else Direction.FALLING


@dataclass(frozen=True)
class SiteComparison:
    site: Site
    before: float
    after: float
    direction: Direction

    def text(self) -> str:
        """'back pain steady (5.6 then 5.9)'."""
        return tr_clinic("{site} pain {direction} ({before} then {after})").format(
            site=site_words(self.site),
            direction=tr_clinic(_DIRECTION_WORDS[self.direction]),
            before=number(shown(self.before), 1),
            after=number(shown(self.after), 1),
        )


def compare_sites(
    pairs: Sequence[tuple[Site, float | None, float | None]], points: float
) -> list[SiteComparison]:
    """Each site logged in both periods, with its direction."""
    return [
        SiteComparison(site, before, after, pain_direction(before, after, points))
        for site, before, after in pairs
        if before is not None and after is not None
    ]


def rule_text(points: float) -> str:
    """The rule in words, printed beside every direction it names."""
    if points <= 0:
        return tr_clinic("any change counts as a rise or a fall")
    if points == 1:
        return tr_clinic("a change of 1 point or more counts as a rise or a fall")
    return tr_clinic("a change of {points} points or more counts as a rise or a fall").format(
        points=number(points)
    )


def comparison_sentence(comparisons: Sequence[SiteComparison], points: float, period: str) -> str:
    """'Back pain steady (5.6 then 5.9) and leg pain falling (3.0 then 1.8): <period>; <rule>.'"""
    joined = clinic_list([c.text() for c in comparisons])
    return f"{joined[:1].upper()}{joined[1:]}: {period}; {rule_text(points)}."
