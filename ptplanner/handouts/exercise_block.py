"""One exercise on the handout: never split across pages, the dose always right under its name.
An exercise with a video address has its QR code at the right of the name and the dose (video_code.py).

Blocks are compact so that two fit on a page in normal print: of the layouts tried (pictures at the left
with the words beside and then under them, or pictures in a row above the words), the shortest is kept.
Pictures are as large as the body needs to be read on paper (MIN_BODY_CM on its longer side), larger
when the block stays roomy, smaller only when the block would not fit on a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property, lru_cache
from io import BytesIO

from reportlab.graphics.shapes import Drawing as PdfDrawing
from reportlab.lib.colors import black
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable, ImageAndFlowables

from ptplanner.core.exercise import Exercise
from ptplanner.core.figure import Drawing, draw_pictures
from ptplanner.core.figure.primitives import Path, body_extent
from ptplanner.core.handout_text import FOLLOW_YOUR_LIMITS
from ptplanner.core.language import data_text, tr
from ptplanner.core.pose import LONE_PICTURE_LABEL, Pictures
from ptplanner.core.program import ProgramItem
from ptplanner.handouts.flowables import FittingBlock, FixedSize, Whole
from ptplanner.handouts.paragraphs import paragraph
from ptplanner.handouts.pictures import draw_picture, picture_flowable
from ptplanner.handouts.styles import Layout, stacked_height
from ptplanner.handouts.video_code import code_column_width, video_code

PICTURE_GAP = 8
PICTURE_LABELS = {"Start", "Then", "End", LONE_PICTURE_LABEL}  # ptplanner's own words under the pictures
MIN_BODY_CM = {False: 4.5, True: 6.0}  # normal print, large print
SMALLEST_BODY_CM = 2.5  # for a block that would not fit on a page at the least size (never split a block)
MIN_TEXT_SHARE = 0.36  # of the width, what the words beside the pictures keep at the least,
MIN_TEXT_EMS = 16  # and at least this many times the type size (about 30 letters a line)
MIN_COLUMN_EMS = 13  # the reminders beside the steps: at least this many times the type size
SPLITS = (0, 0.5, 0.58, 0.66)  # the words in one column, or the steps beside the reminders at these shares
GROWTH = (1.3, 1.15)  # pictures this much larger than the least, when the block stays roomy:
ROOMY = 0.4  # of a page, so that the one beside it on the page may be larger than half
GUTTER = 12
PICTURE_TABLE = [  # pictures centred over their labels, the table's own padding taken off
    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
]


# Printed, in the handout's language, over an exercise whose text has no translation into it.
IN_ENGLISH = (
    "This exercise is in English: we do not have it in your language yet. Ask us to go over it with you."
)


def exercise_block(
    number: int,
    item: ProgramItem,
    layout: Layout,
    lead: Sequence[Flowable] = (),
    video: str | None = None,
    in_english: bool = False,
) -> FittingBlock:
    """The block for the `number`th exercise; `lead` (e.g. a section heading) stays on its page; `video`:
    the address its QR code holds (None: no code). The code stands at the right of the name and the dose,
    or, when that is shorter, at the right of the pictures in a row across the page. `in_english`: the
    exercise has no text in the handout's language, so its English text is marked. Larger pictures give way
    to the least size where that keeps the block on the page it starts on."""
    if in_english:
        lead = [*lead, _english_mark(layout)]
    canvas = Canvas(BytesIO())
    ways = [([*lead, *_heading(number, item, layout, video)], None)]
    if video is not None and item.exercise.pictures is not None:
        ways.append(([*lead, *_heading(number, item, layout, None)], video))
    blocks = [_sized(number, item, layout, heading, code, canvas) for heading, code in ways]
    return FittingBlock(min(blocks, key=lambda sizes: stacked_height(sizes[0], layout.width, canvas)))


def _sized(
    number: int, item: ProgramItem, layout: Layout, lead: list[Flowable], code: str | None, canvas: Canvas
) -> list[list[Flowable]]:
    """The parts with pictures of the least size, after the same with larger pictures where the block stays
    roomy; or with smaller pictures where it would not fit on a page. `code`: a video address whose code
    goes beside the pictures."""
    least = MIN_BODY_CM[layout.large_print]
    parts = _block_parts(number, item, layout, lead, least, code)
    height = stacked_height(parts, layout.width, canvas)
    if height > layout.height:
        return [_largest_that_fits(number, item, layout, lead, least, code, canvas)]
    if height <= layout.height * ROOMY and item.exercise.pictures is not None:
        # Larger pictures where they still leave room for a second block on the page.
        for growth in GROWTH:
            grown = _block_parts(number, item, layout, lead, least * growth, code)
            if stacked_height(grown, layout.width, canvas) <= layout.height * ROOMY:
                return [grown, parts]
    return [parts]


def _english_mark(layout: Layout) -> Table:
    """A boxed line over the block, in the handout's language, saying the words under it are English."""
    mark = Paragraph(f"<b>{layout.text(tr(IN_ENGLISH))}</b>", layout.look.boxed)
    return layout.table(
        [[mark]],
        [layout.width],
        [("BOX", (0, 0), (-1, -1), 1, black), ("LEFTPADDING", (0, 0), (-1, -1), 6)],
        spaceAfter=2,
    )


