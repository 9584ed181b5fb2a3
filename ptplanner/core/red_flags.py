"""Warning signs after spinal fusion, grouped by whom to call, in plain words.

Three groups, most urgent first: call the emergency number now; call the surgeon's office today; call
the therapy clinic with questions about the exercises. Each group's heading says whom to call and, where
the clinic or the patient record has it, the number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.language import number, tr
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


def red_flags(
    clinic: ClinicSettings, patient: Patient | None = None, before_surgery: bool = False
) -> tuple[RedFlagGroup, ...]:
    """The emergency signs, the call-the-surgeon signs and the call-us reasons, with the numbers in them.
    `before_surgery`: the signs that matter before the operation (no wound yet; an infection may delay it)."""
    fever = f"{number(clinic.fever_threshold_f, 1)} °F ({number(clinic.fever_threshold_c, 1)} °C)"
    after_hours = (
        " " + tr("When we are closed, call {phone}.").format(phone=clinic.after_hours_phone)
        if clinic.after_hours_phone
        else ""
    )
    call_us = tr("Call your therapist")
    if clinic.phone:
        call_us = tr("Call us at {phone}").format(phone=clinic.phone)
    return (
        RedFlagGroup(
            Urgency.EMERGENCY,
            tr("Call {number} now if:").format(number=clinic.emergency_number),
            (
                tr("Chest pain, or it is suddenly hard to breathe."),
                tr("You cannot hold or pass urine, or control your bowels."),
                tr("You feel numb between your legs or around your bottom."),
                tr("A leg suddenly gets weak."),
            ),
        ),
        RedFlagGroup(
            Urgency.SURGEON_TODAY,
            _surgeon_action(patient),
            _before_surgery_signs(fever) if before_surgery else (
                tr("A fever of {fever} or more, or chills.").format(fever=fever),
                tr("Your wound is red, warm or swollen, leaks, smells bad or opens."),
                tr("New or worse numbness, tingling or weakness in a leg."),
                tr("Sudden or much worse pain, or pain that rest and medicine do not ease."),
                tr("The pain you had before surgery comes back."),
                tr("Your hip is red, warm or swollen, or you now find it hard to walk or stand."),
                tr("Your calf hurts, or one leg swells."),
                tr("A new headache or neck pain."),
                tr("A fall, or no bowel movement for 4 days."),
            ),
        ),
        RedFlagGroup(
            Urgency.CLINIC,
            tr(
                "{call_us} if you have questions about your exercises. Call too if you are still sore 2 days"
                " after you exercise."
            ).format(call_us=call_us)
            + after_hours,
            (),
        ),
    )


def _before_surgery_signs(fever: str) -> tuple[str, ...]:
    return (
        tr("A fever of {fever} or more, or chills.").format(fever=fever),
        tr("A cold, a cough, a sore on your skin or any other infection before your surgery day."),
        tr("New or worse numbness, tingling or weakness in a leg."),
        tr("Pain that comes on all of a sudden or gets much worse."),
        tr("Your calf hurts, or one leg swells."),
        tr("A fall."),
    )


def before_surgery(program_before_surgery: bool, surgery_date: date | None, today: date) -> bool:
    """A prehab program, or an operation still ahead."""
    return program_before_surgery or (surgery_date is not None and surgery_date > today)


def _surgeon_action(patient: Patient | None) -> str:
    if patient is None or not (patient.surgeon or patient.surgeon_phone):
        return tr("Call your surgeon's office today if:")
    if patient.surgeon and patient.surgeon_phone:
        text = tr("Call {surgeon}'s office at {phone} today if:")
    elif patient.surgeon:
        text = tr("Call {surgeon}'s office today if:")
    else:
        text = tr("Call your surgeon's office at {phone} today if:")
    return text.format(surgeon=patient.surgeon, phone=patient.surgeon_phone)
