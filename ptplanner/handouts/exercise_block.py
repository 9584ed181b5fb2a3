"""One exercise on the handout: never split across pages, the dose always right under its name.
An exercise with a video address has its QR code at the right of the name and the dose (video_code.py).

Blocks are compact so that two fit on a page in normal print: of the layouts tried (the pictures in rows
above the words, or at the left with the words beside and then under them, or row under row with words
beside each row that leaves them room), the shortest is kept. Each picture is cut to what it shows
(picture_rows.py). Pictures are as large as the body needs to be read on paper (MIN_BODY_CM on its longer
side), larger when the block stays roomy, smaller only when the block, even packed, would not fit on a page.
Each block also has a packed size (less space, the "Stop if" line beside the pictures where it fits whole,
reminders in two columns): taken where it lets the block, or the next one, stay on a page shared with another.

The block's words are made once, before any layout is tried (block_words.py), and the layout chosen is kept
for the same block printed again (block_plans.py): then only that layout is built. For the same exercise
with another dose, number or lead, the way found at each size is kept, and the whole plan where the name,
dose and lead measure as they did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from io import BytesIO

from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable, ImageAndFlowables

from ptplanner.core.figure import Drawing, draw_pictures
from ptplanner.core.figure.primitives import Box
from ptplanner.core.pose import Pictures
from ptplanner.core.program import ProgramItem
from ptplanner.handouts.block_plans import (
    Plan,
    Size,
    Way,
    fitted_key,
    keep_fitted,
    keep_plan,
    keep_way,
    kept_fitted,
    kept_plan,
    kept_way,
    plan_key,
    ways_key,
)
from ptplanner.handouts.block_words import IN_ENGLISH, PICTURE_LABELS, BlockWords, block_words
from ptplanner.handouts.flowables import FittingBlock, FixedSize, HeadedLines, Whole
from ptplanner.handouts.paragraphs import paragraph
from ptplanner.handouts.picture_rows import (
    ROW_GAP,
    PictureRow,
    body_scale,
    content_box,
    cut_rows,
    row_cuts,
    row_sizes,
    stacked,
)
from ptplanner.handouts.styles import Layout, stacked_height, stacked_measures
from ptplanner.handouts.video_code import code_column_width, video_code

__all__ = ["IN_ENGLISH", "PICTURE_LABELS", "exercise_block"]

MIN_BODY_CM = {False: 4.5, True: 6.0}  # normal print, large print
SMALLEST_BODY_CM = 2.5  # for a block that would not fit on a page at the least size (never split a block)
MIN_TEXT_SHARE = 0.36  # of the width, what the words beside the pictures keep at the least,
MIN_TEXT_EMS = 13  # and at least this many times the type size (about 25 letters a line)
MIN_COLUMN_EMS = 13  # the reminders beside the steps: at least this many times the type size
SPLITS = (0, 0.5, 0.58, 0.66)  # the words in one column, or the steps beside the reminders at these shares
GROWTH = (1.3, 1.15)  # pictures this much larger than the least, when the block stays roomy:
ROOMY = 0.4  # of a page, so that the one beside it on the page may be larger than half
GUTTER = 12
PACKED_SPACE = 0.1  # of the gap between blocks: under the dose, the summary and the stop line, packed
PACKED_GAP = 0.4  # and under a packed block's closing rule (0.6 in a block not packed)
Headings = tuple[list[Flowable], list[Flowable]]  # the lead, name and dose: spaced as usual, and packed
Sized = list[tuple[Size, list[Flowable]]]  # a block's sizes, largest first, and their parts


@dataclass
class Measuring:
    """What the layouts tried for one block share: a canvas to measure on, the height of the block's
    words under its pictures, packed or not, at each split (the same at every size tried), and what the
    way found at each size is kept by (block_plans.py: ways_key; None: not kept)."""

    canvas: Canvas = field(default_factory=lambda: Canvas(BytesIO()))
    word_heights: dict[bool, dict[float, float]] = field(default_factory=dict)
    ways_key: tuple | None = None


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
    to the least size where that keeps the block on the page it starts on. A block laid out before with
    the same words, pictures and page is built in the layout chosen then (block_plans.py), as is one whose
    name, dose and lead differ but measure the same."""
    words = block_words(number, item, layout, video is not None, in_english)
    pictures = item.exercise.pictures
    key = plan_key(words, pictures, video, lead, layout)
    if words.english is not None:
        lead = [*lead, _english_mark(words.english, layout)]
    measuring = Measuring(ways_key=ways_key(words, pictures, layout))
    canvas = measuring.canvas

    def headings(video: str | None) -> Headings:
        return tuple([*lead, *_heading(words, layout, video, packed)] for packed in (False, True))

    plan = kept_plan(key)
    if plan is not None:
        heading = headings(None if plan.code_beside else video)
        return _planned(words, pictures, layout, plan, heading, video, measuring)
    ways = [(headings(video), None)]
    if video is not None and pictures is not None:
        ways.append((headings(None), video))
    # The same exercise laid out before with a name, dose and lead that measure the same: the same plan.
    measures = tuple(
        tuple(stacked_measures(heading, layout.width, canvas) for heading in both) for both, _ in ways
    )
    fitted = fitted_key(measuring.ways_key, video, layout, measures)
    plan = kept_fitted(fitted)
    if plan is not None:
        keep_plan(key, plan)
        return _planned(words, pictures, layout, plan, ways[plan.code_beside][0], video, measuring)
    blocks = [_sized(words, pictures, layout, heading, code, measuring) for heading, code in ways]
    best = min(range(len(blocks)), key=lambda way: stacked_height(blocks[way][0][1], layout.width, canvas))
    plan = Plan(best == 1, tuple(size for size, _ in blocks[best]))
    keep_plan(key, plan)
    keep_fitted(fitted, plan)
    return FittingBlock([parts for _, parts in blocks[best]])


