"""A patient's details as typed into a form, checked field by field so each problem can be shown
beside its field. The Patient model stays the judge; this only says which field it objects to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pydantic import ValidationError

from ptplanner.core.language import Language, tr_clinic
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Subject, Unit, new_id
from ptplanner.core.safe_text import tidy_typed
from ptplanner.core.validation_words import control_character_problem, problem_sentence

EARLIEST_BIRTH_YEAR = 1900
ONE_LINE_FIELDS = ("name", "procedure", "therapist")  # surgeon and surgeon_phone: the Patient refuses them


@dataclass
class PatientEntry:
    name: str
    date_of_birth: date
    surgery_date: date | None = None
    procedure: str = ""
    fused_levels: str = ""  # as typed: "L4-L5, L5-S1"
    therapist: str = ""
    surgeon: str = ""
    surgeon_phone: str = ""
    precautions: list[Precaution] = field(default_factory=list)
    notes: str = ""
    assessment: str = ""  # not on the form: kept as it is when the details are edited
    language: Language | None = None  # the handout's language; None: the clinic's
    patient_id: str = field(default_factory=new_id)

    @classmethod
    def of(cls, patient: Patient) -> PatientEntry:
        return cls(
            name=patient.name,
            date_of_birth=patient.date_of_birth,
            surgery_date=patient.surgery_date,
            procedure=patient.procedure,
            fused_levels=", ".join(patient.fused_levels),
            therapist=patient.therapist,
            surgeon=patient.surgeon,
            surgeon_phone=patient.surgeon_phone,
            precautions=list(patient.precautions),
            notes=patient.notes,
            assessment=patient.assessment,
            language=patient.language,
            patient_id=patient.id,
        )


def parse_levels(text: str) -> tuple[str, ...]:
    """'l4-l5, L5 - S1' -> ('L4-L5', 'L5-S1'); commas, semicolons or spaces between levels."""
    compact = re.sub(r"\s*-\s*", "-", text.strip().upper())
    return tuple(level for level in re.split(r"[,;\s]+", compact) if level)


def entry_problems(entry: PatientEntry, today: date) -> dict[str, str]:
    """Field name -> what is wrong with it, in a sentence. Empty when the entry makes a valid patient."""
    problems = {}
    if not entry.name.strip():
        problems["name"] = tr_clinic("Enter the patient's name.")
    for name in ONE_LINE_FIELDS:
        if problem := control_character_problem(getattr(entry, name)):
            problems[name] = problem
    if entry.date_of_birth > today:
        problems["date_of_birth"] = tr_clinic("The date of birth is in the future.")
    elif entry.date_of_birth.year < EARLIEST_BIRTH_YEAR:
        said = tr_clinic("The date of birth is before {year}.")
        problems["date_of_birth"] = said.format(year=EARLIEST_BIRTH_YEAR)
    if entry.surgery_date is not None and entry.surgery_date <= entry.date_of_birth:
        problems["surgery_date"] = tr_clinic("The surgery date must be after the date of birth.")
    try:
        patient_from(entry)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            name = str(detail["loc"][0]) if detail["loc"] else ""
            if name and name not in problems:  # whole-patient errors are the date checks above
                problems[name] = problem_sentence(detail)
    return problems


def patient_from(entry: PatientEntry) -> Patient:
    """The patient the form describes; its one-line fields without invisible characters and direction
    controls, which only make trouble in a name (core/safe_text.py), tabs and line breaks made spaces."""
    return Patient(
        id=entry.patient_id,
        name=tidy_typed(entry.name),
        date_of_birth=entry.date_of_birth,
        surgery_date=entry.surgery_date,
        procedure=tidy_typed(entry.procedure),
        fused_levels=parse_levels(entry.fused_levels),
        therapist=tidy_typed(entry.therapist),
        surgeon=entry.surgeon,
        surgeon_phone=entry.surgeon_phone,
        precautions=tuple(entry.precautions),
        notes=entry.notes,
        assessment=entry.assessment,
        language=entry.language,
    )


def precaution_from(
    kind: PrecautionKind,
    until: date | None,
    limit: float | None,
    unit: Unit | None,
    note: str,
    about: Subject = Subject.GENERAL,
) -> Precaution:
    """A precaution from a form row; ValueError with a sentence for the row when it is not valid."""
    try:
        return Precaution(kind=kind, until=until, limit=limit, unit=unit, note=note, about=about)
    except ValidationError as error:
        raise ValueError(" ".join(problem_sentence(d) for d in error.errors(include_url=False))) from None

