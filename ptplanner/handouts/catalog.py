"""The whole exercise library as a printable catalog: by category, each exercise with its pictures."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Table,
)
from reportlab.platypus.flowables import HRFlowable

from ptplanner.core.exercise import Exercise
from ptplanner.core.library import Library
from ptplanner.core.vocabulary import Category
from ptplanner.handouts.fonts import register_fonts
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.page import numbered_canvas
from ptplanner.handouts.pictures import pictures_flowables
from ptplanner.handouts.printed import PrintedDocument

PAPERS = {"letter": LETTER, "a4": A4}
TITLE = "Exercise library"
MARGIN = 0.7 * inch
PICTURE_HEIGHT = 1.75 * inch
PICTURE_GAP = 0.2 * inch
GREY = Color(0.35, 0.35, 0.35)


class Catalog(PrintedDocument):
    """The whole library, every active exercise with its pictures, dose and steps (for the front desk)."""


def build_catalog(
    library: Library, *, paper: str = "letter", font_folders: Sequence[Path] | None = None
) -> Catalog:
    """The catalog of every active exercise. Its warnings tell what could not be printed correctly (a
    clinic's own exercises may be in any language)."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    styles = _styles()
    text = TextMarkup(font_folders)
    page_size = PAPERS[paper]
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 0.15 * inch,
        bottomMargin=MARGIN + 0.1 * inch,
        title=TITLE,
        author="ptplanner",
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=styles["body"].fontName,
    )
    story: list[Flowable] = [
        Paragraph(TITLE, styles["title"]),
        Paragraph(text(f"{len(library.active())} exercises, grouped by kind."), styles["body"]),
    ]
    for category in Category:
        exercises = sorted(
            (e for e in library.active() if e.category is category), key=lambda e: e.name.lower()
        )
        if not exercises:
            continue
        heading = Paragraph(text(category.value.capitalize()), styles["category"])
        blocks = [_exercise_block(exercise, document.width, styles, text) for exercise in exercises]
        story.append(KeepTogether([heading, *blocks[0]]))  # a heading never ends a page alone
        story += [KeepTogether(block) for block in blocks[1:]]
    pages: list[int] = []
    document.build(story, canvasmaker=numbered_canvas(_decorate, pages))
    return Catalog(buffer.getvalue(), pages[0], tuple(text.warnings))


def _exercise_block(
    exercise: Exercise, width: float, styles: dict[str, ParagraphStyle], text: TextMarkup
) -> list[Flowable]:
    where = f"the exercise {exercise.id}"
    steps = ListFlowable(
        [ListItem(Paragraph(text(step, where), styles["body"]), leftIndent=18) for step in exercise.steps],
        bulletType="1",
        bulletFontName=styles["body"].fontName,
        bulletFontSize=styles["body"].fontSize,
        leftIndent=18,
    )
    return [
        Paragraph(text(exercise.name, where), styles["name"]),
        _pictures(exercise, width, styles),
        Paragraph(text(exercise.dosage.describe(), where), styles["dose"]),
        steps,
        Paragraph(text(exercise.stop_if, where), styles["stop"]),
        HRFlowable(width="100%", thickness=0.5, color=GREY, spaceBefore=8, spaceAfter=4),
    ]


def _pictures(exercise: Exercise, width: float, styles: dict[str, ParagraphStyle]) -> Flowable:
    if exercise.pictures is None:
        return Paragraph("No picture yet.", styles["label"])
    column = width / max(len(exercise.pictures.poses()), 2)
    drawings = pictures_flowables(exercise.pictures, column - PICTURE_GAP / 2, PICTURE_HEIGHT)
    labels = [Paragraph(label, styles["label"]) for label in exercise.pictures.labels()]
    return Table(
        [drawings, labels],
        colWidths=[column] * len(drawings),
        hAlign="LEFT",
        style=[("FONTNAME", (0, 0), (-1, -1), styles["body"].fontName)],
    )  # else Helvetica, not embedded


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=12, leading=15.5, spaceAfter=2)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=22, leading=27, spaceAfter=6),
        "category": ParagraphStyle(
            "category", fontName=bold, fontSize=18, leading=22, spaceBefore=14, spaceAfter=6
        ),
        "name": ParagraphStyle("name", fontName=bold, fontSize=15, leading=19, spaceBefore=6, spaceAfter=2),
        "label": ParagraphStyle("label", parent=body, alignment=1, textColor=GREY),
        "dose": ParagraphStyle("dose", parent=body, fontName=bold, spaceBefore=4, spaceAfter=4),
        "stop": ParagraphStyle("stop", parent=body, spaceBefore=4),
        "body": body,
    }


def _decorate(canvas: Canvas, number: int, total: int) -> None:
    """The title at the top of each page and "page x of y" at the bottom."""
    regular, _ = register_fonts()
    width, height = canvas._pagesize
    canvas.setFont(regular, 10)
    canvas.setFillColor(GREY)
    canvas.drawString(MARGIN, height - MARGIN + 6, f"ptplanner - {TITLE}")
    canvas.drawRightString(width - MARGIN, MARGIN - 14, f"page {number} of {total}")
