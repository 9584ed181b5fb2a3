"""An exercise's pictures in rows on the handout, each cut to what it shows: the empty sides of the box the
pictures share are cut off each picture, and the empty top and bottom off each row, so the body is as
large as the page allows. All the pictures of an exercise keep one scale, and floors in a row line up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from reportlab.graphics.shapes import Drawing as PdfDrawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from ptplanner.core.figure import Drawing
from ptplanner.core.figure.primitives import Box, Path, body_extent, bounds
from ptplanner.handouts.pictures import drawing_flowable
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


def body_scale(drawings: Sequence[Drawing], body_cm: float) -> float:
    """Points per drawing unit at which the smallest body among the pictures prints `body_cm` long on its
    longer side. The pictures of an exercise share one scale."""
    return body_cm * cm / min(max(body_extent(drawing)) for drawing in drawings)


def picture_rows(
    drawings: Sequence[Drawing],
    labels: Sequence[str],
    layout: Layout,
    scale: float,
    per_row: int,
    width: float | None = None,
    widest: float | None = None,
) -> Table | None:
    """The pictures `per_row` to a row at `scale`, each with its label under it. Each row is spread over
    `width` (None: over the widest row, for pictures beside the words). None when a row is wider than
    `width`, or than `widest` when given."""
    label = layout.look.label  # a word or two under each picture: lines closer than in the words
    style = ParagraphStyle("picture-label", parent=label, leading=label.fontSize * CAPTION_LEADING)
    content = [_content_box(drawing) for drawing in drawings]
    rows: list[tuple[list[Flowable], list[Paragraph], list[float]]] = []
    for start in range(0, len(drawings), per_row):
        chunk = range(start, min(start + per_row, len(drawings)))
        bottom = min(content[i][1] for i in chunk)  # one floor line and one height for the row
        top = max(content[i][3] for i in chunk)
        cut = [_cut(drawings[i], content[i][0], bottom, content[i][2], top) for i in chunk]
        widths = [max(d.width * scale, _widest_word(labels[i], style)) for d, i in zip(cut, chunk)]
        pictures = [Picture(d, w, d.height * scale, style.fontName, style.fontSize) for d, w in zip(cut, widths)]
        rows.append((pictures, [Paragraph(labels[i], style) for i in chunk], widths))
    row_widths = [sum(widths) for _, _, widths in rows]
    limit = min(value for value in (width, widest, layout.width) if value is not None)
    if max(row_widths) > limit + 1e-6:
        return None
    across = width if width is not None else max(row_widths)
    tables = []
    for (pictures, captions, widths), row_width in zip(rows, row_widths):
        spare = (across - row_width) / len(widths)  # shared out, so the pictures spread over the row
        tables.append(layout.table([pictures, captions], [w + spare for w in widths], PICTURE_TABLE))
    if len(tables) == 1:
        return tables[0]
    return layout.table(
        [[table] for table in tables],
        [across],
        [*PICTURE_TABLE, ("BOTTOMPADDING", (0, 0), (-1, -2), ROW_GAP)],
    )


def _widest_word(label: str, style: ParagraphStyle) -> float:
    """A label's column is at least as wide as its longest word, so no word is broken."""
    return max((stringWidth(word, style.fontName, style.fontSize) for word in label.split()), default=0) + 2


def _flat(path: Path) -> bool:
    return len({round(y, 6) for _, y in path.points}) == 1


def _content_box(drawing: Drawing) -> Box:
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
        flowable = drawing_flowable(self.drawing, self.width, self.height)
        flowable.initialFontName = self.font  # else reportlab selects Helvetica, which the PDF does not embed
        flowable.initialFontSize = self.size
        return flowable

    def draw(self) -> None:
        self.shapes.drawOn(self.canv, 0, 0)
