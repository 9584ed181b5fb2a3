"""Type sizes and spacing for normal and large print, and the context every handout section uses.

Normal print keeps body text at 12 pt (the least handout guides allow, so two exercises fit on a page) and
headings at 14-17 pt; large print puts body text at 17 pt
for readers with low vision. Everything is black on white, so it prints well in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from io import BytesIO

from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph, Table, TableStyle

from ptplanner.core.dates import DateStyle, DateWords
from ptplanner.handouts.fonts import register_fonts
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.paragraphs import paragraph

SIDE_MARGIN = 0.75 * inch  # normal print, at the left and the right
TOP_MARGIN = 0.75 * inch  # clear of a log sheet's code, which reaches 18.5 mm under the paper's top edge
MARGIN = 0.5 * inch  # under the footer, which is no more than a name, a program and a page number
# Large print's lines run closer to the paper's sides: 17 pt words and pictures with a body 6 cm long need
# the width (the corner marks and the code of a log sheet stay clear of it: they are within 12 mm).
LARGE_PRINT_SIDE_MARGIN = 0.5 * inch


@dataclass(frozen=True)
class Look:
    body: ParagraphStyle
    title: ParagraphStyle
    section: ParagraphStyle
    exercise: ParagraphStyle
    strong: ParagraphStyle
    item: ParagraphStyle  # a line in a numbered or bulleted list
    boxed: ParagraphStyle
    label: ParagraphStyle
    right: ParagraphStyle  # a short note at the right of a line ("You need: mat")
    cell: ParagraphStyle
    footer: ParagraphStyle
    picture_height: float
    tick_box: float
    space: float  # the gap between blocks
    large: bool = False
    side_margin: float = SIDE_MARGIN  # at the left and the right of the page


def look(large_print: bool) -> Look:
    regular, bold = register_fonts()
    body_size, heading_sizes, small = (17, (22, 20, 19), 14) if large_print else (12, (17, 15, 14), 10.5)
    title_size, section_size, exercise_size = heading_sizes
    body = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=body_size,
        leading=body_size * 1.25,
        spaceAfter=body_size * 0.3,
        textColor=black,
    )
    return Look(
        body=body,
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=title_size, leading=title_size * 1.25, spaceAfter=4
        ),
        section=ParagraphStyle(
            "section",
            parent=body,
            fontName=bold,
            fontSize=section_size,
            leading=section_size * 1.25,
            spaceBefore=section_size * 0.9,
            spaceAfter=6,
            keepWithNext=1,
        ),
        exercise=ParagraphStyle(
            "exercise",
            parent=body,
            fontName=bold,
            fontSize=exercise_size,
            leading=exercise_size * 1.25,
            spaceAfter=3,
        ),
        strong=ParagraphStyle("strong", parent=body, fontName=bold),
        item=ParagraphStyle("item", parent=body, spaceAfter=body_size * 0.12),
        boxed=ParagraphStyle("boxed", parent=body, leading=body_size * 1.18, spaceAfter=0),
        label=ParagraphStyle(
            "label", parent=body, fontSize=small, leading=small * 1.25, alignment=1, spaceAfter=0
        ),
        right=ParagraphStyle("right", parent=body, fontSize=small + 1, leading=(small + 1) * 1.2, alignment=2),
        cell=ParagraphStyle("cell", parent=body, fontSize=small + 1, leading=(small + 1) * 1.2, spaceAfter=0),
        footer=ParagraphStyle("footer", parent=body, fontSize=small, leading=small * 1.2, spaceAfter=0),
        picture_height=(1.9 if large_print else 1.6) * inch,
        tick_box=15 if large_print else 11,
        space=body_size,
        large=large_print,
        side_margin=LARGE_PRINT_SIDE_MARGIN if large_print else SIDE_MARGIN,
    )


@dataclass(frozen=True)
class Layout:
    """What every section needs: the look, safe text, the text frame's size and the print date."""

    look: Look
    text: TextMarkup
    width: float
    height: float  # of the text frame on a page
    today: date
    date_style: DateStyle = DateStyle.MONTH_FIRST

    @property
    def dates(self) -> DateWords:
        """Every date in the document is written by this, so they all read alike; a date is never split
        between two lines ("December" at the end of one, "22" alone on the next)."""
        return DateWords(self.date_style, self.today, joined=True)

    @property
    def large_print(self) -> bool:
        return self.look.large

    def fits_on_a_page(self, parts: list[Flowable]) -> bool:
        """Whether `parts` fit in one page's text frame, one under the other (measured, not drawn)."""
        return stacked_height(parts, self.width, Canvas(BytesIO())) <= self.height

    def paragraph(self, text: str, style: ParagraphStyle, where: str = "", label: str = "") -> Paragraph:
        """`text` printed exactly as typed; `label` (ptplanner's own words) goes before it in bold."""
        return paragraph(self.markup(text, where, label), style)

    def markup(self, text: str, where: str = "", label: str = "") -> str:
        """The markup of `paragraph(text, style, where, label)`."""
        lead = f"<b>{self.text(label)}</b> " if label else ""
        return lead + self.text(text, where)

    def table(self, rows: list[list], widths: list[float], style: list[tuple], **options: object) -> Table:
        """A left-aligned table in the bundled font (reportlab's default, Helvetica, is not embedded)."""
        table = Table(rows, colWidths=widths, hAlign="LEFT", **options)
        font = ("FONT", (0, 0), (-1, -1), self.look.body.fontName, self.look.cell.fontSize)
        table.setStyle(TableStyle([font, *style]))
        return table

    def section(self, title: str, *parts: Flowable, close: bool = False, snug: bool = False) -> KeepTogether:
        """A heading and what follows it, kept on one page when they fit on one; `close`: little space above
        (for page 1, which must hold a lot); `snug`: less still (page 1 where that lets it hold it all)."""
        style = self.look.section
        if close or snug:
            above, under = (0.25, 2) if snug else (0.4, 3)
            style = ParagraphStyle(
                "close-section", parent=style, spaceBefore=style.fontSize * above, spaceAfter=under
            )
        return KeepTogether([Paragraph(self.text(title), style), *parts])

    def numbered(self, lines: tuple[str, ...], where: str = "", tight: bool = False) -> ListFlowable:
        return self._list(lines, where, tight, bulletType="1", bulletFormat="%s.")

    def bullets(self, lines: tuple[str, ...], where: str = "", tight: bool = False) -> ListFlowable:
        """A bulleted list; `tight` leaves no gap between items (for boxes that must fit on page 1)."""
        return self._list(lines, where, tight, bulletType="bullet", start="\u2022")

    def list_lines(self, lines: tuple[str, ...], where: str = "", numbered: bool = False) -> list[Paragraph]:
        """A tight numbered or bulleted list as one paragraph a line, for text that flows around pictures
        (a ListFlowable cannot be measured twice there)."""
        return self.listed([self.text(line, where) for line in lines], numbered)

    def listed(self, markups: Sequence[str], numbered: bool = False) -> list[Paragraph]:
        """list_lines of lines already made markup."""
        style = self._list_line
        return [
            paragraph(markup, style, f"{number}." if numbered else "\u2022")
            for number, markup in enumerate(markups, start=1)
        ]

    @cached_property
    def _list_line(self) -> ParagraphStyle:  # one for the handout: a style made anew is measured anew
        body = self.look.body
        return ParagraphStyle(
            "list-line",
            parent=self.look.boxed,
            leftIndent=body.fontSize * 1.6,
            bulletIndent=0,
            bulletFontName=body.fontName,
            bulletFontSize=body.fontSize,
        )

    def _list(self, lines: tuple[str, ...], where: str, tight: bool = False, **kind: str) -> ListFlowable:
        body = self.look.body
        style = self.look.boxed if tight else self.look.item
        return ListFlowable(
            [ListItem(self.paragraph(line, style, where)) for line in lines],
            bulletFontName=body.fontName,
            bulletFontSize=body.fontSize,
            leftIndent=body.fontSize * 1.6,
            **kind,
        )


def stacked_height(parts: list[Flowable], width: float, canvas: Canvas) -> float:
    """The height `parts` take at the top of an empty frame, spaced as reportlab's Frame spaces them
    (a flowable's space before, less the space after the one above it; nothing after the last). A
    KeepTogether is measured by its content: when that does not fit it reports an endless height, not
    its own."""
    total, above = 0.0, None
    for part in _flat(parts):
        if above is not None:
            total += above + max(part.getSpaceBefore() - above, 0)
        total += part.wrapOn(canvas, width, 1e6)[1]
        above = part.getSpaceAfter()
    return total  # the space after the last part is not needed on the page (the frame leaves it out)


def stacked_measures(parts: list[Flowable], width: float, canvas: Canvas) -> tuple[tuple[float, ...], ...]:
    """All that stacked_height reads of each of `parts`: its space before, height and space after."""
    measures = []
    for part in _flat(parts):
        height = part.wrapOn(canvas, width, 1e6)[1]
        measures.append((part.getSpaceBefore(), height, part.getSpaceAfter()))
    return tuple(measures)


def _flat(parts: list[Flowable]) -> list[Flowable]:
    flat: list[Flowable] = []
    for part in parts:
        flat += part._content if isinstance(part, KeepTogether) else [part]
    return flat
