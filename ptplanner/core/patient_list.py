"""One row of the patient list: where the patient is, when anything last happened, and what needs a look."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in annotations: the GUI's patient list imports this module before the models
    from ptplanner.core.patient import Patient

# A patient with a program who has logged nothing for this long probably needs a call.
QUIET_AFTER_DAYS = 7


@dataclass(frozen=True)
class PatientListRow:
    patient_id: str
    name: str
    week: int | None  # weeks after surgery; None without a surgery date
    stage: str
    last_activity: date | None  # latest of: a logged day, a program saved, the details saved
    flags: tuple[str, ...]
    language: str = ""  # the handout language's name; "" follows the clinic's


class ListOrder(Enum):
    """The columns the database can order the list by, a page at a time. The stage, last activity and
    flags come from programs and logs, so ordering by them needs every patient's row (the whole list)."""

    NAME = "name"
    WEEK = "week"
    LANGUAGE = "language"


@dataclass(frozen=True)
class PatientQuery:
    """Which patients the list shows and in what order: its Active or Discharged tab, what was typed in its
    search box (matched as storage.patients.find_patients matches it) and the column sorted by."""

    discharged: bool = False
    text: str = ""
    order: ListOrder = ListOrder.NAME
    descending: bool = False


@dataclass(frozen=True)
class PatientPage:
    """Some rows of the list, in its order, and whether more rows follow them."""

    rows: tuple[PatientListRow, ...]
    more: bool


@dataclass(frozen=True)
class PatientFacts:
    """What the list needs from a patient record, cheap to read for thousands of patients."""

    patient_id: str
    name: str
    surgery_date: date | None
    precaution_ends: tuple[date | None, ...]  # None: until the therapist lifts it
    details_saved_on: date
    language: str = ""  # the stored code ("es"); "" follows the clinic's

    @classmethod
    def of(cls, patient: Patient, details_saved_on: date) -> PatientFacts:
        ends = tuple(p.until for p in patient.precautions)
        language = patient.language.value if patient.language else ""
        return cls(patient.id, patient.name, patient.surgery_date, ends, details_saved_on, language)

    def week_after_surgery(self, today: date) -> int | None:
        """As Patient.week_after_surgery."""
        return None if self.surgery_date is None else (today - self.surgery_date).days // 7

    def has_precautions_on(self, day: date) -> bool:
        """As any(Precaution.applies_on(day))."""
        return any(end is None or day <= end for end in self.precaution_ends)


@dataclass(frozen=True)
class ProgramFacts:
    """What the list needs from a patient's newest program, without loading all of it."""

    stage_index: int | None
    stage_count: int
    stage_name: str
    last_logged: date | None
    saved_on: date


def stage_text(index: int | None, count: int, name: str) -> str:
    if index is None or count == 0:
        return "no program yet"
    return f"{index + 1} of {count}: {name}"


def flags(patient: PatientFacts, program: ProgramFacts | None, today: date) -> tuple[str, ...]:
    found = []
    if program is None:
        found.append("no program")
    elif program.last_logged is None:
        found.append("nothing logged")
    elif (quiet := (today - program.last_logged).days) > QUIET_AFTER_DAYS:
        found.append(f"no log for {quiet} days")
    if patient.has_precautions_on(today):
        found.append("precautions")
    return tuple(found)


def list_row(patient: PatientFacts, program: ProgramFacts | None, today: date) -> PatientListRow:
    activity = [patient.details_saved_on]
    stage = "no program yet"
    if program is not None:
        activity += [program.saved_on] + ([program.last_logged] if program.last_logged else [])
        stage = stage_text(program.stage_index, program.stage_count, program.stage_name)
    return PatientListRow(
        patient.patient_id,
        patient.name,
        patient.week_after_surgery(today),
        stage,
        max(activity),
        flags(patient, program, today),
        language_name(patient.language),
    )


def language_name(code: str) -> str:
    """'Español' for 'es'; '' for the clinic's language (or a code this version does not know)."""
    from ptplanner.core.language import Language  # here: the window frame imports this module, and no other core

    known = {language.value: language.label for language in Language}
    return known.get(code, "")
