"""Patients, programs and PDF readers shared by the handout tests."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.language import Language
from ptplanner.core.library import Library, load_library
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Unit
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove
from ptplanner.core.templates import load_templates
from ptplanner.core.translation import Translations
from ptplanner.handouts.document import Handout, build_handout
from ptplanner.handouts.options import HandoutOptions
from ptplanner.resources import exercises_dir, templates_dir

TODAY = date(2025, 3, 1)
SURGERY = date(2025, 1, 6)
CLINIC = ClinicSettings(name="Riverside Physical Therapy", phone="(555) 010-2030")


@cache
def library() -> Library:
    return load_library(exercises_dir())


def phrases() -> Translations:
    """The bundled templates' stage words in Spanish (no library exercises)."""
    templates, problems = load_templates(templates_dir(), library())
    assert not problems
    spanish: dict[str, str] = {}
    for template in templates.values():
        spanish.update(template.phrases("es"))
    return Translations({Language.SPANISH: spanish}, {})


def app_translations() -> Translations:
    """As the app prints a handout: the templates' stage words and the library's exercises."""
    return Translations(phrases().phrases, library().exercises)


def make_patient(**changes) -> Patient:
    fields = {
        "id": "patient-1",
        "name": "Margaret Okafor",
        "date_of_birth": date(1958, 4, 2),
        "surgery_date": SURGERY,
        "therapist": "Sam Rivera, PT",
        "surgeon": "Dr. Maria Lee",
        "surgeon_phone": "(555) 010-7700",
        "precautions": (
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=date(2025, 4, 7)),
            Precaution(
                kind=PrecautionKind.SITTING_LIMIT, limit=30, unit=Unit.MINUTES, until=date(2025, 2, 17)
            ),
            Precaution(kind=PrecautionKind.NO_TWISTING),
        ),
    }
    return Patient(**(fields | changes))


def make_program(patient: Patient, stage_index: int = 1, template: str = "fusion-hip-si") -> Program:
    """The bundled template, moved to `stage_index`, as the 3rd saved version."""
    templates, problems = load_templates(templates_dir(), library())
    assert not problems
    program = templates[template].instantiate(library(), patient.id, SURGERY + timedelta(days=5))
    moves = (StageMove(stage_index=stage_index, on=SURGERY + timedelta(weeks=6)),) if stage_index else ()
    return program.model_copy(update={"id": "program-1", "moves": moves, "version": 3})


def program_with_items(patient: Patient, items: list[ProgramItem]) -> Program:
    stage = Stage(name="Stabilization", start_week=6, end_week=12, items=tuple(items))
    return Program(
        id="program-2", patient_id=patient.id, title="Long", created_on=SURGERY, stages=(stage,), version=1
    )


def build(
    patient: Patient | None = None,
    program: Program | None = None,
    clinic: ClinicSettings = CLINIC,
    font_folders: tuple[Path, ...] = (),
    **options,
) -> Handout:
    """A handout that uses only the bundled fonts unless `font_folders` are given."""
    patient = patient or make_patient()
    program = program or make_program(patient)
    return build_handout(
        patient, program, clinic, HandoutOptions(**options), TODAY, font_folders=font_folders
    )


def flat(text: str) -> str:
    """Whitespace as single spaces, so text wrapped across lines still matches."""
    return " ".join(text.split())


def page_texts(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def font_sizes(pdf: bytes) -> dict[float, int]:
    """How many times each font size is selected in the pages' content streams."""
    sizes: dict[float, int] = {}
    for page in PdfReader(BytesIO(pdf)).pages:
        for match in re.finditer(rb"/\S+ ([\d.]+) Tf", page.get_contents().get_data()):
            size = float(match.group(1))
            sizes[size] = sizes.get(size, 0) + 1
    return sizes
