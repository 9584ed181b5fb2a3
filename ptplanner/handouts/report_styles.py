"""Type sizes of the progress report: nothing under 9 pt, so a faxed or photocopied page still reads."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle

from ptplanner.handouts.fonts import register_fonts

SMALLEST_PT = 9  # the smallest text anywhere in the report: footer, table cells, chart labels


@dataclass(frozen=True)
class Caps:
    """How much of each open-ended list or text the report prints; each says in print what it left out."""

    precautions: int = 10
    precaution_note: int = 60  # characters of a precaution's note, so its date still prints
    assessment: int = 1000  # characters
    flags: int = 3
    notes: int = 3
    items: int = 10
    walking_weeks: int = 4


FULL = Caps()
TIGHT = Caps(precautions=5, precaution_note=40, assessment=600, flags=2, notes=1, items=8, walking_weeks=2)


@dataclass(frozen=True)
class ReportStyles:
    title: ParagraphStyle
    name: ParagraphStyle
    section: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle  # never splits a word: a header is widened to its longest word instead
    figure: ParagraphStyle

    @classmethod
    def make(cls) -> ReportStyles:
        regular, bold = register_fonts()
        body = ParagraphStyle(
            "body", fontName=regular, fontSize=10, leading=12.5, spaceAfter=2, textColor=black
        )
        cell = ParagraphStyle("cell", parent=body, fontSize=SMALLEST_PT, leading=11, spaceAfter=0)
        return cls(
            title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=16, leading=19),
            name=ParagraphStyle("name", parent=body, fontName=bold, fontSize=13, leading=16, spaceAfter=3),
            section=ParagraphStyle(
                "section",
                parent=body,
                fontName=bold,
                fontSize=12,
                leading=14,
                spaceBefore=7,
                spaceAfter=3,
            ),
            body=body,
            small=ParagraphStyle("small", parent=body, fontSize=SMALLEST_PT, leading=11),
            cell=cell,
            header_cell=ParagraphStyle("header cell", parent=cell, fontName=bold, splitLongWords=0),
            figure=ParagraphStyle(
                "figure", parent=body, fontName=bold, fontSize=14, leading=17, spaceAfter=0
            ),
        )
