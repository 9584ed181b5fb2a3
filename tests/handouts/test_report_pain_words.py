"""The progress report's summary wording matches its own numbers: pain that rose by the stated rule never
reads as steady or falling anywhere in the printed report."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.handouts.report import ReportInputs, build_report
from tests.core.test_pain_words import PAIN_LOGS, TODAY, assert_words_match_numbers, pain_log
from tests.handouts.test_report import text_of


@settings(max_examples=25, deadline=None)
@given(stable=st.sampled_from([0.5, 1, 1.5]), **PAIN_LOGS)
def test_the_printed_report_never_calls_rising_pain_steady_or_falling(back, leg, stable, week):
    rules = ProgressRules(stable_pain_points=stable)
    prog, entries, who = pain_log(back, leg, week)
    text = text_of(build_report(ReportInputs(who, prog, entries, [], rules, ClinicSettings(), TODAY)).pdf)
    assert_words_match_numbers(text, progress_figures(prog, entries, [], rules, TODAY).weeks, stable)
