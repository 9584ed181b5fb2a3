"""The progress report for the therapist or the referring surgeon, in one or two pages: what the patient
did, how it felt, outcome scores, the current stage, flags and notes. The same input gives the same bytes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.clinic import Paper
from ptplanner.core.dates import DateWords
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress.log import Prescribed
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.suggestions import suggest
from ptplanner.handouts.fonts import register_fonts
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.report_sections import ReportSections, ReportStyles, shortened
from ptplanner.safe_write import write_private_bytes

PAGE_SIZES = {Paper.LETTER: LETTER, Paper.A4: A4}
MARGIN = 0.6 * inch
FOOTER_ROOM = 14
FOOTER_NAME = 60  # characters of the patient's name in the footer


@dataclass(frozen=True)
class Report:
    pdf: bytes
    pages: int
    warnings: tuple[str, ...]  # things the person printing should know (e.g. characters no font has)


def build_report(
    patient: Patient,
    program: Program,
    entries: Iterable[AdherenceEntry],
    outcomes: Iterable[OutcomeScore],
    rules: ProgressRules,
    today: date,
    out: Path | None = None,
    *,
    paper: Paper = Paper.LETTER,
    font_folders: Sequence[Path] | None = None,
    history: Sequence[Prescribed] = (),
) -> Report:
    """The report as of `today`, also written to `out` (private, all or nothing) when given. `history`:
    the program's saved versions, so each logged day counts against what was prescribed that day."""
    figures = progress_figures(program, entries, outcomes, rules, today, history)
    sections = ReportSections(
        patient=patient,
        program=program,
        figures=figures,
        rules=rules,
        text=TextMarkup(font_folders),
        styles=ReportStyles.make(),
        width=PAGE_SIZES[paper][0] - 2 * MARGIN,
        dates=DateWords(paper.date_style, today),
    )
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[paper],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_ROOM,
        title="Progress report",
        author="ptplanner",
        creator="ptplanner",
        invariant=1,
        initialFontName=register_fonts()[0],
    )
    document.build(
        sections.story(suggest(patient, program, figures, rules)),
        onFirstPage=_footer(sections),
        onLaterPages=_footer(sections),
    )
    pdf = buffer.getvalue()
    if out is not None:
        write_private_bytes(out, pdf)
    return Report(pdf, document.page, tuple(sections.text.warnings))


def _footer(sections: ReportSections) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """Draws 'Progress report · name · printed on · program version · page n' at the foot of each page."""
    name = sections.text(shortened(sections.patient.name, FOOTER_NAME), "the patient's name")
    said = f"printed {sections.dates.full(sections.figures.today)} \u00b7 program version {sections.program.version}"

    def draw(canvas: Canvas, document: SimpleDocTemplate) -> None:
        footer = Paragraph(
            f"Progress report \u00b7 {name} \u00b7 {said} \u00b7 page {document.page}", sections.styles.small
        )
        footer.wrapOn(canvas, sections.width, FOOTER_ROOM)
        footer.drawOn(canvas, MARGIN, MARGIN - 4)

    return draw
