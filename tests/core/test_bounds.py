"""Every date and version the model accepts lies within bounds every later step can handle."""

from datetime import date

import pytest
from pydantic import BaseModel, ValidationError

from ptplanner.core.bounds import EARLIEST_DAY, LATEST_DAY, MAX_VERSION, Day, UtcMoment, Version


class Sample(BaseModel):
    day: Day | None = None
    moment: UtcMoment | None = None
    version: Version = 0


@pytest.mark.parametrize(
    "fields",
    [
        {"day": date(9999, 12, 30)},
        {"day": date(1899, 12, 31)},
        {"day": date.min},
        {"moment": "9999-12-31T23:59:59-05:00"},
        {"moment": "0001-01-01T00:00:00+05:00"},
        {"moment": "2200-12-31T23:59:59-23:59"},  # 2201 in UTC
        {"version": 2**63},
        {"version": MAX_VERSION + 1},
        {"version": -1},
    ],
)
def test_values_beyond_the_bounds_are_refused_with_a_message(fields):
    with pytest.raises(ValidationError) as refused:
        Sample(**fields)
    assert not isinstance(refused.value.__cause__, OverflowError)
    (problem,) = refused.value.errors()
    assert problem["loc"] == (next(iter(fields)),)


def test_the_bounds_themselves_are_accepted():
    assert Sample(day=EARLIEST_DAY).day == EARLIEST_DAY
    assert Sample(day=LATEST_DAY).day == LATEST_DAY
    assert Sample(moment="2200-12-31T23:59:59Z").moment.year == 2200
    assert Sample(moment="2000-01-01T00:00:00+05:00").moment.hour == 19
    assert Sample(version=MAX_VERSION).version == MAX_VERSION
