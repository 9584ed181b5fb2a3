"""Drawing pieces the progress charts share: a plot frame that maps values to points, axes, threshold
lines, markers and line styles. Everything is black and greys, told apart by line style and marker shape,
so a chart reads the same on a black-and-white printout or to a colour-blind eye."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ptplanner.core.progress.pain import Site

INK = QColor(0, 0, 0)
GRID = QColor(215, 215, 215)
BAR = QColor(190, 190, 190)
BAND = QColor(236, 236, 236)
MARKER = 3.5  # radius
_SITE_LINES = {  # site -> (pen width, dashed, filled marker)
    Site.BACK: (2.0, False, True),
    Site.LEG: (1.5, True, False),
}


@dataclass(frozen=True)
class Frame:
    """A plot area: `slots` columns across (weeks, or days), values from 0 to `top_value` up."""

    plot: QRectF
    slots: float
    top_value: float

    @property
    def slot_width(self) -> float:
        return self.plot.width() / max(1.0, self.slots)

    def x(self, slot: float) -> float:
        return self.plot.left() + slot * self.slot_width

    def y(self, value: float) -> float:
        return self.plot.bottom() - value / self.top_value * self.plot.height()


def pen(width: float = 1.0, dashes: Sequence[float] | None = None, color: QColor = INK) -> QPen:
    drawn = QPen(color, width)
    drawn.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dashes:
        drawn.setDashPattern(list(dashes))
    return drawn


def axes(painter: QPainter, frame: Frame, ticks: Sequence[float], unit: str = "") -> None:
    """Horizontal grid lines with their values on the left, and the base line in black."""
    metrics = painter.fontMetrics()
    for tick in ticks:
        y = frame.y(tick)
        painter.setPen(pen(1, color=INK if tick == 0 else GRID))
        painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y))
        label = f"{tick:g}{unit}"
        painter.setPen(INK)
        painter.drawText(
            QPointF(frame.plot.left() - 4 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1),
            label,
        )
    painter.drawLine(
        QPointF(frame.plot.left(), frame.plot.top()), QPointF(frame.plot.left(), frame.plot.bottom())
    )


def threshold(painter: QPainter, frame: Frame, value: float, label: str, dashes: Sequence[float]) -> None:
    """A dashed line across the plot at `value`, labelled at its right end."""
    y = frame.y(value)
    painter.setPen(pen(1.2, dashes))
    painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y))
    painter.setPen(INK)
    painter.drawText(QPointF(frame.plot.right() + 4, y + painter.fontMetrics().ascent() / 2 - 1), label)


def marker(painter: QPainter, point: QPointF, filled: bool, size: float = MARKER) -> None:
    """A filled circle, or an open square."""
    painter.setPen(pen(1.2))
    if filled:
        painter.setBrush(INK)
        painter.drawEllipse(point, size, size)
    else:
        painter.setBrush(QColor(255, 255, 255))
        painter.drawRect(QRectF(point.x() - size, point.y() - size, 2 * size, 2 * size))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def series(painter: QPainter, points: Sequence[QPointF | None], site: Site) -> None:
    """A site's line (broken where a value is missing) with a marker at each value."""
    width, dashed, filled = _SITE_LINES[site]
    painter.setPen(pen(width, (5, 3) if dashed else None))
    for start, end in pairwise(points):
        if start is not None and end is not None:
            painter.drawLine(start, end)
    size = MARKER if len(points) < 40 else MARKER * 0.6  # two years of weeks need smaller marks
    for point in points:
        if point is not None:
            marker(painter, point, filled, size)


_SITE_NAMES = {
    Site.BACK: QT_TRANSLATE_NOOP("Charts", "back pain"),
    Site.LEG: QT_TRANSLATE_NOOP("Charts", "leg pain"),
}


def legend(painter: QPainter, left: float, y: float) -> None:
    """'— ● back pain   - - □ leg pain' from (left, y)."""
    metrics = painter.fontMetrics()
    x = left
    for site in Site:
        width, dashed, filled = _SITE_LINES[site]
        painter.setPen(pen(width, (5, 3) if dashed else None))
        painter.drawLine(QPointF(x, y), QPointF(x + 26, y))
        marker(painter, QPointF(x + 13, y), filled)
        label = QCoreApplication.translate("Charts", _SITE_NAMES.get(site, f"{site.value} pain"))
        painter.setPen(INK)
        painter.drawText(QPointF(x + 32, y + metrics.ascent() / 2 - 1), label)
        x += 32 + metrics.horizontalAdvance(label) + 20

