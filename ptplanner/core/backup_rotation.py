"""Which automatic backups to keep: the newest of each of the last days, weeks and months that have one.

Counted over the days (weeks, months) that have backups, not over the calendar: a clinic closed for a
month finds its older backups still there, never all thinned away at once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def backups_to_keep(
    taken: Iterable[datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY
) -> set[datetime]:
    """The times (of those given) whose backups stay: the newest backup of each of the `daily` most
    recent days with a backup, of the `weekly` most recent ISO weeks, and of the `monthly` most recent
    months."""
    times = sorted(set(taken), reverse=True)
    return (
        _newest_per_period(times, lambda t: t.date(), daily)
        | _newest_per_period(times, lambda t: t.isocalendar()[:2], weekly)
        | _newest_per_period(times, lambda t: (t.year, t.month), monthly)
    )


def _newest_per_period(
    newest_first: list[datetime], period: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    kept: dict[Hashable, datetime] = {}
    for time in newest_first:
        key = period(time)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = time
    return set(kept.values())