def _largest_that_fits(
    number: int, item: ProgramItem, layout: Layout, lead: Sequence[Flowable], too_large: float,
    code: str | None, canvas: Canvas,
) -> list[Flowable]:
    """Never split across pages: a block taller than a page gets the largest pictures that fit it (found
    to within a millimetre), or the smallest ones there are."""
    fits, parts = SMALLEST_BODY_CM, _block_parts(number, item, layout, lead, SMALLEST_BODY_CM, code)
    while too_large - fits > 0.1:
        body_cm = (fits + too_large) / 2
        tried = _block_parts(number, item, layout, lead, body_cm, code)
        if stacked_height(tried, layout.width, canvas) <= layout.height:
            fits, parts = body_cm, tried
        else:
            too_large = body_cm
    return parts


def _block_parts(
    number: int, item: ProgramItem, layout: Layout, lead: Sequence[Flowable], body_cm: float,
    code: str | None = None,
) -> list[Flowable]:
    exercise = item.exercise
    look = layout.look
    where = f"exercise {number}"
    parts: list[Flowable] = [
        *lead,  # the section heading, if any, then the name and the dose
        *_pictures_and_text(exercise, layout, where, body_cm, code),
        layout.paragraph(exercise.stop_if, look.strong, where),
    ]
    if item.note.strip():
        parts.append(
            layout.paragraph(
                data_text(item.note),
                look.body,
                f"the note for exercise {number}",
                label=tr("Note from your therapist:"),
            )
        )
    parts.append(
        HRFlowable(
            width="100%", thickness=1, color=black, spaceBefore=look.space * 0.1, spaceAfter=look.space * 0.6
        )
    )
    return parts


def _heading(number: int, item: ProgramItem, layout: Layout, video: str | None) -> list[Flowable]:
    """The name and the dose box under it; with a video, its code at the right of both. Built once for
    every layout tried: the pictures and words below do not change them."""
    where = f"exercise {number}"
    if video is None:
        title = _title_row(number, item.exercise, layout, where, layout.width)
        return [title, _dose_box(item, layout, where)]
    code_width = code_column_width(layout)
    width = layout.width - code_width - GUTTER
    left = [_title_row(number, item.exercise, layout, where, width), _dose_box(item, layout, where, width)]
    code = video_code(video, layout)
    row = _plain_row([left, code], [width + GUTTER, code_width], layout, right_gap=GUTTER)
    row.spaceAfter = layout.look.space * 0.4
    return [row]


def _title_row(number: int, exercise: Exercise, layout: Layout, where: str, width: float) -> Table:
    """'3. Buttock squeeze' with what the patient needs at the right."""
    title = layout.paragraph(f"{number}. {exercise.name}", layout.look.exercise, where)
    if not exercise.equipment:
        return _plain_row([title], [width], layout)
    needs = ", ".join(tr(e.value) for e in exercise.equipment)
    need = layout.paragraph(needs, layout.look.right, where, label=tr("You need:"))
    # The title keeps what it needs for one line when the two fit side by side; else 60% of the width.
    title_width = _one_line_width(title, width)
    need_width = _one_line_width(need, width)
    left = title_width if title_width + need_width + GUTTER <= width else width * 0.6
    return _plain_row([title, need], [left, width - left], layout, valign="BOTTOM")


def _one_line_width(paragraph: Paragraph, width: float) -> float:
    """The width `paragraph` takes on one line, or `width` when it needs more than one."""
    paragraph.wrap(width, 1e6)
    lines = paragraph.blPara.lines
    if len(lines) != 1:
        return width
    spare = lines[0][0] if isinstance(lines[0], tuple) else lines[0].extraSpace
    return width - spare + 1


