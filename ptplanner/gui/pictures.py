"""Exercise pictures on screen: the figure's drawing primitives painted with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap, QPolygonF

from ptplanner.core.figure import Drawing, Path, draw_pictures, draw_pose
from ptplanner.core.pose import Pictures, Pose


def paint_drawing(painter: QPainter, drawing: Drawing, target: QRectF) -> None:
    """Paint the drawing centred in `target`, as large as fits, keeping its proportions."""
    factor, dx, dy = drawing.fit(target.width(), target.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Drawings have y pointing up; the widget's y points down.
    painter.translate(target.left() + dx, target.bottom() - dy)
    painter.scale(factor, -factor)
    for path in drawing.paths:
        _paint_path(painter, path)
    painter.restore()


def render_drawing_image(drawing: Drawing, size: QSize, device_pixel_ratio: float = 1.0) -> QImage:
    """As render_drawing_pixmap, into an image: a worker may draw one (a pixmap, only the GUI thread)."""
    image = QImage(size * device_pixel_ratio, QImage.Format.Format_ARGB32_Premultiplied)
    return _drawn_on(image, drawing, size, device_pixel_ratio)


def render_drawing_pixmap(drawing: Drawing, size: QSize, device_pixel_ratio: float = 1.0) -> QPixmap:
    return _drawn_on(QPixmap(size * device_pixel_ratio), drawing, size, device_pixel_ratio)


def _drawn_on(canvas: QImage | QPixmap, drawing: Drawing, size: QSize, device_pixel_ratio: float):
    canvas.setDevicePixelRatio(device_pixel_ratio)
    canvas.fill(Qt.GlobalColor.white)
    painter = QPainter(canvas)
    paint_drawing(painter, drawing, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return canvas


def render_pose_pixmap(pose: Pose, size: QSize, device_pixel_ratio: float = 1.0) -> QPixmap:
    """One pose on a white background, antialiased: for thumbnails and detail panes."""
    return render_drawing_pixmap(draw_pose(pose), size, device_pixel_ratio)


def render_pictures_pixmaps(
    pictures: Pictures, size: QSize, device_pixel_ratio: float = 1.0
) -> list[QPixmap]:
    """The start, middle and end pictures (as there are), with their arrows, drawn at one scale."""
    return [render_drawing_pixmap(drawing, size, device_pixel_ratio) for drawing in draw_pictures(pictures)]


def _paint_path(painter: QPainter, path: Path) -> None:
    polygon = QPolygonF([QPointF(x, y) for x, y in path.points])
    painter.setOpacity(path.opacity)
    painter.setBrush(QBrush(_grey(path.fill)) if path.fill is not None else Qt.BrushStyle.NoBrush)
    if path.stroke is None:
        painter.setPen(Qt.PenStyle.NoPen)
    else:
        pen = QPen(_grey(path.stroke), path.width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if path.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
    if path.closed:
        painter.drawPolygon(polygon)
    else:
        painter.drawPolyline(polygon)


def _grey(level: float) -> QColor:
    value = round(level * 255)
    return QColor(value, value, value)
