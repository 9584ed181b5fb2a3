"""The progress report's summary wording matches its own numbers: pain that rose by the stated rule never
reads as steady or falling anywhere in the printed report."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.patient import Patient
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress.pain import Site
from ptplanner.core.progress.trend import Direction
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.handouts.report import ReportInputs, build_report
from tests.core.progress_samples import day, entry, item, program, stage
from tests.core.test_pain_words import PAIN, SAID, WALKING, direction_said
from tests.handouts.test_report import text_of

TODAY = day(20)


@settings(max_examples=25, deadline=None)
@given(
    back=st.lists(PAIN, min_size=21, max_size=21),
    leg=st.lists(PAIN, min_size=21, max_size=21),
    stable=st.sampled_from([0.5, 1, 1.5]),
    week=st.sampled_from([3, 7]),
)
def test_the_printed_report_never_calls_rising_pain_steady_or_falling(back, leg, stable, week):
    rules = ProgressRules(stable_pain_points=stable)
    prog = program(
        stage(item("bridge"), end_week=6, walking=WALKING, name="Protection"),
        stage(item("clamshell"), start_week=6, name="Stabilization"),
    )
    entries = [entry(n, bridge=1, pain_back=b, pain_leg=g) for n, (b, g) in enumerate(zip(back, leg))]
    who = Patient(name="Ada", date_of_birth=day(-30000), surgery_date=TODAY - timedelta(weeks=week, days=1))
    inputs = ReportInputs(who, prog, entries, [], rules, ClinicSettings(), TODAY)
    text = text_of(build_report(inputs).pdf)
    weeks = progress_figures(prog, entries, [], rules, TODAY).weeks
    assert "steady or falling" not in text
    for site, said, before, after in SAID.findall(text):
        assert Direction(said.lower()) is direction_said(before, after, stable), text
        assert Direction(said.lower()) is not Direction.RISING
        site = Site(site.lower())
        assert (before, after) == (f"{weeks[-2].pain(site):.1f}", f"{weeks[-1].pain(site):.1f}")