def _planned(
    words: BlockWords, pictures: Pictures | None, layout: Layout, plan: Plan, heading: Headings,
    video: str | None, measuring: Measuring,
) -> FittingBlock:
    """The block built in `plan`, under `heading` (the lead, name and dose, as usual and packed)."""
    code = video if plan.code_beside else None
    return FittingBlock([
        _block_parts(
            words, pictures, layout, heading[size.packed], size.body_cm, code, size.packed, size.way,
            measuring,
        )[1]
        for size in plan.sizes
    ])


def _sized(
    words: BlockWords, pictures: Pictures | None, layout: Layout, headings: Headings, code: str | None,
    measuring: Measuring,
) -> Sized:
    """The parts with pictures of the least size, after the same with larger pictures where the block stays
    roomy, and before the same packed closer where that is shorter; or with smaller pictures where it
    would not fit on a page. `headings`: the lead, name and dose, spaced as usual and packed. `code`: a
    video address whose code goes beside the pictures."""
    lead, packed_lead = headings
    canvas = measuring.canvas
    least = MIN_BODY_CM[layout.large_print]
    way, parts = _block_parts(words, pictures, layout, lead, least, code, measuring=measuring)
    height = stacked_height(parts, layout.width, canvas)
    if height > layout.height:
        # Packed closer before the pictures give way: the body keeps its least size where that fits.
        packed_way, packed = _block_parts(
            words, pictures, layout, packed_lead, least, code, packed=True, measuring=measuring
        )
        if stacked_height(packed, layout.width, canvas) <= layout.height:
            return [(Size(least, True, packed_way), packed)]
        return [_largest_that_fits(words, pictures, layout, packed_lead, least, code, measuring)]
    if height <= layout.height * ROOMY and pictures is not None:
        # Larger pictures where they still leave room for a second block on the page.
        for growth in GROWTH:
            larger = least * growth
            grown_way, grown = _block_parts(words, pictures, layout, lead, larger, code, measuring=measuring)
            if stacked_height(grown, layout.width, canvas) <= layout.height * ROOMY:
                return [(Size(larger, False, grown_way), grown), (Size(least, False, way), parts)]
    # Packed closer, for the room left under another block: so two share a page where a little is missing.
    packed_way, packed = _block_parts(
        words, pictures, layout, packed_lead, least, code, packed=True, measuring=measuring
    )
    sizes = [(Size(least, False, way), parts)]
    if stacked_height(packed, layout.width, canvas) < height:
        sizes.append((Size(least, True, packed_way), packed))
    return sizes


