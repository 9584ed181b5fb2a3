"""An exercise's pictures in rows on the handout, each cut to what it shows: the empty sides of the box the
pictures share are cut off each picture, and the empty top and bottom off each row, so the body is as
large as the page allows. All the pictures of an exercise keep one scale, and floors in a row line up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import accumulate

from reportlab.graphics.shapes import Drawing as PdfDrawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from ptplanner.core.figure import Drawing
from ptplanner.core.figure.primitives import Box, Path, body_extent, bounds
from ptplanner.handouts.paragraphs import paragraph
from ptplanner.handouts.pictures import draw_picture, picture_flowable
from ptplanner.handouts.styles import Layout

MARGIN = 0.02  # drawing units kept at the sides of what is drawn: beside a neighbour, half the gap between
EDGE = 0.005  # and over and under its strokes (the label under it and the space over it keep it apart)
CAPTION_LEADING = 1.1  # times the label's type size
ROW_GAP = 4  # points between two rows of pictures, under the labels of the upper one
PICTURE_TABLE = [  # pictures centred over their labels, the table's own padding taken off
    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
]


def row_sizes(count: int) -> list[tuple[int, ...]]:
    """Every way to put `count` pictures in rows in their order (the number in each row), the fewest rows
    first: (3,), (2, 1), (1, 2), (1, 1, 1)."""
    if count == 0:
        return [()]
    ways = [(first, *rest) for first in range(count, 0, -1) for rest in row_sizes(count - first)]
    return sorted(ways, key=len)


def body_scale(drawings: Sequence[Drawing], body_cm: float) -> float:
    """Points per drawing unit at which the smallest body among the pictures prints `body_cm` long on its
    longer side. The pictures of an exercise share one scale."""
    return body_cm * cm / min(max(body_extent(drawing)) for drawing in drawings)


@dataclass
class PictureRow:
    """Pictures side by side over their labels, each column `widths` wide at the least."""

    pictures: list[Picture]
    captions: list[Paragraph]
    widths: list[float]

    @property
    def width(self) -> float:
        return sum(self.widths)

    def table(self, layout: Layout, across: float | None = None) -> Table:
        """The row as a table `across` wide (None: its own width), the room left shared out between the
        pictures so they spread over the row."""
        spare = ((across or self.width) - self.width) / len(self.widths)
        return layout.table([self.pictures, self.captions], [w + spare for w in self.widths], PICTURE_TABLE)


def cut_rows(
    drawings: Sequence[Drawing],
    contents: Sequence[Box],
    labels: Sequence[str],
    layout: Layout,
    scale: float,
    sizes: Sequence[int],
    cuts: Sequence[Sequence[Drawing]] | None = None,
) -> list[PictureRow]:
    """The pictures in rows of `sizes` pictures, in their order, at `scale`, each cut to what it shows
    (`contents`: the content box of each; `cuts`: row_cuts of them, where made before), with its label
    under it."""
    style = _caption_style(layout.look.label)
    rows = []
    starts = accumulate([0, *sizes])
    for start, size, cut in zip(starts, sizes, cuts or row_cuts(drawings, contents, sizes)):
        chunk = range(start, start + size)
        widths = [max(d.width * scale, _widest_word(labels[i], style)) for d, i in zip(cut, chunk)]
        font = style.fontName, style.fontSize
        pictures = [Picture(d, w, d.height * scale, *font) for d, w in zip(cut, widths)]
        rows.append(PictureRow(pictures, [paragraph(labels[i], style) for i in chunk], widths))
    return rows


@lru_cache(maxsize=8)  # one for each look: a style made anew is measured anew
def _caption_style(label: ParagraphStyle) -> ParagraphStyle:
    """A word or two under each picture: lines closer than in the words."""
    return ParagraphStyle("picture-label", parent=label, leading=label.fontSize * CAPTION_LEADING)


def row_cuts(
    drawings: Sequence[Drawing], contents: Sequence[Box], sizes: Sequence[int]
) -> tuple[tuple[Drawing, ...], ...]:
    """The pictures of each row of `sizes` cut to what they show, one floor line and one height a row:
    the same at every scale."""
    rows = []
    for start, size in zip(accumulate([0, *sizes]), sizes):
        chunk = range(start, start + size)
        bottom = min(contents[i][1] for i in chunk)  # one floor line and one height for the row
        top = max(contents[i][3] for i in chunk)
        rows.append(tuple(_cut(drawings[i], contents[i][0], bottom, contents[i][2], top) for i in chunk))
    return tuple(rows)


def stacked(rows: Sequence[PictureRow], layout: Layout, across: float | None = None) -> Table:
    """The rows one under the other in one table, each spread over `across` (None: the widest row)."""
    across = across or max(row.width for row in rows)
    if len(rows) == 1:
        return rows[0].table(layout, across)
    return layout.table(
        [[row.table(layout, across)] for row in rows],
        [across],
        [*PICTURE_TABLE, ("BOTTOMPADDING", (0, 0), (-1, -2), ROW_GAP)],
    )


def content_box(drawing: Drawing) -> Box:
    """(left, bottom, right, top) of what is drawn, with a margin, inside the drawing's box. A floor line
    runs across the whole box: it is not counted in the width (it is cut to the new box)."""
    xs = [x for path in drawing.paths if not _flat(path) for x, _ in path.points]
    if not xs:
        return drawing.left, drawing.bottom, drawing.left + drawing.width, drawing.bottom + drawing.height
    _left, bottom, _right, top = bounds(drawing.paths)
    return (
        max(drawing.left, min(xs) - MARGIN),
        max(drawing.bottom, bottom - EDGE),
        min(drawing.left + drawing.width, max(xs) + MARGIN),
        min(drawing.bottom + drawing.height, top + EDGE),
    )


def _widest_word(label: str, style: ParagraphStyle) -> float:
    """A label's column is at least as wide as its longest word, so no word is broken."""
    return max((stringWidth(word, style.fontName, style.fontSize) for word in label.split()), default=0) + 2


def _flat(path: Path) -> bool:
    first = path.points[0][1]
    return all(abs(y - first) < 1e-6 for _, y in path.points)


def _cut(drawing: Drawing, left: float, bottom: float, right: float, top: float) -> Drawing:
    """The drawing's box narrowed to `left`..`right` and `bottom`..`top`; floor lines cut to its sides."""

    def cut(path: Path) -> Path:
        return replace(path, points=tuple((min(max(x, left), right), y) for x, y in path.points))

    paths = tuple(cut(path) if _flat(path) else path for path in drawing.paths)
    return replace(drawing, paths=paths, left=left, bottom=bottom, width=right - left, height=top - bottom)


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
