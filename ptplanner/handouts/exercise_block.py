"""One exercise on the handout: never split across pages, the dose always right under its name.

Blocks are compact so that two fit on a page in normal print: the pictures stand in a column at the left,
the summary, steps and reminders beside them. Pictures are as large as the body needs to be read on paper
(MIN_BODY_CM on its longer side), larger in large print.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.graphics.shapes import Drawing as PdfDrawing
from reportlab.lib.colors import black
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable

from ptplanner.core.exercise import Exercise
from ptplanner.core.figure import Drawing, draw_pictures
from ptplanner.core.handout_text import FOLLOW_YOUR_LIMITS
from ptplanner.core.pose import Pictures
from ptplanner.core.program import ProgramItem
from ptplanner.handouts.pictures import drawing_flowable
from ptplanner.handouts.styles import Layout

PICTURE_GAP = 8
MIN_BODY_CM = {False: 4.5, True: 6.0}  # normal print, large print
BODY_SHARE = 0.9  # of a picture's longer side the body takes, its frame being tight around it
PICTURE_SHARE = 0.34  # of the width, the picture column in normal print: 171 pt, a 5.4 cm body lying
LARGE_PICTURE_SHARE = 0.44  # in large print: 222 pt, a 7 cm body lying
MAX_PICTURE_SHARE = 0.5  # the most the picture column takes, so the words keep half the width
GUTTER = 12


def exercise_block(
    number: int, item: ProgramItem, layout: Layout, lead: Sequence[Flowable] = ()
) -> KeepTogether:
    """The block for the `number`th exercise; `lead` (e.g. a section heading) stays on its page."""
    exercise = item.exercise
    look = layout.look
    where = f"exercise {number}"
    parts: list[Flowable] = [
        *lead,
        _title_row(number, exercise, layout, where),
        _dose_box(item, layout, where),
        *_pictures_and_text(exercise, layout, where),
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
    return KeepTogether(parts)


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


def _pictures_and_text(exercise: Exercise, layout: Layout, where: str) -> list[Flowable]:
    """The pictures in a column at the left (one above the other, or side by side when they are tall)
    and the words beside them; three pictures run across the page above the words."""
    look = layout.look
    text = [
        layout.paragraph(exercise.summary, look.body, where),
        layout.numbered(exercise.steps, where, tight=True),
        *_reminders(exercise, layout, where),
    ]
    if exercise.pictures is None:
        return text
    drawings = core_drawings(exercise.pictures)
    labels = exercise.pictures.labels()
    if len(drawings) > 2:
        across = _picture_grid(drawings, labels, layout.width / len(drawings), len(drawings), layout)
        return [across, *text]
    column, per_row = picture_column(drawings, layout)
    grid = _picture_grid(drawings, labels, column / per_row, per_row, layout)
    return [_plain_row([grid, text], [column + GUTTER, layout.width - column - GUTTER], layout)]


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


def picture_column(drawings: Sequence[Drawing], layout: Layout) -> tuple[float, int]:
    """The picture column's width and how many pictures stand side by side in it.

    Side by side when that keeps the column within MAX_PICTURE_SHARE of the width (tall pictures:
    standing, sitting), else one above the other (wide ones: lying). Either way the column is just
    wide enough for the body to be MIN_BODY_CM long on its longer side, and no narrower than the
    print's picture share."""
    aspect = drawings[0].width / drawings[0].height  # the pictures of an exercise share one box
    height = MIN_BODY_CM[layout.large_print] * cm / BODY_SHARE / max(aspect, 1.0)
    side_by_side = len(drawings) * (height * aspect + PICTURE_GAP)
    least = layout.width * picture_share(layout)
    if side_by_side <= layout.width * MAX_PICTURE_SHARE:
        return max(least, side_by_side), len(drawings)
    return max(least, height * aspect + PICTURE_GAP), 1


def body_length(width: float, height: float) -> float:
    """About how long the body is drawn in a picture of this size: most of its longer side."""
    return BODY_SHARE * max(width, height)


def _picture_grid(
    drawings: Sequence[Drawing], labels: Sequence[str], column: float, per_row: int, layout: Layout
) -> Table:
    """The pictures `per_row` to a row, each `column` wide with its label under it."""
    label = layout.look.label
    aspect = drawings[0].width / drawings[0].height
    width = column - PICTURE_GAP
    height = min(width / aspect, MIN_BODY_CM[layout.large_print] * cm / BODY_SHARE / max(aspect, 1.0))
    rows: list[list] = []
    for start in range(0, len(drawings), per_row):
        chunk = range(start, min(start + per_row, len(drawings)))
        rows.append([_flowable(drawings[i], width, height, label.fontName, label.fontSize) for i in chunk])
        rows.append([Paragraph(labels[i], label) for i in chunk])
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
