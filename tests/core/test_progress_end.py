"""Where a patient's progress figures end: today while in care; once discharged, the discharge day or a
later logged day, never after today."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.discharge import progress_end

days = st.dates(date(2015, 1, 1), date(2035, 12, 31))


@given(today=days, logged=st.lists(days, max_size=5))
def test_in_care_the_figures_run_to_today(today, logged):
    assert progress_end(today, None, logged) == today


@given(today=days, discharged=days, logged=st.lists(days, max_size=5))
def test_once_discharged_they_end_at_the_discharge_or_the_last_logged_day_and_never_after_today(
    today, discharged, logged
):
    end = progress_end(today, discharged, logged)
    assert end <= today
    assert end == today or end >= max([discharged, *logged])  # nothing logged or left care is cut off
    assert end <= max([discharged, *logged])  # the days after leaving are not counted as missed


def test_a_patient_discharged_years_ago_is_not_counted_to_today():
    today = date(2026, 12, 4)
    left = date(2017, 3, 1)
    assert progress_end(today, left, [left - timedelta(days=3)]) == left
    assert progress_end(today, left, [left + timedelta(days=5)]) == left + timedelta(days=5)  # a late sheet
