"""A patient's discharge: the day they left the active list and why, kept until they are re-admitted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ptplanner.core.language import tr_clinic

MAX_REASON_LENGTH = 500


@dataclass(frozen=True)
class Discharge:
    on: date
    reason: str = ""

    def flag(self) -> str:
        """As the patient list shows it, in place of the flags of an active patient."""
        return f"discharged {self.on.isoformat()}" + (f": {self.reason}" if self.reason else "")


def reason_problem(reason: str) -> str | None:
    """Why a discharge reason is refused, or None."""
    if len(reason) > MAX_REASON_LENGTH:
        said = tr_clinic("the discharge reason is longer than {count} characters")
        return said.format(count=MAX_REASON_LENGTH)
    return None


def progress_end(today: date, discharged_on: date | None, logged: Iterable[date] = ()) -> date:
    """The last day a patient's progress is counted to. In care: today. Discharged: the discharge day, or
    the last day logged if later (a sheet that came back after), never after today. The days after it
    are not sessions missed: the patient has left care."""
    if discharged_on is None:
        return today
    return min(today, max(discharged_on, max(logged, default=discharged_on)))
