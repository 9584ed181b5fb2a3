from math import ceil

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError

from ptplanner.core.walking import WALK_MORE, WALK_THE_SAME, MAX_WALKS_PER_DAY, WalkingPlan, weeks_ahead_text


def daily_minutes(plan: WalkingPlan) -> list[int]:
    return [week.minutes_per_day for week in plan.schedule()]


def test_the_daily_total_grows_by_the_weekly_step_and_stops_at_the_target():
    plan = WalkingPlan(
        baseline_minutes_per_day=10,
        weekly_increase_minutes=5,
        target_minutes_per_day=30,
        walks_per_day=1,
        weeks=7,
    )
    assert daily_minutes(plan) == [10, 15, 20, 25, 30, 30, 30]


def test_the_day_is_split_into_the_planned_number_of_walks():
    plan = WalkingPlan(
        baseline_minutes_per_day=15,
        weekly_increase_minutes=15,
        target_minutes_per_day=45,
        walks_per_day=3,
        weeks=3,
    )
    assert [(w.walks_per_day, w.minutes_per_walk) for w in plan.schedule()] == [(3, 5), (3, 10), (3, 15)]


def test_more_walks_are_added_so_none_is_longer_than_the_maximum():
    plan = WalkingPlan(
        baseline_minutes_per_day=20,
        weekly_increase_minutes=20,
        target_minutes_per_day=80,
        walks_per_day=1,
        max_minutes_per_walk=20,
        weeks=4,
    )
    assert [(w.walks_per_day, w.minutes_per_walk) for w in plan.schedule()] == [
        (1, 20),
        (2, 20),
        (3, 20),
        (4, 20),
    ]


def test_a_short_day_is_never_split_into_walks_of_no_minutes():
    plan = WalkingPlan(
        baseline_minutes_per_day=2,
        weekly_increase_minutes=1,
        target_minutes_per_day=12,
        walks_per_day=6,
        weeks=4,
    )
    assert all(week.minutes_per_walk >= 1 for week in plan.schedule())
    assert daily_minutes(plan)[0] == 2


def test_weeks_are_numbered_from_one():
    plan = WalkingPlan(
        baseline_minutes_per_day=10, weekly_increase_minutes=5, target_minutes_per_day=30, weeks=5
    )
    assert [week.week for week in plan.schedule()] == [1, 2, 3, 4, 5]


def test_a_target_below_the_baseline_is_refused():
    with pytest.raises(ValidationError, match="the target must not be below the baseline"):
        WalkingPlan(baseline_minutes_per_day=30, weekly_increase_minutes=5, target_minutes_per_day=20)
    flat = WalkingPlan(baseline_minutes_per_day=30, weekly_increase_minutes=5, target_minutes_per_day=30)
    assert set(daily_minutes(flat)) == {30}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("baseline_minutes_per_day", 1),
        ("weekly_increase_minutes", 0),
        ("target_minutes_per_day", 181),
        ("walks_per_day", 0),
        ("max_minutes_per_walk", 4),
        ("weeks", 0),
        ("weeks", 53),
    ],
)
def test_values_outside_their_range_are_refused(field, value):
    fields = {"baseline_minutes_per_day": 10, "weekly_increase_minutes": 5, "target_minutes_per_day": 30}
    with pytest.raises(ValidationError) as caught:
        WalkingPlan(**{**fields, field: value})
    assert [error["loc"] for error in caught.value.errors()] == [(field,)]


def test_describe_states_the_plan():
    plan = WalkingPlan(baseline_minutes_per_day=10, weekly_increase_minutes=5, target_minutes_per_day=30)
    assert plan.describe() == (
        "9 minutes a day in week 1 (3 walks of 3 minutes), about 5 more each week, up to 30 minutes a day "
        "(3 walks of 10 minutes) from week 5."
    )


@st.composite
def walking_plans(draw) -> WalkingPlan:
    baseline = draw(st.integers(2, 120))
    target = draw(st.integers(5, 180))
    assume(target >= baseline)
    longest_walk = draw(st.integers(5, 120))
    assume(target <= longest_walk * MAX_WALKS_PER_DAY)
    return WalkingPlan(
        baseline_minutes_per_day=baseline,
        weekly_increase_minutes=draw(st.integers(1, 30)),
        target_minutes_per_day=target,
        walks_per_day=draw(st.integers(1, 6)),
        max_minutes_per_walk=longest_walk,
        weeks=draw(st.integers(1, 52)),
    )


@given(walking_plans())
def test_any_plan_numbers_every_week_and_never_goes_backwards_or_past_the_target(plan):
    schedule = plan.schedule()
    totals = [week.minutes_per_day for week in schedule]
    assert [week.week for week in schedule] == list(range(1, plan.weeks + 1))
    assert totals == sorted(totals)
    assert max(totals) <= plan.target_minutes_per_day


def test_a_growing_plan_says_to_walk_more_until_it_reaches_its_target():
    plan = WalkingPlan(
        baseline_minutes_per_day=10, weekly_increase_minutes=5, target_minutes_per_day=20, walks_per_day=1,
        weeks=5,
    )
    assert [week.minutes_per_day for week in plan.schedule()] == [10, 15, 20, 20, 20]
    assert [weeks_ahead_text(plan, week) for week in range(1, 6)] == [WALK_MORE] * 2 + [WALK_THE_SAME] * 3


def test_a_flat_plan_says_to_keep_the_same_time_each_week():
    flat = WalkingPlan(  # 20, 20, 20, 20 minutes: the plan of the demo's Dolores Ramirez
        baseline_minutes_per_day=40, weekly_increase_minutes=1, target_minutes_per_day=40, walks_per_day=2,
        weeks=4,
    )
    assert {week.minutes_per_walk for week in flat.schedule()} == {20}
    assert {weeks_ahead_text(flat, week) for week in range(1, 5)} == {WALK_THE_SAME}


@given(walking_plans(), st.integers(1, 52))
def test_more_each_week_is_said_only_when_a_later_week_has_more_minutes(plan, week):
    assume(week <= plan.weeks)
    totals = [row.minutes_per_day for row in plan.schedule()]
    grows = any(later > totals[week - 1] for later in totals[week:])
    assert weeks_ahead_text(plan, week) == (WALK_MORE if grows else WALK_THE_SAME)


@given(walking_plans())
def test_any_plan_has_walks_of_one_minute_up_to_the_maximum(plan):
    for week in plan.schedule():
        assert 1 <= week.minutes_per_walk <= plan.max_minutes_per_walk


@given(walking_plans())
def test_any_plan_rounds_each_walk_by_less_than_a_minute(plan):
    for index, week in enumerate(plan.schedule()):
        intended = min(
            plan.baseline_minutes_per_day + index * plan.weekly_increase_minutes, plan.target_minutes_per_day
        )
        walks = max(min(plan.walks_per_day, intended), ceil(intended / plan.max_minutes_per_walk))
        assert abs(week.minutes_per_day - intended) < walks


def test_a_plan_needing_too_many_walks_a_day_is_refused():
    with pytest.raises(ValidationError, match="more than 6 walks a day"):
        WalkingPlan(
            baseline_minutes_per_day=10, weekly_increase_minutes=5, target_minutes_per_day=180, max_minutes_per_walk=5
        )