def _english_mark(english: str, layout: Layout) -> Table:
    """A boxed line over the block, in the handout's language, saying the words under it are English."""
    mark = Paragraph(f"<b>{english}</b>", layout.look.boxed)
    return layout.table(
        [[mark]],
        [layout.width],
        [("BOX", (0, 0), (-1, -1), 1, black), ("LEFTPADDING", (0, 0), (-1, -1), 6)],
        spaceAfter=2,
    )


def _largest_that_fits(
    words: BlockWords, pictures: Pictures | None, layout: Layout, lead: Sequence[Flowable], too_large: float,
    code: str | None, measuring: Measuring,
) -> tuple[Size, list[Flowable]]:
    """Never split across pages: a block taller than a page, packed, gets the largest pictures that fit it
    (found to within a millimetre), or the smallest ones there are."""
    fits, canvas = SMALLEST_BODY_CM, measuring.canvas

    def tried_at(body_cm: float) -> tuple[Way, list[Flowable]]:
        return _block_parts(words, pictures, layout, lead, body_cm, code, packed=True, measuring=measuring)

    way, parts = tried_at(SMALLEST_BODY_CM)
    while too_large - fits > 0.1:
        body_cm = (fits + too_large) / 2
        tried_way, tried = tried_at(body_cm)
        if stacked_height(tried, layout.width, canvas) <= layout.height:
            fits, way, parts = body_cm, tried_way, tried
        else:
            too_large = body_cm
    return Size(fits, True, way), parts


def _block_parts(
    words: BlockWords, pictures: Pictures | None, layout: Layout, lead: Sequence[Flowable], body_cm: float,
    code: str | None = None, packed: bool = False, way: Way | None = None, measuring: Measuring | None = None,
) -> tuple[Way, list[Flowable]]:
    """The block's parts, in the given `way` (None: the shortest). `packed`: the "Stop if" line and the
    note follow the words beside the pictures where there is room left there, and the reminders may stand
    in two columns."""
    look = layout.look

    def closing() -> list[Flowable]:  # fresh for each way tried: measuring wraps them
        parts = [paragraph(words.stop_if, _packed(look.strong) if packed else look.strong)]
        if words.note is not None:
            parts.append(paragraph(words.note, look.body))
        return parts

    rule = HRFlowable(
        width="100%", thickness=1, color=black, spaceBefore=look.space * 0.1,
        spaceAfter=look.space * (PACKED_GAP if packed else 0.6),
    )
    with_words = closing if packed else None
    way, pictures_and_words = _pictures_and_text(
        words, pictures, layout, body_cm, code, with_words, way, measuring
    )
    # The section heading, if any, then the name and the dose; the words with the pictures; what closes it.
    return way, [*lead, *pictures_and_words, *([] if packed else closing()), rule]


def _heading(words: BlockWords, layout: Layout, video: str | None, packed: bool) -> list[Flowable]:
    """The name and the dose box under it; with a video, its code at the right of both. Built once for
    every layout tried: the pictures and words below do not change them. `packed`: less space under."""
    if video is None:
        title = _title_row(words, layout, layout.width)
        return [title, _dose_box(words, layout, packed)]
    code_width = code_column_width(layout)
    width = layout.width - code_width - GUTTER
    dose = _dose_box(words, layout, packed, width=width)
    left = [_title_row(words, layout, width), dose]
    code = video_code(video, layout)
    row = _plain_row([left, code], [width + GUTTER, code_width], layout, right_gap=GUTTER)
    row.spaceAfter = _space_under_heading(layout, packed)
    return [row]


