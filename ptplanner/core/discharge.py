"""A patient's discharge: the day they left the active list and why, kept until they are re-admitted."""

from __future__ import annotations

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
