"""The walking plan inside the program: the walking item's dose is the plan's week in force, applying a
plan changes plan and item together, and each rule of the plan holds for any plan (Hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from progress_samples import START, day, item, program, stage

from ptplanner.core.dosage import Dosage
from ptplanner.core.walking import (
    MAX_WALKS_PER_DAY,
    WALKING_EXERCISE_ID,
    WalkingPlan,
    dated_schedule,
    split_day,
    week_index_on,
    week_on,
)
from ptplanner.core.walking_program import (
    is_walking_item,
    planned_minutes_on,
    program_on,
    stage_first_day,
    stage_walks,
    with_walking_plan,
)

PLAN = WalkingPlan(baseline_minutes_per_day=15, weekly_increase_minutes=3, target_minutes_per_day=30, weeks=6)


def walking_item():
    walk = item("walk")
    exercise = walk.exercise.model_copy(update={"id": WALKING_EXERCISE_ID, "name": "Walking plan"})
    return walk.model_copy(update={"exercise": exercise, "dosage": Dosage(duration_minutes=10, times_per_day=3)})


@st.composite
def plans(draw) -> WalkingPlan:
    longest = draw(st.integers(5, 120))
    baseline = draw(st.integers(2, min(120, longest * MAX_WALKS_PER_DAY)))
    target = draw(st.integers(max(5, baseline), min(180, longest * MAX_WALKS_PER_DAY)))
    return WalkingPlan(
        baseline_minutes_per_day=baseline,
        weekly_increase_minutes=draw(st.integers(1, 30)),
        target_minutes_per_day=target,
        walks_per_day=draw(st.integers(1, MAX_WALKS_PER_DAY)),
        max_minutes_per_walk=longest,
        weeks=draw(st.integers(1, 52)),
        start=draw(st.none() | st.dates(START - timedelta(weeks=60), START + timedelta(weeks=8))),
    )


@given(plans(), st.integers(-30, 400))
def test_the_walking_items_dose_is_the_marked_week_of_the_dated_table(plan, offset):
    on = day(offset)
    walking = program(stage(walking_item(), item("bridge"), walking=plan))
    dosed = program_on(walking, None, on).stages[0].items[0]
    start = plan.start or START  # stage 1 without a surgery date starts with the program
    row = dated_schedule(plan, start)[week_index_on(plan, start, on)].week
    assert (dosed.dosage.duration_minutes, dosed.dosage.times_per_day) == (row.minutes_per_walk, row.walks_per_day)
    assert dosed.dosage.note == f"Week {row.week} of your walking plan."
    assert program_on(walking, None, on).stages[0].items[1] == walking.stages[0].items[1]
    assert planned_minutes_on(walking, 0, None, on, START) == row.minutes_per_day


@given(plans())
def test_weeks_never_drop_never_pass_the_target_and_split_within_a_minute_a_walk(plan):
    schedule = plan.schedule()
    totals = [week.minutes_per_day for week in schedule]
    assert totals == sorted(totals)
    assert max(totals) <= plan.target_minutes_per_day
    for week, planned in zip(schedule, plan.daily_totals(), strict=True):
        assert abs(week.minutes_per_day - planned) < week.walks_per_day
        assert 1 <= week.minutes_per_walk <= plan.max_minutes_per_walk


@given(st.integers(2, 180), st.integers(1, MAX_WALKS_PER_DAY), st.integers(5, 120))
def test_a_day_splits_into_equal_walks_rounded_to_the_nearest_minute_but_never_over_the_cap(total, walks, longest):
    if total > longest * MAX_WALKS_PER_DAY:
        return
    minutes, count = split_day(total, walks, longest, total)
    assert count >= min(walks, total) and minutes <= longest
    assert minutes * count <= total
    assert abs(minutes * count - total) < count
    uncapped, _ = split_day(total, walks, longest, 10_000)
    assert abs(uncapped * count - total) <= count / 2 or uncapped == longest


def test_weeks_carry_dates_and_the_week_in_force_holds_before_and_after_the_plan():
    weeks = dated_schedule(PLAN, date(2026, 12, 7))
    assert (weeks[0].first_day, weeks[0].last_day) == (date(2026, 12, 7), date(2026, 12, 13))
    assert weeks[-1].last_day == date(2027, 1, 17)
    assert week_on(PLAN, date(2026, 12, 7), date(2026, 12, 1)).week == 1
    assert week_on(PLAN, date(2026, 12, 7), date(2026, 12, 14)).week == 2
    assert week_on(PLAN, date(2026, 12, 7), date(2027, 6, 1)).week == 6
    assert week_on(PLAN, None, date(2027, 6, 1)).week == 1


def test_a_stage_starts_when_the_patient_entered_it_else_when_the_surgery_says():
    two = program(stage(item("bridge")), stage(item("bridge"), start_week=6), moves=((1, 50),))
    assert stage_first_day(two, 1, START) == day(50)
    assert stage_first_day(two, 0, START) == START
    assert stage_first_day(program(stage(), stage(start_week=6)), 1, START) == START + timedelta(weeks=6)
    assert stage_first_day(program(stage(), stage(start_week=6)), 1, None) is None


def test_applying_a_plan_changes_the_plan_and_the_walking_item_together():
    walking = program(stage(walking_item(), item("bridge"), walking=PLAN))
    later = PLAN.model_copy(update={"baseline_minutes_per_day": 24, "start": day(20)})
    changed = with_walking_plan(walking, walking.stages[0].id, later, None, day(20))
    assert changed.stages[0].walking == later
    (walk,) = [i for i in changed.stages[0].items if is_walking_item(i)]
    assert (walk.dosage.duration_minutes, walk.dosage.times_per_day) == (8, 3)
    assert with_walking_plan(changed, walking.stages[0].id, None, None, day(20)).stages[0].walking is None


def test_a_stage_after_a_plan_keeps_walking_and_a_stage_of_another_program_does_not():
    after = program(stage(walking_item(), walking=PLAN), stage(item("bridge"), start_week=6))
    assert stage_walks(after, 1)
    assert planned_minutes_on(after, 1, START, day(100), START) == 30
    assert not stage_walks(program(stage(item("bridge"))), 0)
