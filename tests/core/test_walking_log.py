"""Walking minutes logged against the plan's minutes, week by week."""

from progress_samples import PROGRAM_ID, START, day, program, stage
from test_walking_program import PLAN  # 15 minutes a day, 3 more each week, up to 30, over 6 weeks

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.progress.walking import walking_against_plan


def walked(number: int, minutes: int) -> AdherenceEntry:
    return AdherenceEntry(program_id=PROGRAM_ID, day=day(number), walking_minutes=minutes)


def test_each_begun_week_gives_the_logged_average_beside_the_plan():
    walking = program(stage(walking=PLAN, end_week=6))
    entries = [walked(0, 10), walked(1, 20), walked(8, 18), AdherenceEntry(program_id=PROGRAM_ID, day=day(9))]
    figures = walking_against_plan(walking, entries, surgery_date=START, today=day(15))
    rows = [(f.week, f.planned_minutes_per_day, f.logged_minutes_per_day, f.days_logged) for f in figures]
    assert rows == [
        (1, 15, 15.0, 2),
        (2, 18, 18.0, 1),
        (3, 21, None, 0),
    ]
    assert figures[0].first_day == day(0) and figures[0].last_day == day(6)
    assert figures[1].percent == 100.0 and figures[2].percent is None


def test_a_plan_applied_later_counts_its_weeks_from_its_own_start():
    walking = program(stage(walking=PLAN.model_copy(update={"start": day(10)})))
    figures = walking_against_plan(walking, [walked(11, 30)], surgery_date=START, today=day(11))
    assert [(f.first_day, f.logged_minutes_per_day, f.percent) for f in figures] == [(day(10), 30.0, 200.0)]


def test_a_plan_stops_where_the_next_stage_starts_and_that_stage_plan_takes_over():
    later = PLAN.model_copy(update={"baseline_minutes_per_day": 30, "weeks": 2})
    walking = program(stage(walking=PLAN, end_week=2), stage(start_week=2, walking=later))
    figures = walking_against_plan(walking, [], surgery_date=START, today=day(40))
    assert [(f.stage_index, f.week, f.planned_minutes_per_day) for f in figures] == [
        (0, 1, 15),
        (0, 2, 18),
        (1, 1, 30),
        (1, 2, 30),
    ]


def test_without_a_surgery_date_the_first_stage_starts_with_the_program():
    one_stage = program(stage(walking=PLAN))
    figures = walking_against_plan(one_stage, [walked(0, 5)], surgery_date=None, today=day(0))
    assert [(f.first_day, f.logged_minutes_per_day) for f in figures] == [(START, 5.0)]
