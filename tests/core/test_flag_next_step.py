"""A raised flag is never left with nothing to do: whenever the log raises a flag, a next step is suggested,
and when that step changes nothing in the program it says what to do about each flag."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ptplanner.core.patient import Patient
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress.flags import FlagKind
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.suggestions import SuggestionKind, suggest
from ptplanner.core.walking import WalkingPlan
from tests.core.progress_samples import daily, day, entry, item, program, stage

TODAY = day(21)
RULES = ProgressRules()
WALKING = WalkingPlan(baseline_minutes_per_day=10, weekly_increase_minutes=5, target_minutes_per_day=30)
NOTES = ("", "", "", "", "Had a fall on the stairs.", "Fever and chills tonight.")
# what each kind of flag asks of the therapist, when no program change is suggested
ADDRESSED = {
    FlagKind.LOW_ADHERENCE: "what gets in the way of the program",
    FlagKind.RED_FLAG_NOTE: "check for the warning signs it mentions",
}


def who(week: int) -> Patient:
    return Patient(name="Ada", date_of_birth=day(-30000), surgery_date=TODAY - timedelta(weeks=week, days=1))


@settings(max_examples=200, deadline=None)
@given(
    done=st.lists(st.integers(0, 1), min_size=21, max_size=21),
    back=st.lists(st.none() | st.integers(0, 10), min_size=21, max_size=21),
    notes=st.lists(st.sampled_from(NOTES), min_size=21, max_size=21),
    week=st.sampled_from([3, 7]),
    walking=st.booleans(),
)
def test_whenever_a_flag_is_raised_a_next_step_is_suggested_that_deals_with_it(
    done, back, notes, week, walking
):
    prog = program(
        stage(item("bridge"), end_week=6, walking=WALKING if walking else None, name="Protection"),
        stage(item("clamshell"), start_week=6, name="Stabilization"),
    )
    logged = enumerate(zip(done, back, notes))
    entries = [entry(n, note=note, bridge=d, pain_back=b) for n, (d, b, note) in logged]
    figures = progress_figures(prog, entries, [], RULES, TODAY)
    suggested = suggest(who(week), prog, figures, RULES)
    if not figures.flags:
        assert all(s.kind is not SuggestionKind.FOLLOW_UP for s in suggested)
        return
    (step,) = suggested  # never none: the report's "no reason to change the program" cannot follow a flag
    if step.kind is SuggestionKind.FOLLOW_UP:
        for flag in figures.flags:
            assert ADDRESSED.get(flag.kind, "") in step.reason
    if any(flag.kind is FlagKind.PAIN_UP for flag in figures.flags):
        assert step.kind is SuggestionKind.HOLD


def test_low_adherence_on_a_long_program_suggests_fewer_exercises():
    many = program(stage(*(item(f"e{n}") for n in range(8)), name="Protection"))
    entries = daily(0, 13, e0=1, e1=1, e2=1, e3=1, pain_back=3)  # 4 of 8: 50%
    figures = progress_figures(many, entries, [], RULES, day(14))
    assert [flag.kind for flag in figures.flags] == [FlagKind.LOW_ADHERENCE]
    (step,) = suggest(who(9), many, figures, RULES)
    assert step.kind is SuggestionKind.FOLLOW_UP and step.walking is None
    assert step.title == "Review adherence with the patient"
    assert step.reason == (
        "Go over with the patient what gets in the way of the program (time, pain, not sure how to do an"
        " exercise), and follow up by phone between visits. This stage has 8 exercises: consider fewer, as"
        " adherence is better with 6 or fewer."
    )


def test_a_red_flag_note_and_low_adherence_are_both_followed_up():
    prog = program(stage(item("bridge"), name="Protection"))
    entries = [*daily(0, 12, bridge=0, pain_back=3), entry(13, note="I had a fall in the kitchen", bridge=0)]
    figures = progress_figures(prog, entries, [], RULES, day(14))
    assert {flag.kind for flag in figures.flags} == {FlagKind.LOW_ADHERENCE, FlagKind.RED_FLAG_NOTE}
    (step,) = suggest(who(9), prog, figures, RULES)
    assert step.kind is SuggestionKind.FOLLOW_UP and step.title == "Follow up the flags"
    assert step.reason.startswith("Ask the patient today about the note of Mar 16: check for the warning")
    assert "what gets in the way of the program" in step.reason
