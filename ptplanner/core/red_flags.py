"""Warning signs after spinal fusion, grouped by whom to call, in plain words.

Three groups, most urgent first: call the emergency number now; call the surgeon's office today; call
the therapy clinic with questions about the exercises. Each group's heading says whom to call and, where
the clinic or the patient record has it, the number.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.patient import Patient


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    SURGEON_TODAY = "surgeon today"
    CLINIC = "clinic"


@dataclass(frozen=True)
class RedFlagGroup:
    urgency: Urgency
    action: str  # whom to call, e.g. "Call 911 now if:" (the whole message when there are no signs)
    signs: tuple[str, ...]


def red_flags(clinic: ClinicSettings, patient: Patient | None = None) -> tuple[RedFlagGroup, ...]:
    """The emergency signs, the call-the-surgeon signs and the call-us reasons, with the numbers in them."""
    fever = f"{clinic.fever_threshold_f:.1f} °F ({clinic.fever_threshold_c:.1f} °C)"
    after_hours = f" When we are closed, call {clinic.after_hours_phone}." if clinic.after_hours_phone else ""
    call_us = f"Call us at {clinic.phone}" if clinic.phone else "Call your therapist"
    return (
        RedFlagGroup(
            Urgency.EMERGENCY,
            f"Call {clinic.emergency_number} now if:",
            (
                "Chest pain, or it is suddenly hard to breathe.",
                "You cannot hold or pass urine, or control your bowels.",
                "You feel numb between your legs or around your bottom.",
                "A leg suddenly gets weak.",
            ),
        ),
        RedFlagGroup(
            Urgency.SURGEON_TODAY,
            _surgeon_action(patient),
            (
                f"A fever of {fever} or more, or chills.",
                "Your wound is red, warm or swollen, leaks, smells bad or opens.",
                "New or worse numbness, tingling or weakness in a leg.",
                "Pain that comes on all of a sudden or gets much worse.",
                "The pain you had before surgery comes back.",
                "Your hip is red, warm or swollen, or you cannot stand on that leg.",
                "Your calf hurts, or one leg swells.",
                "A new headache or neck pain.",
                "A fall, or no bowel movement for 4 days.",
            ),
        ),
        RedFlagGroup(
            Urgency.CLINIC,
            f"{call_us} if you have questions about your exercises. Call too if you are still sore 2 days"
            f" after you exercise.{after_hours}",
            (),
        ),
    )


def _surgeon_action(patient: Patient | None) -> str:
    if patient is None or not (patient.surgeon or patient.surgeon_phone):
        return "Call your surgeon's office today if:"
    who = f"{patient.surgeon}'s office" if patient.surgeon else "your surgeon's office"
    number = f" at {patient.surgeon_phone}" if patient.surgeon_phone else ""
    return f"Call {who}{number} today if:"
