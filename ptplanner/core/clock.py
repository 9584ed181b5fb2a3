"""Today's date, read in one place.

Every "today" of the app and the command line comes from here, so that a test run can hold the day
still: a run that crosses midnight would otherwise compare dates taken on two different days.
"""

from __future__ import annotations

from datetime import date

_held: date | None = None


def today() -> date:
    return _held if _held is not None else date.today()


def hold(day: date | None) -> None:
    """Make today() return `day` until released with hold(None). For tests."""
    global _held
    _held = day
