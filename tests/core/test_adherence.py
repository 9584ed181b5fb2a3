from datetime import date

import pytest
from pydantic import ValidationError

from ptplanner.core.adherence import (
    AdherenceEntry,
    ItemCompletion,
    Measure,
    OutcomeItem,
    OutcomeScore,
    odi_score,
    psfs_score,
)

DAY = date(2024, 7, 1)
PAIN_FIELDS = ["pain_back", "pain_leg", "pain_back_after", "pain_leg_after"]


def entry(**changes) -> AdherenceEntry:
    return AdherenceEntry(**{"program_id": "program-1", "day": DAY, **changes})


def outcome(measure: Measure, score: float, *item_scores: float) -> OutcomeScore:
    items = tuple(OutcomeItem(label=f"activity {n}", score=s) for n, s in enumerate(item_scores, 1))
    return OutcomeScore(measure=measure, day=DAY, score=score, items=items)


@pytest.mark.parametrize("field", PAIN_FIELDS)
def test_pain_is_rated_0_to_10_or_left_blank(field):
    for pain in (0, 10, None):
        assert getattr(entry(**{field: pain}), field) == pain
    for pain in (-1, 11):
        with pytest.raises(ValidationError, match=field):
            entry(**{field: pain})


def test_an_item_listed_twice_in_one_day_is_refused():
    twice = (
        ItemCompletion(item_id="bridge", sessions_done=1),
        ItemCompletion(item_id="bridge", sessions_done=2),
    )
    with pytest.raises(ValidationError, match="an item is listed twice in one day"):
        entry(completions=twice)


def test_each_item_has_its_own_count_of_sessions_done():
    done = (
        ItemCompletion(item_id="bridge", sessions_done=2),
        ItemCompletion(item_id="clamshell", sessions_done=0),
    )
    assert entry(completions=done).completions == done
    for sessions in (-1, 25):
        with pytest.raises(ValidationError, match="sessions_done"):
            ItemCompletion(item_id="bridge", sessions_done=sessions)


def test_a_pain_rating_outcome_is_0_to_10():
    assert outcome(Measure.PAIN_NRS, 7).score == 7
    with pytest.raises(ValidationError, match="a pain score is 0 to 10"):
        outcome(Measure.PAIN_NRS, 11)


@pytest.mark.parametrize("item_scores", [(4, 6, 8), (0, 10, 5, 5), (1, 2, 3, 4, 5)])
def test_the_psfs_score_is_the_average_of_3_to_5_activities(item_scores):
    average = sum(item_scores) / len(item_scores)
    assert outcome(Measure.PSFS, average, *item_scores).score == average


def test_a_psfs_average_is_kept_to_two_decimals():
    items = tuple(OutcomeItem(score=s) for s in (7, 8, 8))
    assert psfs_score(items) == 7.67
    assert outcome(Measure.PSFS, 23 / 3, 7, 8, 8).score == pytest.approx(7.667, abs=0.001)


@pytest.mark.parametrize("item_scores", [(5, 5), (5, 5, 5, 5, 5, 5)])
def test_the_psfs_needs_3_to_5_activities(item_scores):
    with pytest.raises(ValidationError, match="the PSFS rates 3 to 5 activities"):
        outcome(Measure.PSFS, 5, *item_scores)


def test_a_psfs_score_that_is_not_the_average_is_refused():
    with pytest.raises(ValidationError, match="must be the average of its activities"):
        outcome(Measure.PSFS, 6, 4, 6, 9)


def test_a_psfs_total_without_activities_is_0_to_10():
    assert outcome(Measure.PSFS, 6.5).score == 6.5
    with pytest.raises(ValidationError, match="a PSFS score is 0 to 10"):
        outcome(Measure.PSFS, 11)


def test_an_activity_is_rated_0_to_10():
    with pytest.raises(ValidationError, match="score"):
        OutcomeItem(label="stairs", score=11)


def test_the_odi_score_is_the_sum_over_five_times_the_items_answered():
    answered = (3, 2, 2, 1, 2, 2, 2)  # 7 items summing to 14
    assert odi_score(tuple(OutcomeItem(score=s) for s in answered)) == 40.0
    assert outcome(Measure.ODI, 40.0, *answered).score == 40.0
    with pytest.raises(ValidationError, match="sum / \\(5 x items answered\\) x 100"):
        outcome(Measure.ODI, 28.0, *answered)


@pytest.mark.parametrize("item_scores", [(6, 0, 0), (2.5, 1, 1), (1,) * 11])
def test_odi_items_are_up_to_ten_whole_numbers_0_to_5(item_scores):
    with pytest.raises(ValidationError, match="the ODI has up to 10 items scored 0 to 5"):
        outcome(Measure.ODI, 0, *item_scores)


def test_an_odi_total_without_items_is_0_to_100():
    assert outcome(Measure.ODI, 100).score == 100
    with pytest.raises(ValidationError, match="score"):
        outcome(Measure.ODI, 101)


@pytest.mark.parametrize("score", [float("nan"), float("inf"), -1])
def test_a_score_that_is_not_a_number_in_range_is_refused(score):
    with pytest.raises(ValidationError, match="score"):
        outcome(Measure.ODI, score)
