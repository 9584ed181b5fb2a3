"""The top of the first page: who it is from and for, the stage, and the plan in short."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.colors import black
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable

from ptplanner.core.handout_text import program_summary, stage_dates_text, stage_title
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.styles import Layout

LOGO_BOX = (110, 60)  # points: the largest a logo is drawn


def overview(content: HandoutContent, layout: Layout, warnings: list[str]) -> list[Flowable]:
    look = layout.look
    patient = content.patient
    parts = _clinic_banner(content, layout, warnings)
    parts.append(Paragraph("Home exercise program for", look.body))
    parts.append(layout.paragraph(patient.name, look.title, "the patient's name"))
    if patient.therapist.strip():
        parts.append(
            layout.paragraph(patient.therapist, look.body, "the therapist's name", label="Therapist:")
        )
    parts.append(layout.paragraph(layout.dates.full(layout.today), look.body, label="Date:"))
    parts.append(_stage_box(content, layout))
    summary = program_summary(
        content.stage, content.stage_dates(), layout.dates, content.clinic.exercise_pain_limit
    )
    parts.append(
        layout.section(
            "Your plan in short",
            *(layout.paragraph(point.text, look.body, label=f"{point.label}:") for point in summary),
        )
    )
    if content.stage.goals:
        parts.append(
            layout.section("Goals for this stage", layout.bullets(content.stage.goals, "the stage goals"))
        )
    return parts


def _clinic_banner(content: HandoutContent, layout: Layout, warnings: list[str]) -> list[Flowable]:
    clinic = content.clinic
    lines = []
    if clinic.name:
        lines.append(layout.paragraph(clinic.name, layout.look.exercise, "the clinic's name"))
    if clinic.phone:
        lines.append(layout.paragraph(clinic.phone, layout.look.body, "the clinic's phone", label="Phone:"))
    logo = _logo(clinic.logo, warnings) if clinic.logo else None
    if not lines and logo is None:
        return []
    row = [logo, lines] if logo is not None else [lines]
    widths = [LOGO_BOX[0] + 12, layout.width - LOGO_BOX[0] - 12] if logo is not None else [layout.width]
    banner = layout.table(
        [row], widths, [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    )
    return [banner, HRFlowable(width="100%", thickness=1, color=black, spaceBefore=4, spaceAfter=8)]


def _logo(data: bytes, warnings: list[str]) -> Image | None:
    try:
        width, height = ImageReader(BytesIO(data)).getSize()
    except Exception:  # Pillow raises many kinds of error for a damaged picture
        warnings.append(
            "The clinic logo could not be read, so the handout has no logo. "
            "Choose the logo again in Settings > Clinic."
        )
        return None
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    return Image(BytesIO(data), width=width * scale, height=height * scale, hAlign="LEFT")


def _stage_box(content: HandoutContent, layout: Layout) -> Table:
    lines = [
        layout.paragraph(
            stage_title(content.program, content.stage_index), layout.look.strong, "the stage name"
        )
    ]
    dates = content.stage_dates()
    if dates is not None:
        lines.append(Paragraph(layout.text(stage_dates_text(dates, layout.dates)), layout.look.boxed))
    return layout.table(
        [[lines]],
        [layout.width],
        [
            ("BOX", (0, 0), (-1, -1), 1, black),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ],
        spaceBefore=6,
    )
