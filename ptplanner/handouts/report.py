"""The progress report for the referring surgeon's office, in one or two pages: to and from whom, the limits
in force, the therapist's assessment and plan, outcome scores with their meaning, what the patient did and
how it felt, and the program in clinical shorthand. The same input gives the same bytes.

The report is in English whatever language the app speaks (it goes to the surgeon); only its warnings,
read by the therapist in the app, are in the app's language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.clinic import ClinicSettings, Paper
from ptplanner.core.dates import DateWords
from ptplanner.core.language import Language, clinic_word, speaking, tr_clinic
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress.log import Prescribed
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.discharge import progress_end
from ptplanner.core.suggestions import Suggestion, suggest
from ptplanner.handouts.printed import PrintedDocument
from ptplanner.handouts.fonts import register_fonts
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.report_sections import ReportSections
from ptplanner.handouts.report_styles import FULL, TIGHT, ReportStyles
from ptplanner.handouts.report_tables import shortened

PAGE_SIZES = {Paper.LETTER: LETTER, Paper.A4: A4}
MARGIN = 0.6 * inch
FOOTER_ROOM = 16
FOOTER_NAME = 40  # characters of the patient's name in the footer
MAX_PAGES = 2
NO_SURGEON = clinic_word(
    "No surgeon is named on the patient's record, so the report is addressed to \"the surgeon's office\". "
    "Add the surgeon and their office phone under Edit details, then save the report again."
)


@dataclass(frozen=True)
class ReportInputs:
    patient: Patient
    program: Program
    entries: Sequence[AdherenceEntry]
    outcomes: Sequence[OutcomeScore]
    rules: ProgressRules
    clinic: ClinicSettings
    today: date
    history: Sequence[Prescribed] = ()  # the program's saved versions, so each day counts against its own
    discharged_on: date | None = None  # the patient has left care: the figures end then


@dataclass(frozen=True)
class Report(PrintedDocument):
    """A progress report (for the surgeon's office)."""


def build_report(
    inputs: ReportInputs, *, paper: Paper | None = None, font_folders: Sequence[Path] | None = None
) -> Report:
    """The report as of `inputs.today` on `paper` (default: the clinic's)."""
    with speaking(Language.ENGLISH):
        pdf, pages, warnings = _english_report(inputs, paper or inputs.clinic.paper, font_folders)
    unaddressed = () if inputs.patient.surgeon else (tr_clinic(NO_SURGEON),)
    return Report(pdf, pages, (*unaddressed, *warnings))


def _english_report(
    inputs: ReportInputs, paper: Paper, font_folders: Sequence[Path] | None
) -> tuple[bytes, int, tuple[str, ...]]:
    dates = DateWords(paper.date_style, inputs.today)
    end = progress_end(inputs.today, inputs.discharged_on, (entry.day for entry in inputs.entries))
    figures = progress_figures(
        inputs.program, inputs.entries, inputs.outcomes, inputs.rules, end, inputs.history, dates
    )
    in_care = inputs.discharged_on is None
    suggestions = suggest(inputs.patient, inputs.program, figures, inputs.rules, dates) if in_care else []
    text, styles = TextMarkup(font_folders), ReportStyles.make()
    for caps in (FULL, TIGHT):  # the tight caps only when the full ones run past two pages
        sections = ReportSections(
            patient=inputs.patient,
            program=inputs.program,
            clinic=inputs.clinic,
            figures=figures,
            entries=tuple(inputs.entries),
            outcomes=tuple(inputs.outcomes),
            rules=inputs.rules,
            text=text,
            styles=styles,
            width=PAGE_SIZES[paper][0] - 2 * MARGIN,
            dates=dates,
            caps=caps,
            printed_on=inputs.today,
            discharged_on=inputs.discharged_on,
        )
        pdf, pages = _pdf(sections, suggestions, paper)
        if pages <= MAX_PAGES:
            break
    return pdf, pages, tuple(text.warnings)


def _pdf(sections: ReportSections, suggestions: Sequence[Suggestion], paper: Paper) -> tuple[bytes, int]:
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
    document.build(sections.story(suggestions), onFirstPage=_footer(sections), onLaterPages=_footer(sections))
    return buffer.getvalue(), document.page


def _footer(sections: ReportSections) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """Draws 'Progress report · name · date · program version · page n' on one line at the foot of each
    page, the name shortened as far as the line needs."""
    said = f"{sections.dates.full(sections.report_day)} \u00b7 program version {sections.program.version}"
    style = sections.styles.small
    name = shortened(sections.patient.name, FOOTER_NAME)
    while (
        len(name) > 4
        and sections.text.width(
            f"Progress report \u00b7 {name} \u00b7 {said} \u00b7 page 99", style.fontName, style.fontSize
        )
        > sections.width
    ):
        name = shortened(name, len(name) - 2)
    shown = sections.text(name, "the patient's name")

    def draw(canvas: Canvas, document: SimpleDocTemplate) -> None:
        footer = Paragraph(f"Progress report \u00b7 {shown} \u00b7 {said} \u00b7 page {document.page}", style)
        footer.wrapOn(canvas, sections.width, FOOTER_ROOM)
        footer.drawOn(canvas, MARGIN, MARGIN - 2)

    return draw
