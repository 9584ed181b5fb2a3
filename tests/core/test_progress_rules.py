"""The clinic's progress rules: defaults from the issue, and thresholds that contradict each other refused."""

import pytest
from pydantic import ValidationError

from ptplanner.core.adherence import Measure
from ptplanner.core.progress_rules import ProgressRules


def test_the_defaults_are_the_published_thresholds():
    rules = ProgressRules()
    assert (rules.low_adherence_percent, rules.progression_adherence_percent, rules.progression_weeks) == (
        60,
        80,
        2,
    )
    assert rules.pain_rise_points == 2
    assert [rules.meaningful_change(m) for m in (Measure.PAIN_NRS, Measure.PSFS, Measure.ODI)] == [2, 2, 10]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"low_adherence_percent": 90}, "must not be below the low-adherence flag"),
        ({"stable_pain_points": 2}, "must be smaller than a rise counted as a flare"),
        ({"red_flag_terms": ("fever", " ")}, "a red-flag term is blank"),
        ({"red_flag_terms": ("Fever", "fever")}, "a red-flag term is listed twice"),
        ({"red_flag_terms": ("x" * 51,)}, "longer than 50 characters"),
        ({"low_adherence_percent": 101}, "less than or equal to 100"),
        ({"odi_change": 0}, "greater than 0"),
    ],
)
def test_rules_that_make_no_sense_are_refused_with_a_reason(changes, message):
    with pytest.raises(ValidationError, match=message):
        ProgressRules(**changes)


def test_red_flag_terms_are_kept_in_one_form():
    assert ProgressRules(red_flag_terms=("  Chest   PAIN ", "fever")).red_flag_terms == (
        "chest pain",
        "fever",
    )
