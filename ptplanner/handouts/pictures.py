"""Exercise pictures in PDFs: the figure's drawing primitives as a reportlab Drawing (vector)."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing as PdfDrawing
from reportlab.graphics.shapes import Group, Polygon, PolyLine
from reportlab.lib.colors import Color

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
