"""Warning signs after spinal fusion, grouped by what the patient should do, in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ptplanner.core.clinic import ClinicSettings


class Urgency(StrEnum):
    CALL_TODAY = "call today"
    EMERGENCY = "emergency"


@dataclass(frozen=True)
class RedFlagGroup:
    urgency: Urgency
    action: str  # what to do, e.g. "Call us today at 555-0100 if:"
    signs: tuple[str, ...]


def red_flags(clinic: ClinicSettings) -> tuple[RedFlagGroup, RedFlagGroup]:
    """The call-the-clinic signs, then the emergency signs, with the clinic's numbers in them."""
    fever = f"{clinic.fever_threshold_f:.1f} °F ({clinic.fever_threshold_c:.1f} °C)"
    call = f"Call us today at {clinic.phone} if:" if clinic.phone else "Call your clinic or surgeon today if:"
    return (
        RedFlagGroup(
            Urgency.CALL_TODAY,
            call,
            (
                f"You have a fever of {fever} or more, or you have chills.",
                "Your wound gets red, hot or swollen, or the red spreads.",
                "Your wound leaks fluid that is cloudy or smells bad.",
                "Your wound still leaks after 5 days, or it starts to open.",
                "A leg feels numb, tingles or is weak, and this is new.",
                "You have new trouble walking.",
                "Your pain is very bad and rest and your pain pills do not help.",
                "Your calf hurts, or one leg swells a lot.",
                "You fall.",
                "You have not moved your bowels for 4 days.",
            ),
        ),
        RedFlagGroup(
            Urgency.EMERGENCY,
            f"Call {clinic.emergency_number} or go to the emergency room now if:",
            (
                "You cannot control your bladder or bowels.",
                "You cannot pass urine.",
                "You feel numb between your legs or around your bottom.",
                "You have chest pain.",
                "You find it hard to breathe.",
            ),
        ),
    )
