"""Exercise pictures in PDFs: the figure's drawing primitives as a reportlab Drawing (vector).

A handout prints a picture (draw_picture) with the operators reportlab's renderer would write for that
Drawing, written straight from the paths (_render), and keeps them: the same exercise in the next handout
costs a copy of those lines. The bytes of the page are the same either way
(tests/handouts/test_handout_caches.py).
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing as PdfDrawing
from reportlab.graphics.shapes import Group, Polygon, PolyLine
from reportlab.lib.colors import Color, black
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas, ExtGState

from ptplanner.core.figure import Drawing, Path, draw_pictures, draw_pose
from ptplanner.core.pose import Pictures, Pose
from ptplanner.handouts.fonts import register_fonts


def drawing_flowable(drawing: Drawing, width: float, height: float) -> PdfDrawing:
    """A flowable of `width` x `height` points with the drawing centred in it, as large as fits."""
    factor, dx, dy = drawing.fit(width, height)
    group = Group(*(_shape(path) for path in drawing.paths))
    group.transform = (factor, 0, 0, factor, dx, dy)
    # The drawing has no text, but reportlab would still name Helvetica (not embedded) in the PDF.
    flowable = PdfDrawing(width, height, initialFontName=register_fonts()[0])
    flowable.add(group)
    return flowable


def picture_flowable(drawing: Drawing, width: float, height: float, font: str, size: float) -> PdfDrawing:
    """drawing_flowable with its text state in the handout's font (`font` at `size`): else reportlab would
    select Helvetica, which the PDF does not embed."""
    flowable = drawing_flowable(drawing, width, height)
    flowable.initialFontName = font
    flowable.initialFontSize = size
    return flowable


def draw_picture(canvas: Canvas, drawing: Drawing, width: float, height: float, font: str, size: float) -> None:
    """Draw picture_flowable(...) at the canvas's origin, from the operators kept of an earlier print."""
    transparency = canvas._extgstate
    if any(transparency.getValue(key) != default for key, default in ExtGState.defaults.items()):
        # Drawn inside a transparency (never, in ptplanner's pages): its operators would differ.
        picture_flowable(drawing, width, height, font, size).drawOn(canvas, 0, 0)
        return
    lines, transparencies = _printed(drawing, width, height, font, size)
    if transparencies:
        lines = list(lines)
        names = transparency._c  # the page's named transparencies, as reportlab numbers them on first use
        for index, state in transparencies:
            name = names.setdefault(state, f"gRLs{len(names)}")
            lines[index] = f"/{name} gs"
    canvas._code.extend(lines)


@lru_cache(maxsize=128)  # pictures at a size, about 40 KB each
def _printed(
    drawing: Drawing, width: float, height: float, font: str, size: float
) -> tuple[tuple[str, ...], tuple[tuple[int, tuple], ...]]:
    """The content-stream lines of the picture drawn on a fresh page, and which of them set a transparency
    (by its state: its name is the page's own)."""
    canvas = Canvas(BytesIO())
    start = len(canvas._code)
    if rl_config.invariant or rl_config.showBoundary:  # the renderer then orders or adds operators
        picture_flowable(drawing, width, height, font, size).drawOn(canvas, 0, 0)
    else:
        _render(canvas, drawing, width, height, font, size)
    lines = tuple(canvas._code[start:])
    states = {f"/{name} gs": state for state, name in canvas._extgstate._c.items()}
    return lines, tuple((index, states[line]) for index, line in enumerate(lines) if line in states)


def _render(canvas: Canvas, drawing: Drawing, width: float, height: float, font: str, size: float) -> None:
    """The canvas calls reportlab's renderer makes for picture_flowable(...).drawOn(canvas, 0, 0), made
    straight from the drawing's paths: building and walking reportlab shapes took longer than drawing."""
    canvas.saveState()  # the flowable's place
    canvas.translate(0, 0)
    canvas.saveState()  # the renderer's initial state, in the order of reportlab's STATE_DEFAULTS
    canvas.transform(1, 0, 0, 1, 0, 0)
    canvas.setStrokeColor(black)
    canvas.setLineWidth(1)
    canvas.setLineCap(0)
    canvas.setLineJoin(0)
    canvas.setDash()
    canvas.setFillColor(black)
    canvas.setFont(font, size)
    canvas.saveState()  # the Drawing
    canvas.transform(1, 0, 0, 1, 0, 0)
    factor, dx, dy = drawing.fit(width, height)
    canvas.saveState()  # its Group
    canvas.transform(factor, 0, 0, factor, dx, dy)
    for path in drawing.paths:
        _render_path(canvas, path)
    for _ in range(4):
        canvas.restoreState()


def _render_path(canvas: Canvas, path: Path) -> None:
    """A Polygon or PolyLine of _shape, as the renderer draws it: its state in the shape's order."""
    canvas.saveState()
    fill = path.closed and path.fill is not None
    if fill:
        canvas.setFillColor(_grey(path.fill, path.opacity))
    if path.stroke is not None:
        canvas.setStrokeColor(_grey(path.stroke, path.opacity))
    canvas.setLineWidth(path.width)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    if path.dashed:
        canvas.setDash([path.width * 3, path.width * 2], 0)
    else:
        canvas.setDash()
    # The outline as canvas.drawPath writes a path object's (n, m, l..., h), without making the object.
    (x, y), *rest = path.points
    outline = ["n", f"{fp_str(x, y)} m", *[f"{fp_str(x, y)} l" for x, y in rest]]
    if path.closed:
        canvas._code.append(" ".join([*outline, "h"]))
        canvas._strokeAndFill(int(path.stroke is not None), int(fill))
    elif path.stroke is not None:
        canvas._code.append(" ".join(outline))
        canvas._strokeAndFill(1, 0)
    canvas.restoreState()


def pose_flowable(pose: Pose, width: float, height: float) -> PdfDrawing:
    return drawing_flowable(draw_pose(pose), width, height)


def pictures_flowables(pictures: Pictures, width: float, height: float) -> list[PdfDrawing]:
    """The start, middle and end pictures (as there are) with their arrows, each `width` x `height`."""
    return [drawing_flowable(drawing, width, height) for drawing in draw_pictures(pictures)]


def _shape(path: Path) -> Polygon | PolyLine:
    points = [coordinate for point in path.points for coordinate in point]
    stroke = _grey(path.stroke, path.opacity) if path.stroke is not None else None
    style = {"strokeColor": stroke, "strokeWidth": path.width, "strokeLineCap": 1, "strokeLineJoin": 1}
    if path.dashed:
        style["strokeDashArray"] = [path.width * 3, path.width * 2]
    if not path.closed:
        return PolyLine(points, **style)
    fill = _grey(path.fill, path.opacity) if path.fill is not None else None
    return Polygon(points, fillColor=fill, **style)


def _grey(level: float, opacity: float) -> Color:
    return Color(level, level, level, alpha=opacity)
