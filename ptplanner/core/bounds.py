"""The range of every date and count ptplanner accepts, chosen so that every later step can use them.

A day outside these years makes date arithmetic overflow (a stage 520 weeks after a surgery on
9999-12-30, a time zone moved past year 1 or 9999), and a version beyond 32 bits does not fit the
PostgreSQL column it is stored in. Files and forms are checked against these bounds when read.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2200, 12, 31)
MAX_VERSION = 1_000_000_000  # a program saved every minute for 1,900 years; fits a 32-bit column with room


def _day_in_range(day: date) -> date:
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValueError(f"must be between {EARLIEST_DAY.year} and {LATEST_DAY.year}")
    return day


def _moment_in_range(moment: datetime) -> datetime:
    # Checked before moving to UTC, which is what overflows near year 1 or 9999, and again after it.
    if not _year_within(moment) or not _year_within(moment := moment.astimezone(UTC)):
        raise ValueError(f"must be between {EARLIEST_DAY.year} and {LATEST_DAY.year}")
    return moment


def _year_within(moment: datetime) -> bool:
    return EARLIEST_DAY.year <= moment.year <= LATEST_DAY.year


Day = Annotated[date, AfterValidator(_day_in_range)]
UtcMoment = Annotated[AwareDatetime, AfterValidator(_moment_in_range)]
Version = Annotated[int, Field(ge=0, le=MAX_VERSION)]
