"""Next-step suggestions: each rule shown firing and not firing, with its reason in plain words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ptplanner.core.patient import Patient
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.suggestions import SuggestionDecision, SuggestionKind, open_suggestions, suggest
from ptplanner.core.walking import WalkingPlan
from tests.core.progress_samples import PROGRAM_ID, daily, day, entry, item, program, stage

RULES = ProgressRules()
TODAY = day(14)
WALKING = WalkingPlan(baseline_minutes_per_day=10, weekly_increase_minutes=5, target_minutes_per_day=30)


def patient(week_today: int | None) -> Patient:
    """A patient who is in week `week_today` after surgery on TODAY (no surgery date if None)."""
    surgery = None if week_today is None else TODAY - timedelta(weeks=week_today, days=1)
    return Patient(name="Ada Lovelace", date_of_birth=date(1950, 1, 1), surgery_date=surgery)


def two_stages(walking: WalkingPlan | None = None, moves=()):
    return program(
        stage(item("bridge"), end_week=6, walking=walking, name="Protection"),
        stage(item("clamshell"), start_week=6, name="Stabilization"),
        moves=moves,
    )


def suggestions(prog, entries, who=None, today=TODAY, rules=RULES):
    figures = progress_figures(prog, entries, [], rules, today)
    return suggest(who or patient(6), prog, figures, rules)


GOOD_FORTNIGHT = daily(0, 13, bridge=1, pain_back=3, pain_leg=1)


# move to the next stage


def test_next_stage_when_the_week_is_reached_adherence_kept_up_and_pain_steady():
    (suggestion,) = suggestions(two_stages(), GOOD_FORTNIGHT)
    assert suggestion.kind is SuggestionKind.NEXT_STAGE
    assert suggestion.title == "Move to stage 2 of 2: Stabilization"
    assert suggestion.stage_index == 1
    assert suggestion.reason == (
        "It is week 6 after surgery; stage 2 is planned from week 6. "
        "Did 100% and 100% of the sessions in the last 2 weeks (80% needed). "
        "Back pain steady (3.0 then 3.0) and leg pain steady (1.0 then 1.0): daily average the week "
        "before, then last week; a change of 1 point or more counts as a rise or a fall."
    )


def test_no_next_stage_before_its_planned_week():
    assert suggestions(two_stages(), GOOD_FORTNIGHT, who=patient(5)) == []


def test_no_next_stage_when_one_of_the_two_weeks_fell_short():
    short_week = daily(0, 6, bridge=1, pain_back=3) + [
        entry(n, bridge=int(n < 12), pain_back=3) for n in range(7, 14)
    ]
    assert suggestions(two_stages(), short_week) == []  # 5 of 7 is 71%
    (allowed,) = suggestions(two_stages(), short_week, rules=ProgressRules(progression_adherence_percent=70))
    assert allowed.kind is SuggestionKind.NEXT_STAGE and "100% and 71%" in allowed.reason


def test_no_next_stage_when_pain_is_rising():
    rising = daily(0, 6, bridge=1, pain_back=3) + daily(7, 13, bridge=1, pain_back=4)
    assert suggestions(two_stages(), rising) == []


def test_no_next_stage_without_two_full_weeks_of_log():
    assert suggestions(two_stages(), GOOD_FORTNIGHT[3:]) == []


def test_no_next_stage_from_the_last_stage():
    last = program(stage(item("bridge")), stage(item("clamshell"), start_week=6), moves=((1, 0),))
    entries = daily(0, 13, clamshell=1, pain_back=3)
    assert suggestions(last, entries, who=patient(20)) == []


def test_without_a_surgery_date_the_next_stage_is_due_after_the_stages_planned_length():
    entries = daily(28, 41, bridge=1, pain_back=2)
    (due,) = suggestions(two_stages(), entries, who=patient(None), today=day(42))
    assert due.kind is SuggestionKind.NEXT_STAGE
    assert due.reason.startswith("The patient has been in stage 1 for 6 weeks, its planned length")
    assert suggestions(two_stages(), entries, who=patient(None), today=day(41)) == []


# raise the walking plan


SHORT_WALKING = WALKING.model_copy(update={"weeks": 2})  # 10 then 15 minutes a day, over by TODAY


def test_raise_walking_by_its_weekly_step_once_its_weeks_are_over_after_a_good_week():
    (raised,) = suggestions(program(stage(item("bridge"), walking=SHORT_WALKING)), GOOD_FORTNIGHT)
    assert raised.kind is SuggestionKind.RAISE_WALKING
    assert raised.walking == SHORT_WALKING.model_copy(update={"baseline_minutes_per_day": 20, "start": TODAY})
    assert raised.title == "Raise walking to 20 minutes a day"
    assert "Did 100% of the sessions in the last week (80% needed)." in raised.reason
    assert "from 15 to 20 minutes a day (the target is 30), as a plan that starts today" in raised.reason


def test_walking_is_not_raised_while_its_weeks_run_past_its_target_or_in_a_stages_first_week():
    running = WALKING.model_copy(update={"start": TODAY - timedelta(days=3)})
    assert suggestions(program(stage(item("bridge"), walking=running)), GOOD_FORTNIGHT) == []
    assert suggestions(program(stage(item("bridge"), walking=WALKING)), GOOD_FORTNIGHT) == []  # at 30
    just_moved = program(
        stage(item("bridge")), stage(item("bridge"), walking=SHORT_WALKING), moves=((1, 10),)
    )
    assert suggestions(just_moved, GOOD_FORTNIGHT, who=patient(0)) == []


def test_walking_is_not_raised_after_a_poor_week():
    poor = daily(0, 6, bridge=1, pain_back=3) + daily(7, 13, bridge=0, pain_back=3)
    (follow_up,) = suggestions(program(stage(item("bridge"), walking=SHORT_WALKING)), poor)
    assert follow_up.kind is SuggestionKind.FOLLOW_UP and follow_up.walking is None  # the low adherence


# hold or step back after a flare


def test_hold_after_pain_rises_two_points_and_repeat_the_last_good_week():
    entries = daily(0, 13, bridge=1, pain_back=3) + daily(14, 20, bridge=1, pain_back=5)
    (hold,) = suggestions(two_stages(walking=WALKING), entries, today=day(21))  # the next stage is due, too
    assert hold.kind is SuggestionKind.HOLD
    assert hold.repeat_week == (day(6), day(12))  # the walking plan's week (from the surgery, day -29)
    assert hold.walking == WALKING.model_copy(update={"baseline_minutes_per_day": 25, "start": day(21)})
    assert "Back pain in the daily log is up 2.0 points" in hold.reason
    repeat = "repeat week 6 of the walking plan (Mar 9 to Mar 15, 30 minutes a day), the last week that went"
    assert repeat in hold.reason
    step_back = "Walking can go back one weekly step, from 30 to 25 minutes a day, as a plan that starts today."
    assert step_back in hold.reason


def test_hold_after_soreness_that_lasts_to_the_next_morning():
    entries = [
        *GOOD_FORTNIGHT[:12],
        entry(12, bridge=1, pain_back=3, pain_back_after=6),
        entry(13, bridge=1, pain_back=5),
    ]
    (hold,) = suggestions(two_stages(), entries)
    assert hold.kind is SuggestionKind.HOLD
    assert (
        "On Mar 15, back pain went from 3 to 6 after exercising and was still 5 the next morning."
        in hold.reason
    )


def test_a_smaller_rise_is_no_flare():
    entries = daily(0, 13, bridge=1, pain_back=3) + daily(14, 20, bridge=1, pain_back=4)
    assert suggestions(two_stages(), entries, today=day(21)) == []


def test_with_no_good_week_to_repeat_the_hold_says_step_back():
    entries = daily(0, 6, bridge=0, pain_back=3) + daily(7, 13, bridge=0, pain_back=6)
    (hold,) = suggestions(two_stages(), entries)
    assert hold.repeat_week is None
    assert "step back to an easier level until the pain settles" in hold.reason


def test_the_last_good_week_may_be_in_the_stage_before():
    prog = two_stages(moves=((1, 7),))
    # stage 2's first week was easy on pain but the exercises were mostly skipped
    entries = (
        daily(0, 6, bridge=1, pain_back=2)
        + daily(7, 13, clamshell=0, pain_back=2)
        + daily(14, 20, clamshell=1, pain_back=5)
    )
    (hold,) = suggestions(prog, entries, who=patient(9), today=day(21))
    assert hold.repeat_week == (day(0), day(6))
    assert "(in stage 1)" in hold.reason


# answered suggestions rest


@pytest.mark.parametrize(("days_ago", "shown"), [(0, False), (6, False), (7, True), (-1, True)])
def test_a_suggestion_answered_recently_is_not_offered_again(days_ago, shown):
    offered = suggestions(two_stages(), GOOD_FORTNIGHT)
    answered = SuggestionDecision(
        program_id=PROGRAM_ID,
        kind=SuggestionKind.NEXT_STAGE,
        on=TODAY - timedelta(days=days_ago),
        accepted=False,
    )
    other_kind = SuggestionDecision(program_id=PROGRAM_ID, kind=SuggestionKind.HOLD, on=TODAY, accepted=True)
    assert open_suggestions(offered, [answered, other_kind], TODAY, RULES) == (offered if shown else [])