def _pictures_and_text(
    exercise: Exercise, layout: Layout, where: str, body_cm: float, code: str | None = None
) -> list[Flowable]:
    """The pictures and the words, laid out whichever way takes the least height: the pictures at the
    left with the words beside them and then under them at the full width, or in a row across the page
    above the words. The pictures stand all in one row, or fewer to a row; each way keeps the body
    `body_cm` long. With a `code` (a video address), only across the page, the QR code at the right."""

    def text(split: float = 0) -> list[Flowable]:  # fresh flowables for each way: measuring wraps them
        return _words(exercise, layout, where, split)

    canvas = Canvas(BytesIO())

    def height(parts: list[Flowable]) -> float:
        return stacked_height(parts, layout.width, canvas)

    splits = _splits(layout)
    if exercise.pictures is None:
        return min((text(split) for split in splits), key=height)
    drawings = core_drawings(exercise.pictures)
    labels = [
        tr(label) if label in PICTURE_LABELS else data_text(label) for label in exercise.pictures.labels()
    ]
    picture_width = _picture_size(drawings, body_cm)[0] + PICTURE_GAP
    # The words under the pictures take the same height whatever the pictures above: measured once.
    words_under = {split: height(text(split)) for split in splits}
    shortest = min(splits, key=words_under.__getitem__)
    code_width = code_column_width(layout) + GUTTER if code else 0
    row_width = layout.width - code_width
    ways = []
    for per_row in range(len(drawings), 0, -1):
        if per_row * picture_width > row_width:
            continue
        # Across the page above the words, spread over the width (a lone picture: over half of it).
        column = max(picture_width, row_width / max(min(per_row, len(drawings)), 2))
        across = _picture_grid(drawings, labels, column, per_row, layout, body_cm)
        if code:
            across = _plain_row(
                [across, video_code(code, layout)], [row_width, code_width], layout, valign="BOTTOM"
            )
        ways.append((height([across]) + words_under[shortest], [across, *text(shortest)]))
        # or at the left, the words beside and then under them
        if not code and per_row * picture_width <= layout.width - _least_text_width(layout):
            grid = FixedSize(_picture_grid(drawings, labels, picture_width, per_row, layout, body_cm))
            around = [ImageAndFlowables(grid, text(), imageSide="left", imageRightPadding=GUTTER)]
            ways.append((height(around), around))
    if not code and len(drawings) > 2 and not layout.large_print:
        # A sequence of steps: each picture cropped to its own width, all in one row at the same scale.
        # (Not in large print: there a row of three is wider than the page at any size the search for the
        # largest pictures that fit would try first, and the search needs the height to grow with size.)
        row = _cropped_row(drawings, labels, layout, body_cm)
        if row is not None:
            ways.append((height([row]) + words_under[shortest], [row, *text(shortest)]))
    if not ways:  # too wide for the page even alone: across the page, as large as fits
        across = _picture_grid(drawings, labels, row_width / len(drawings), len(drawings), layout, body_cm)
        if code:
            across = _plain_row([across, video_code(code, layout)], [row_width, code_width], layout)
        ways.append((0, [across, *text()]))
    return min(ways, key=lambda way: way[0])[1]


def _least_text_width(layout: Layout) -> float:
    return max(layout.width * MIN_TEXT_SHARE, layout.look.body.fontSize * MIN_TEXT_EMS)


def _splits(layout: Layout) -> list[float]:
    """The ways to share the width between steps and reminders that leave each a readable column."""
    least = layout.look.body.fontSize * MIN_COLUMN_EMS
    return [split for split in SPLITS if not split or (1 - split) * (layout.width - GUTTER) >= least]


def _words(exercise: Exercise, layout: Layout, where: str, split: float) -> list[Flowable]:
    """The summary, the steps and the reminders; with a `split`, the reminders stand beside the steps, not
    under them, and the steps take that share of the width (short lines: that saves height)."""
    summary = layout.paragraph(exercise.summary, layout.look.body, where)
    steps = layout.list_lines(exercise.steps, where, numbered=True)
    reminders = _reminders(exercise, layout, where)
    if not (split and reminders):
        return [summary, *steps, *reminders]
    steps_width = (layout.width - GUTTER) * split + GUTTER
    widths = [steps_width, layout.width - steps_width]
    return [summary, _plain_row([steps, reminders], widths, layout, right_gap=GUTTER)]


