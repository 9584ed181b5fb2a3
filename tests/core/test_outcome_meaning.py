"""What outcome scores mean: the ODI's published disability bands at every boundary, and the PSFS's
activities by name, baseline against latest."""

from datetime import date

import pytest

from ptplanner.core.adherence import Measure, OutcomeItem, OutcomeScore, psfs_score
from ptplanner.core.progress.outcomes import ActivityRating, OdiBand, odi_band, odi_band_text, psfs_activities


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, OdiBand.MINIMAL),
        (20, OdiBand.MINIMAL),
        (20.01, OdiBand.MODERATE),
        (21, OdiBand.MODERATE),
        (40, OdiBand.MODERATE),
        (40.5, OdiBand.SEVERE),
        (41, OdiBand.SEVERE),
        (60, OdiBand.SEVERE),
        (61, OdiBand.CRIPPLING),
        (80, OdiBand.CRIPPLING),
        (80.1, OdiBand.BED_BOUND),
        (81, OdiBand.BED_BOUND),
        (100, OdiBand.BED_BOUND),
    ],
)
def test_odi_band_boundaries(score, band):
    assert odi_band(score) is band


def test_odi_band_text_names_its_range():
    assert odi_band_text(33) == "moderate disability (21\u201340)"
    assert odi_band_text(0) == "minimal disability (0\u201320)"
    assert odi_band_text(100) == "bed-bound (81\u2013100)"


@pytest.mark.parametrize("score", [-0.1, 100.5])
def test_a_score_outside_the_scale_is_refused(score):
    with pytest.raises(ValueError, match="0 to 100"):
        odi_band(score)


def psfs(on: date | int, *rated: tuple[str, float]) -> OutcomeScore:
    """A PSFS taken `on` (a date, or a day of January 2026) rating (activity, score) pairs."""
    items = tuple(OutcomeItem(label=label, score=value) for label, value in rated)
    day = on if isinstance(on, date) else date(2026, 1, on)
    return OutcomeScore(measure=Measure.PSFS, day=day, score=psfs_score(items), items=items)


def test_psfs_activities_pair_the_baseline_with_the_latest_by_name():
    scores = [
        psfs(20, ("Walking  to the shop", 6), ("getting out of a car", 5), ("Climbing stairs", 7)),
        psfs(1, ("Walking to the shop", 3), ("Getting out of a car", 4), ("", 5)),
        psfs(10, ("Walking to the shop", 4), ("Getting out of a car", 4), ("Sleeping", 2)),
        psfs(28, ("Walking to the shop", 9), ("Getting out of a car", 9), ("Dancing", 9)),  # after today
    ]
    assert psfs_activities(scores, date(2026, 1, 25)) == [
        ActivityRating("Walking to the shop", 3, 6),
        ActivityRating("Getting out of a car", 4, 5),
        ActivityRating("activity 3", 5, None),
        ActivityRating("Climbing stairs", None, 7),
    ]


def test_psfs_activities_with_only_a_baseline_have_no_latest():
    (only,) = [psfs(1, ("Walking", 3), ("Sitting", 4), ("Dressing", 5))]
    assert [a.latest for a in psfs_activities([only], date(2026, 2, 1))] == [None, None, None]
    assert psfs_activities([only], date(2025, 12, 31)) == []
