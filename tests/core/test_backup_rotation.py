"""Thinning automatic backups: the newest of each of the last 7 days, 4 weeks and 12 months with one."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.backup_rotation import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, backups_to_keep

times = st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)), max_size=80)


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_and_12_months():
    start = datetime(2026, 1, 1, 9, 30)
    taken = [start + timedelta(days=day) for day in range(400)]
    kept = sorted(backups_to_keep(taken))
    newest = taken[-1]
    assert kept[-7:] == taken[-7:]  # the last seven days
    older = [time for time in kept if time < taken[-7]]
    sundays = [time for time in older if time.isocalendar()[2] == 7]
    month_ends = [time for time in older if (time + timedelta(days=1)).day == 1]
    assert len(older) == len(set(sundays) | set(month_ends))  # each older one ends a week or a month
    assert len({(time.year, time.month) for time in kept}) == 12
    assert newest in kept


def test_several_backups_a_day_keep_the_newest_of_each_day():
    day = datetime(2026, 12, 5)
    taken = [day.replace(hour=8), day.replace(hour=12), day.replace(hour=18)]
    assert backups_to_keep(taken) == {day.replace(hour=18)}


def test_a_long_pause_keeps_the_backups_from_before_it():
    before = [datetime(2025, 3, day, 10) for day in range(1, 11)]
    after = datetime(2026, 12, 5, 10)
    kept = backups_to_keep([*before, after])
    assert set(before[-6:]) <= kept and after in kept  # counted over days with a backup, not the calendar


def test_the_counts_can_be_changed():
    taken = [datetime(2026, 12, 1) + timedelta(days=day) for day in range(5)]
    assert backups_to_keep(taken, daily=2, weekly=0, monthly=0) == set(taken[-2:])


@given(times)
def test_only_given_backups_are_kept_and_never_more_than_the_counts(taken):
    kept = backups_to_keep(taken)
    assert kept <= set(taken)
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY


@given(times)
def test_the_newest_backup_and_the_newest_of_each_recent_day_are_kept(taken):
    kept = backups_to_keep(taken)
    days = sorted({time.date() for time in taken}, reverse=True)[:KEEP_DAILY]
    for day in days:
        assert max(time for time in taken if time.date() == day) in kept
    if taken:
        assert max(taken) in kept


@given(times)
def test_each_of_the_recent_months_keeps_its_newest(taken):
    kept = backups_to_keep(taken)
    months = sorted({(time.year, time.month) for time in taken}, reverse=True)[:KEEP_MONTHLY]
    for month in months:
        assert max(time for time in taken if (time.year, time.month) == month) in kept


@given(times)
def test_rotating_again_removes_nothing_more(taken):
    kept = backups_to_keep(taken)
    assert backups_to_keep(kept) == kept


@given(times, st.datetimes(min_value=datetime(2030, 1, 2), max_value=datetime(2031, 1, 1)))
def test_a_newer_backup_never_brings_back_one_removed(taken, newer):
    kept = backups_to_keep(taken)
    assert backups_to_keep([*taken, newer]) <= kept | {newer}