def _reminders(exercise: Exercise, layout: Layout, where: str) -> list[Flowable]:
    # Following the surgeon's limits is said once, on the first pages, not under every exercise.
    said = {FOLLOW_YOUR_LIMITS, tr(FOLLOW_YOUR_LIMITS)}
    lines = tuple(line for line in exercise.cues + exercise.precautions if line.strip() not in said)
    if not lines:
        return []
    heading = paragraph(f"<b>{tr('Remember:')}</b>", layout.look.boxed)
    # Kept whole: beside pictures, the heading never stays behind without its lines.
    return [Whole([heading, *layout.list_lines(lines, where)])]


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


def _dose_box(item: ProgramItem, layout: Layout, where: str, width: float | None = None) -> Table:
    dose = layout.paragraph(item.dosage.describe(), layout.look.boxed, where, label=tr("How much:"))
    return layout.table(
        [[dose]],
        [width or layout.width],
        [
            ("BOX", (0, 0), (-1, -1), 2, black),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
        spaceAfter=layout.look.space * 0.4,
    )


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
    # As tall as the body needs, or less when the column is narrower than the picture (room is for the words).
    height = min(width * drawings[0].height / drawings[0].width, _picture_size(drawings, body_cm)[1])
    rows: list[list] = []
    for start in range(0, len(drawings), per_row):
        chunk = range(start, min(start + per_row, len(drawings)))
        blank = [""] * (per_row - len(chunk))  # the last row of three pictures two to a row
        rows.append([Picture(drawings[i], width, height, label.fontName, label.fontSize) for i in chunk] + blank)
        rows.append([paragraph(labels[i], label) for i in chunk] + blank)
    return layout.table(
        rows,
        [column] * per_row,
        PICTURE_TABLE,
    )


def _cropped_row(
    drawings: Sequence[Drawing], labels: Sequence[str], layout: Layout, body_cm: float
) -> Table | None:
    """The pictures in one row, each as wide as what it shows (the empty sides of the shared box cut off),
    at the scale that prints the smallest body `body_cm` long; None when the row is wider than the page."""
    cropped = [_cropped(drawing) for drawing in drawings]
    factor = _picture_size(drawings, body_cm)[0] / drawings[0].width
    widths = [drawing.width * factor for drawing in cropped]
    if sum(widths) > layout.width:  # each keeps a margin at its sides: together, the gap between them
        return None
    spare = (layout.width - sum(widths)) / len(widths)  # shared out, so the pictures spread over the row
    height = drawings[0].height * factor
    label = layout.look.label
    pictures = [Picture(d, w, height, label.fontName, label.fontSize) for d, w in zip(cropped, widths)]
    return layout.table(
        [pictures, [paragraph(text, label) for text in labels]],
        [width + spare for width in widths],
        PICTURE_TABLE,
    )


def _cropped(drawing: Drawing, margin: float = 0.025) -> Drawing:
    """The drawing's box narrowed to the left and right of what is drawn in it (its height kept). A floor
    line runs across the whole box: it is cut to the new box rather than counted."""
    def flat(path: Path) -> bool:
        return len({round(y, 6) for _, y in path.points}) == 1

    xs = [x for path in drawing.paths if not flat(path) for x, _ in path.points]
    if not xs:
        return drawing
    left = max(drawing.left, min(xs) - margin)
    right = min(drawing.left + drawing.width, max(xs) + margin)
    def cut(path: Path) -> Path:
        return replace(path, points=tuple((min(max(x, left), right), y) for x, y in path.points))

    paths = tuple(cut(path) if flat(path) else path for path in drawing.paths)
    return replace(drawing, paths=paths, left=left, width=right - left)


class Picture(Flowable):
    """A picture of `width` x `height`, turned into reportlab shapes only when drawn: of the layouts tried
    for a block, one is printed."""

    def __init__(self, drawing: Drawing, width: float, height: float, font: str, size: float) -> None:
        super().__init__()
        self.drawing, self.width, self.height = drawing, width, height
        self.font, self.size = font, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    @cached_property
    def shapes(self) -> PdfDrawing:
        return picture_flowable(self.drawing, self.width, self.height, self.font, self.size)

    def draw(self) -> None:
        draw_picture(self.canv, self.drawing, self.width, self.height, self.font, self.size)


@lru_cache(maxsize=256)
def core_drawings(pictures: Pictures) -> tuple[Drawing, ...]:
    """Posing a figure costs more than drawing it, and the same exercises recur from handout to handout."""
    return draw_pictures(pictures)
