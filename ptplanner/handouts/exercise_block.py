"""One exercise on the handout: never split across pages, the dose always right under its name.

Blocks are compact so that two fit on a page in normal print: the pictures stand in a column at the left,
the summary, steps and reminders beside them. Pictures are as large as the body needs to be read on paper
(MIN_BODY_CM on its longer side), larger in large print.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from io import BytesIO

from reportlab.graphics.shapes import Drawing as PdfDrawing
from reportlab.lib.colors import black
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable

from ptplanner.core.exercise import Exercise
from ptplanner.core.figure import Drawing, draw_pictures
from ptplanner.core.figure.primitives import body_extent
from ptplanner.core.handout_text import FOLLOW_YOUR_LIMITS
from ptplanner.core.pose import Pictures
from ptplanner.core.program import ProgramItem
from ptplanner.handouts.pictures import drawing_flowable
from ptplanner.handouts.styles import Layout, stacked_height

PICTURE_GAP = 8
MIN_BODY_CM = {False: 4.5, True: 6.0}  # normal print, large print
SHRINK_STEP = 0.9  # for a block that would not fit on a page at that size (never split a block)
SMALLEST_BODY_CM = 2.5
ROOM_TO_GROW = 1.2  # a picture in a wider column may be this much larger than the body needs
PICTURE_SHARE = 0.34  # of the width, the picture column in normal print: 171 pt, a 5.4 cm body lying
LARGE_PICTURE_SHARE = 0.44  # in large print: 222 pt, a 7 cm body lying
MAX_PICTURE_SHARE = 0.56  # the most the picture column takes, so the words keep near half the width
GUTTER = 12


def exercise_block(
    number: int, item: ProgramItem, layout: Layout, lead: Sequence[Flowable] = ()
) -> KeepTogether:
    """The block for the `number`th exercise; `lead` (e.g. a section heading) stays on its page."""
    body_cm = MIN_BODY_CM[layout.large_print]
    parts = _block_parts(number, item, layout, lead, body_cm)
    canvas = Canvas(BytesIO())
    # Never split across pages: a block taller than a page gets smaller pictures, step by step.
    while stacked_height(parts, layout.width, canvas) > layout.height and body_cm > SMALLEST_BODY_CM:
        body_cm *= SHRINK_STEP
        parts = _block_parts(number, item, layout, lead, body_cm)
    return KeepTogether(parts)


def _block_parts(
    number: int, item: ProgramItem, layout: Layout, lead: Sequence[Flowable], body_cm: float
) -> list[Flowable]:
    exercise = item.exercise
    look = layout.look
    where = f"exercise {number}"
    parts: list[Flowable] = [
        *lead,
        _title_row(number, exercise, layout, where),
        _dose_box(item, layout, where),
        *_pictures_and_text(exercise, layout, where, body_cm),
        layout.paragraph(exercise.stop_if, look.strong, where),
    ]
    if item.note.strip():
        parts.append(
            layout.paragraph(
                item.note, look.body, f"the note for exercise {number}", label="Note from your therapist:"
            )
        )
    parts.append(
        HRFlowable(
            width="100%", thickness=1, color=black, spaceBefore=look.space * 0.1, spaceAfter=look.space * 0.6
        )
    )
    return parts


def _title_row(number: int, exercise: Exercise, layout: Layout, where: str) -> Table:
    """'3. Buttock squeeze' with what the patient needs at the right."""
    title = layout.paragraph(f"{number}. {exercise.name}", layout.look.exercise, where)
    if not exercise.equipment:
        return _plain_row([title], [layout.width], layout)
    needs = ", ".join(e.value for e in exercise.equipment)
    need_style = layout.look.right
    return _plain_row(
        [title, layout.paragraph(needs, need_style, where, label="You need:")],
        [layout.width * 0.6, layout.width * 0.4],
        layout,
        valign="BOTTOM",
    )


def _pictures_and_text(exercise: Exercise, layout: Layout, where: str, body_cm: float) -> list[Flowable]:
    """The pictures and the words, laid out whichever way takes the least height: the pictures in a
    column beside the words (side by side, or one above the other) or in a row across the page above
    them. Each way keeps the body at least `body_cm` long."""

    def text() -> list[Flowable]:  # fresh flowables for each way tried: measuring wraps them
        return [
            layout.paragraph(exercise.summary, layout.look.body, where),
            layout.numbered(exercise.steps, where, tight=True),
            *_reminders(exercise, layout, where),
        ]

    if exercise.pictures is None:
        return text()
    drawings = core_drawings(exercise.pictures)
    labels = exercise.pictures.labels()
    ways = []
    picture_width = _picture_size(drawings, body_cm)[0] + PICTURE_GAP
    # Across the page above the words: as many to a row as fit (all of them, or two, or one).
    per_row = next((n for n in range(len(drawings), 0, -1) if n * picture_width <= layout.width), 0)
    if per_row:
        column = max(picture_width, layout.width / max(per_row, 2))  # a lone picture: half the width
        ways.append([_picture_grid(drawings, labels, column, per_row, layout, body_cm), *text()])
    if len(drawings) <= 2:  # or in a column beside the words
        column, per_row = picture_column(drawings, layout, body_cm)
        if column <= layout.width * MAX_PICTURE_SHARE:
            grid = _picture_grid(drawings, labels, column / per_row, per_row, layout, body_cm)
            ways.append([_plain_row([grid, text()], [column + GUTTER, layout.width - column - GUTTER], layout)])
    if not ways:  # too wide for the page even alone: across the page, as large as fits
        across = _picture_grid(drawings, labels, layout.width / len(drawings), len(drawings), layout, body_cm)
        ways.append([across, *text()])
    canvas = Canvas(BytesIO())
    return min(ways, key=lambda parts: stacked_height(parts, layout.width, canvas))


def _reminders(exercise: Exercise, layout: Layout, where: str) -> list[Flowable]:
    # Following the surgeon's limits is said once, on the first pages, not under every exercise.
    lines = tuple(line for line in exercise.cues + exercise.precautions if line.strip() != FOLLOW_YOUR_LIMITS)
    if not lines:
        return []
    return [Paragraph("<b>Remember:</b>", layout.look.boxed), layout.bullets(lines, where, tight=True)]


def _plain_row(
    cells: list, widths: list[float], layout: Layout, valign: str = "TOP", right_gap: float = 0
) -> Table:
    return layout.table(
        [cells],
        widths,
        [
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), right_gap),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )


def _dose_box(item: ProgramItem, layout: Layout, where: str) -> Table:
    dose = layout.paragraph(item.dosage.describe(), layout.look.boxed, where, label="How much:")
    return layout.table(
        [[dose]],
        [layout.width],
        [
            ("BOX", (0, 0), (-1, -1), 2, black),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ],
        spaceAfter=layout.look.space * 0.4,
    )


def picture_share(layout: Layout) -> float:
    """The share of the width the picture column takes: enough for a lying body MIN_BODY_CM long."""
    return LARGE_PICTURE_SHARE if layout.large_print else PICTURE_SHARE


def picture_column(drawings: Sequence[Drawing], layout: Layout, body_cm: float) -> tuple[float, int]:
    """The picture column's width and how many pictures stand side by side in it.

    Side by side when that keeps the column within MAX_PICTURE_SHARE of the width (tall pictures:
    standing, sitting), else one above the other (wide ones: lying). Either way the column is wide
    enough for the body to print MIN_BODY_CM long on its longer side, and no narrower than the print's
    picture share."""
    width, _height = _picture_size(drawings, body_cm)
    least = layout.width * picture_share(layout)
    side_by_side = len(drawings) * (width + PICTURE_GAP)
    if side_by_side <= layout.width * MAX_PICTURE_SHARE:
        return max(least, side_by_side), len(drawings)
    return max(least, width + PICTURE_GAP), 1


def _picture_size(drawings: Sequence[Drawing], body_cm: float) -> tuple[float, float]:
    """The size of each picture's box at which the smallest body among them prints `body_cm` long.
    The pictures of an exercise share one box and one scale."""
    body = min(max(body_extent(drawing)) for drawing in drawings)
    factor = body_cm * cm / body
    return drawings[0].width * factor, drawings[0].height * factor


def _picture_grid(
    drawings: Sequence[Drawing],
    labels: Sequence[str],
    column: float,
    per_row: int,
    layout: Layout,
    body_cm: float,
) -> Table:
    """The pictures `per_row` to a row, each `column` wide with its label under it."""
    label = layout.look.label
    width = column - PICTURE_GAP
    needed = _picture_size(drawings, body_cm)[1]
    # As tall as the width allows, but not much taller than the body needs: room is for the words.
    height = min(width * drawings[0].height / drawings[0].width, needed * ROOM_TO_GROW)
    rows: list[list] = []
    for start in range(0, len(drawings), per_row):
        chunk = range(start, min(start + per_row, len(drawings)))
        blank = [""] * (per_row - len(chunk))  # the last row of three pictures two to a row
        rows.append([_flowable(drawings[i], width, height, label.fontName, label.fontSize) for i in chunk] + blank)
        rows.append([Paragraph(labels[i], label) for i in chunk] + blank)
    return layout.table(
        rows,
        [column] * per_row,
        [
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )


def _flowable(drawing: Drawing, width: float, height: float, font: str, size: float) -> PdfDrawing:
    flowable = drawing_flowable(drawing, width, height)
    flowable.initialFontName = font  # else reportlab selects Helvetica, a font the PDF does not embed
    flowable.initialFontSize = size
    return flowable


@lru_cache(maxsize=256)
def core_drawings(pictures: Pictures) -> tuple[Drawing, ...]:
    """Posing a figure costs more than drawing it, and the same exercises recur from handout to handout."""
    return draw_pictures(pictures)