def _title_row(words: BlockWords, layout: Layout, width: float) -> Table:
    """'3. Buttock squeeze' with what the patient needs at the right, or under it at the right when the
    two do not fit on one line and that is shorter than the title wrapped beside it."""

    def title() -> Paragraph:  # fresh for each way: measuring wraps it
        return paragraph(words.title, layout.look.exercise)

    if words.needs is None:
        return _plain_row([title()], [width], layout)
    needs = words.needs

    def need() -> Paragraph:
        return paragraph(needs, layout.look.right)

    # The title keeps what it needs for one line when the two fit side by side; else 60% of the width.
    title_width = _one_line_width(title(), width)
    need_width = _one_line_width(need(), width)
    if title_width + need_width + GUTTER <= width:
        return _plain_row([title(), need()], [title_width, width - title_width], layout, valign="BOTTOM")
    beside = _plain_row([title(), need()], [width * 0.6, width * 0.4], layout, valign="BOTTOM")
    under = _plain_row([[title(), need()]], [width], layout)
    return min(beside, under, key=lambda row: row.wrap(width, 1e6)[1])


def _one_line_width(paragraph: Paragraph, width: float) -> float:
    """The width `paragraph` takes on one line, or `width` when it needs more than one."""
    paragraph.wrap(width, 1e6)
    lines = paragraph.blPara.lines
    if len(lines) != 1:
        return width
    spare = lines[0][0] if isinstance(lines[0], tuple) else lines[0].extraSpace
    return width - spare + 1


def _pictures_and_text(
    words: BlockWords, pictures: Pictures | None, layout: Layout, body_cm: float, code: str | None = None,
    closing: Callable[[], list[Flowable]] | None = None, way: Way | None = None,
    measuring: Measuring | None = None,
) -> tuple[Way, list[Flowable]]:
    """The pictures and the words, laid out whichever way takes the least height: the pictures at the
    left with the words beside them and then under them at the full width, or in a row across the page
    above the words. The pictures stand all in one row, or fewer to a row; each way keeps the body
    `body_cm` long. With a `code` (a video address), only across the page, the QR code at the right.
    `closing` (packed blocks): what follows the words (the "Stop if" line...), flowing with them beside the
    pictures; the reminders then stand in two columns where they have the width and that is shorter.
    With a `way`, only that one is built, as with the way found before for the same words and pictures at
    this size (block_plans.py: kept_way). `measuring`: what the layouts tried for the block's other sizes
    measured."""
    measuring = measuring or Measuring()
    kept_as = None
    if way is None and measuring.ways_key is not None:
        kept_as = (measuring.ways_key, body_cm, code, closing is not None)
        way = kept_way(kept_as)
        if way is not None:
            kept_as = None  # found: nothing to keep
    chosen, parts = _laid_out(words, pictures, layout, body_cm, code, closing, way, measuring)
    keep_way(kept_as, chosen)
    return chosen, parts


