"""Page 1, the page that keeps the patient safe: who it is for, this stage and its dates, how to read the
numbers, the limits and the warning signs with whom to call.

"Before you start" goes on page 1 too where it fits, with less space between the parts (snug) where only
that lets it: a page fewer for a handout that needs it, the same page 1 for the others. Where they do not all
fit (large print, a long list of limits), the warning signs come right under the stage, so they are always
on page 1, and the limits follow them onto page 2.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.colors import black
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable

from ptplanner.core.handout_text import (
    before_you_start,
    how_often,
    numbers_in_short,
    stage_title,
    timing_notice,
)
from ptplanner.core.language import data_text, tr
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.limits import precautions
from ptplanner.handouts.styles import Layout
from ptplanner.handouts.warning_signs import questions_box, warning_signs

LOGO_BOX = (110, 48)  # points: the largest a logo is drawn
# Snug page 1, against the usual: the padding over and under the clinic's line, the space under its rule,
# and over the stage box and inside it at its top and bottom.
BANNER_PADDING = {False: 3, True: 1}
UNDER_RULE = {False: 6, True: 4}
STAGE_BOX_SPACING = {False: (4, 4, 6), True: (2, 3, 4)}


def overview(content: HandoutContent, layout: Layout, warnings: list[str]) -> list[Flowable]:
    """Page 1 (with what does not fit on it), then a page break and the start of the exercise pages."""
    logo = _logo(content.clinic.logo, warnings) if content.clinic.logo else None
    banner = _clinic_banner(content, layout, logo)

    def how() -> Paragraph:
        return Paragraph(layout.text(f"{how_often(content.stage)} {numbers_in_short(content.stage)}"), layout.look.body)

    def head(snug: bool = False) -> list[Flowable]:
        top = _clinic_banner(content, layout, logo, snug) if snug else banner
        return [*top, *_name_lines(content, layout), _stage_box(content, layout, how(), snug=snug)]

    def limits() -> list[Flowable]:
        return precautions(content, layout)

    def signs() -> list[Flowable]:
        return warning_signs(content, layout)

    # "Keep to your limits on page N": the page they are printed on, if any.
    limits_page = 1 if limits() else None

    def before(page: int | None = limits_page) -> list[Flowable]:
        return _before_you_start(content, layout, limits_page=page)

    for snug in (False, True):
        page = [
            *head(snug), *precautions(content, layout, snug), *warning_signs(content, layout, snug=snug),
            *_before_you_start(content, layout, snug, limits_page),
        ]
        if layout.fits_on_a_page(page):
            return [*page, PageBreak()]
    if layout.fits_on_a_page([*head(), *limits(), *signs()]):
        return [*head(), *limits(), *signs(), PageBreak(), *before()]
    on_page_2 = None if limits_page is None else 2
    if layout.fits_on_a_page([*head(), *signs()]):
        return [*head(), *signs(), PageBreak(), *limits(), *before(on_page_2)]
    # Large print: the name, the stage and the urgent warning signs on page 1, with the clinic and how often
    # where they fit; the rest on page 2, "Before you start" last, so that only it may move on to page 3.
    name = _name_lines(content, layout)[:1]
    urgent = warning_signs(content, layout, urgent_only=True)

    def pages(clinic_first: bool, how_first: bool) -> tuple[list[Flowable], list[Flowable]]:
        stage = _stage_box(content, layout, how() if how_first else None)
        first = [*(banner if clinic_first else []), *name, stage]
        second = [*([] if clinic_first else banner), *([] if how_first else [how()])]
        return [*first, *urgent], [*second, *limits(), *questions_box(content, layout), *before(on_page_2)]

    ways = [pages(clinic, often) for clinic in (True, False) for often in (True, False)]
    on_one_page = [way for way in ways if layout.fits_on_a_page(way[0])] or ways[-1:]
    first, second = next((way for way in on_one_page if layout.fits_on_a_page(way[1])), on_one_page[0])
    return [*first, PageBreak(), *second]


def _name_lines(content: HandoutContent, layout: Layout) -> list[Flowable]:
    patient = content.patient
    who = f"{tr('Home exercise program')} \u00b7 {layout.dates.full(layout.today)}"
    if patient.therapist.strip():
        who += f" \u00b7 {tr('Therapist:')} {patient.therapist.strip()}"
    return [
        layout.paragraph(patient.name, layout.look.title, "the patient's name"),
        layout.paragraph(who, layout.look.body, "the therapist's name"),
    ]


def in_short(layout: Layout, with_log: bool) -> list[Flowable]:
    """The handout's key points again at its end (PEMAT's summary item): how to dose, when to stop, the log."""
    lines = [tr("Do each exercise as its “How much” box says."),
             tr("Stop and get help if you have a warning sign from page 1.")]
    if with_log:
        lines.append(tr("Tick the log sheet each time, and bring it to your next visit."))
    return [layout.section(tr("In short"), layout.bullets(tuple(lines), "the summary"))]


def goals(content: HandoutContent, layout: Layout, close: bool = False, about: bool = True) -> list[Flowable]:
    """The stage's goals, led by what the stage is for where its template says (a name like "Functional
    strength" means little to a patient) and `about` asks (large print leaves it out where it would cost a
    page). Not on page 1, which holds no line more than safety needs. `close`: spaced as page 1's sections
    (at the top of page 2, where they go only to save a page)."""
    about_text = content.stage.about.strip() if about else ""
    if not content.stage.goals and not about_text:
        return []
    lead = []
    if about_text:
        lead = [layout.paragraph(data_text(about_text), layout.look.body, "what the stage is for")]
    lines = tuple(data_text(goal) for goal in content.stage.goals)
    bullets = [layout.bullets(lines, "the stage goals", tight=close)] if lines else []
    return [layout.section(tr("Goals for this stage"), *lead, *bullets, close=close)]


def _before_you_start(
    content: HandoutContent, layout: Layout, snug: bool = False, limits_page: int | None = 1
) -> list[Flowable]:
    lines = before_you_start(content.stage, content.clinic.exercise_pain_limit, limits_page)
    bullets = layout.bullets(tuple(lines), tight=True)
    return [layout.section(tr("Before you start"), bullets, close=True, snug=snug)]


def _clinic_banner(
    content: HandoutContent, layout: Layout, logo: Image | None, snug: bool = False
) -> list[Flowable]:
    """The clinic's logo (read by _logo), name and phone over a rule; `snug`: less space around them."""
    clinic = content.clinic
    line = " \u00b7 ".join(
        text
        for text in (clinic.name, tr("Phone: {phone}").format(phone=clinic.phone) if clinic.phone else "")
        if text
    )
    if not line and logo is None:
        return []
    cells: list = [layout.paragraph(line, layout.look.strong, "the clinic's name and phone")] if line else []
    row = [logo, *cells] if logo is not None else cells
    widths = [LOGO_BOX[0] + 12, layout.width - LOGO_BOX[0] - 12] if logo is not None else [layout.width]
    padding = BANNER_PADDING[snug]
    banner = layout.table(
        [row],
        widths[: len(row)],
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ],
    )
    rule = HRFlowable(width="100%", thickness=1, color=black, spaceBefore=2, spaceAfter=UNDER_RULE[snug])
    return [banner, rule]


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


def _stage_box(
    content: HandoutContent, layout: Layout, how: Paragraph | None = None, snug: bool = False
) -> Table:
    """The stage and its dates (and `how` often); a stage other than the current one says so first.
    `snug`: less space over it and inside it."""
    look = layout.look
    lines = []
    notice = timing_notice(content.timing, content.program.current_stage_index() or 0)
    if notice:
        lines.append(Paragraph(layout.text(notice), look.strong))
    dates = content.stage_dates()
    title = stage_title(content.program, content.stage_index, None if dates is None else layout.dates.span(*dates))
    lines.append(layout.paragraph(title, look.strong, "the stage name"))
    if how is not None:
        lines.append(how)
    above, top, bottom = STAGE_BOX_SPACING[snug]
    return layout.table(
        [[lines]],
        [layout.width],
        [
            ("BOX", (0, 0), (-1, -1), 1.5, black),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ],
        spaceBefore=above,
    )
