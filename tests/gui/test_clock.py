"""The window reads today's date when it needs it, from the one clock: a window left open overnight
logs the new day, and a test run held on one day never sees two."""

from datetime import timedelta

import pytest
from gui_helpers import TODAY
from test_log_grid import open_demo_patient, open_log_sheet

from ptplanner.core import clock


@pytest.fixture
def next_day():
    clock.hold(TODAY + timedelta(days=1))
    yield TODAY + timedelta(days=1)
    clock.hold(TODAY)


def test_a_window_opened_yesterday_logs_today_after_midnight(qtbot, demo_window, next_day):
    open_demo_patient(qtbot, demo_window, "Margaret Okafor")
    model = open_log_sheet(qtbot, demo_window).model
    assert model.today == next_day and model.days()[-1] == next_day