def _laid_out(
    words: BlockWords, pictures: Pictures | None, layout: Layout, body_cm: float, code: str | None,
    closing: Callable[[], list[Flowable]] | None, way: Way | None, measuring: Measuring,
) -> tuple[Way, list[Flowable]]:
    """_pictures_and_text, its way not looked up nor kept."""

    def text(split: float = 0) -> list[Flowable]:  # fresh flowables for each way: measuring wraps them
        if closing is None:
            return _words(words, layout, split)
        return [*_words(words, layout, split, paired=True), *map(Whole, closing())]

    canvas = measuring.canvas

    def height(parts: list[Flowable]) -> float:
        return stacked_height(parts, layout.width, canvas)

    if pictures is None:
        if way is not None:
            return way, text(way.split)
        split = min(_splits(layout), key=lambda split: height(text(split)))
        return Way("words", split=split), text(split)
    drawings = core_drawings(pictures)
    labels = list(words.labels)
    scale = body_scale(drawings, body_cm)
    code_width = code_column_width(layout) + GUTTER if code else 0
    row_width = layout.width - code_width
    contents = content_boxes(pictures)

    def rows_of(sizes: Sequence[int], at: float = scale) -> list[PictureRow]:
        return cut_rows(drawings, contents, labels, layout, at, sizes, cut_pictures(pictures, tuple(sizes)))

    def above(rows: list[PictureRow], under: list[Flowable]) -> list[Flowable]:
        across = stacked(rows, layout, row_width)
        if code:
            code_cell = video_code(code, layout)
            across = _plain_row([across, code_cell], [row_width, code_width], layout, valign="BOTTOM")
        return [across, *under]

    def left(rows: list[PictureRow]) -> list[Flowable]:
        grid = FixedSize(stacked(rows, layout))
        return [ImageAndFlowables(grid, text(), imageSide="left", imageRightPadding=GUTTER)]

    def one_a_row() -> list[Flowable]:
        widest = max(drawing.width for drawing in drawings) * scale
        across = stacked(rows_of([1] * len(drawings), scale * row_width / widest), layout, row_width)
        if code:
            across = _plain_row([across, video_code(code, layout)], [row_width, code_width], layout)
        return [across, *text()]

    if way is not None:
        built = {
            "above": lambda: above(rows_of(way.rows), text(way.split)),
            "left": lambda: left(rows_of(way.rows)),
            "rows": lambda: _rows_with_words(rows_of(way.rows), text(), layout, canvas),
            "one-a-row": one_a_row,
        }
        return way, built[way.place]()
    splits = _splits(layout)
    # The words under the pictures take the same height whatever the pictures above: measured once, and
    # the shortest kept for whichever way across the page is taken.
    heights = measuring.word_heights
    words_under = heights.get(closing is not None)
    if words_under is None:
        words_under = heights[closing is not None] = {split: height(text(split)) for split in splits}
    shortest = min(splits, key=words_under.__getitem__)
    under = text(shortest)

    def arrangements() -> list[list[PictureRow]]:  # fresh for each way, as the words
        return [rows_of(sizes) for sizes in row_sizes(len(drawings))]

    ways = []
    for rows, sizes in zip(arrangements(), row_sizes(len(drawings))):  # across the page above the words,
        if max(row.width for row in rows) > row_width:  # spread over the width
            continue
        parts = above(rows, under)
        ways.append((height(parts[:1]) + words_under[shortest], Way("above", sizes, shortest), parts))
    beside = layout.width - _least_text_width(layout) - GUTTER
    for rows, sizes in zip([] if code else arrangements(), row_sizes(len(drawings))):
        best = min((way[0] for way in ways), default=float("inf"))
        if sum(row.table(layout).wrap(layout.width, 1e6)[1] for row in rows) >= best:
            continue  # the pictures alone, one row under the other, are taller than the shortest yet
        if max(row.width for row in rows) <= beside:  # at the left, the words beside and then under them,
            around = left(rows)
            ways.append((height(around), Way("left", sizes), around))
        if len(rows) > 1 and max(row.width for row in rows) <= layout.width:
            # or row under row, the words beside each row that leaves them room, and under the last.
            parts = _rows_with_words(rows, text(), layout, canvas)
            ways.append((height(parts), Way("rows", sizes), parts))
    if not ways:  # a picture too wide for the page even alone: one a row, as large as fits
        return Way("one-a-row"), one_a_row()
    _, chosen, parts = min(ways, key=lambda way: way[0])
    return chosen, parts


def _rows_with_words(
    rows: list[PictureRow], words: list[Flowable], layout: Layout, canvas: Canvas
) -> list[Flowable]:
    """The rows of pictures one under the other, across the page; beside a row that leaves them room, the
    words that fit in its height, in their order; the words left under the last row. A sentence is split
    only where its rest follows right after (beside the next row, or under the last), never around a row
    of pictures."""
    roomy = [layout.width - row.width - GUTTER >= _least_text_width(layout) for row in rows]
    left = words
    parts: list[Flowable] = []
    for index, row in enumerate(rows):
        room = layout.width - row.width - GUTTER
        beside: list[Flowable] = []
        if left and roomy[index]:
            table = row.table(layout)
            may_split = index + 1 == len(rows) or roomy[index + 1]
            height = table.wrap(row.width, 1e6)[1]
            beside, left = _filled(left, room, height, canvas, may_split)
        if beside:
            parts.append(_plain_row([table, beside], [row.width + GUTTER, room], layout, right_gap=GUTTER))
        else:
            parts.append(row.table(layout, layout.width))
        parts[-1].spaceAfter = ROW_GAP
    return [*parts, *left]


def _filled(
    words: list[Flowable], width: float, height: float, canvas: Canvas, may_split: bool
) -> tuple[list, list]:
    """The words that fit in a column `width` x `height` (the last of them split between lines where it
    can be and `may_split`), and those left."""
    taken: list[Flowable] = []
    used = 0.0
    for index, part in enumerate(words):
        space = part.getSpaceBefore() if taken else 0
        part_height = part.wrapOn(canvas, width, 1e6)[1]
        if used + space + part_height <= height:
            taken.append(part)
            used += space + part_height + part.getSpaceAfter()
            continue
        pieces = part.splitOn(canvas, width, height - used - space) if may_split else []
        if len(pieces) > 1:
            return [*taken, pieces[0]], [*pieces[1:], *words[index + 1 :]]
        return taken, words[index:]
    return taken, []


def _least_text_width(layout: Layout) -> float:
    return max(layout.width * MIN_TEXT_SHARE, layout.look.body.fontSize * MIN_TEXT_EMS)


def _splits(layout: Layout) -> list[float]:
    """The ways to share the width between steps and reminders that leave each a readable column."""
    least = layout.look.body.fontSize * MIN_COLUMN_EMS
    return [split for split in SPLITS if not split or (1 - split) * (layout.width - GUTTER) >= least]


def _words(words: BlockWords, layout: Layout, split: float, paired: bool = False) -> list[Flowable]:
    """The summary, the steps and the reminders; with a `split`, the reminders stand beside the steps, not
    under them, and the steps take that share of the width (short lines: that saves height). `paired`: the
    reminders under the steps stand in two columns where they have the page's width and that is shorter."""
    summary = paragraph(words.summary, _packed(layout.look.body) if paired else layout.look.body)
    steps = layout.listed(words.steps, numbered=True)
    reminders = _reminders(words, layout, paired and not split)
    if not (split and reminders):
        return [summary, *steps, *reminders]
    steps_width = (layout.width - GUTTER) * split + GUTTER
    widths = [steps_width, layout.width - steps_width]
    return [summary, _plain_row([steps, reminders], widths, layout, right_gap=GUTTER)]


def _reminders(words: BlockWords, layout: Layout, paired: bool = False) -> list[Flowable]:
    if words.remember is None:
        return []
    heading = paragraph(words.remember, layout.look.boxed)
    # Beside pictures, the heading never stays behind without its first line.
    columns_from = layout.width - GUTTER if paired else None  # only across the page, never beside pictures
    lines = layout.listed(words.reminders)
    return [HeadedLines([heading, *lines], columns_from=columns_from, gutter=GUTTER)]


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


def _space_under_heading(layout: Layout, packed: bool) -> float:
    return layout.look.space * (PACKED_SPACE if packed else 0.4)


@lru_cache(maxsize=64)  # one for each style of a handout: a style made anew is measured anew
def _packed(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"packed-{style.name}", parent=style, spaceAfter=style.fontSize * PACKED_SPACE)


def _dose_box(words: BlockWords, layout: Layout, packed: bool, width: float | None = None) -> Table:
    """The dose in a box; `packed`: less space inside it and under it."""
    dose = paragraph(words.dose, layout.look.boxed)
    top, bottom = (2, 2) if packed else (3, 4)
    return layout.table(
        [[dose]],
        [width or layout.width],
        [
            ("BOX", (0, 0), (-1, -1), 2, black),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ],
        spaceAfter=_space_under_heading(layout, packed),
    )


@lru_cache(maxsize=256)
def content_boxes(pictures: Pictures) -> tuple[Box, ...]:
    """What each picture shows, to cut it to that: measured once for the many layouts tried."""
    return tuple(content_box(drawing) for drawing in core_drawings(pictures))


@lru_cache(maxsize=1024)
def cut_pictures(pictures: Pictures, sizes: tuple[int, ...]) -> tuple[tuple[Drawing, ...], ...]:
    """The pictures cut to what they show, in rows of `sizes`: cut once for every size and way tried."""
    return row_cuts(core_drawings(pictures), content_boxes(pictures), sizes)


@lru_cache(maxsize=256)
def core_drawings(pictures: Pictures) -> tuple[Drawing, ...]:
    """Posing a figure costs more than drawing it, and the same exercises recur from handout to handout."""
    return draw_pictures(pictures)
