"""What a picture is made of, for any back-end to draw: grey paths in a box with y pointing up."""

from __future__ import annotations

from dataclasses import dataclass

from ptplanner.core.figure.geometry import Point


@dataclass(frozen=True)
class Path:
    """A polygon (closed) or polyline, filled and/or stroked in grey (0 black, 1 white)."""

    points: tuple[Point, ...]
    fill: float | None = None
    stroke: float | None = None
    width: float = 0.0
    closed: bool = True
    opacity: float = 1.0
    dashed: bool = False


@dataclass(frozen=True)
class Group:
    """Paths drawn together, ordered against other groups by depth (larger is nearer)."""

    depth: float
    paths: list[Path]


@dataclass(frozen=True)
class Drawing:
    """Paths in drawing units inside the box (left, bottom) to (left + width, bottom + height)."""

    paths: tuple[Path, ...]
    left: float
    bottom: float
    width: float
    height: float

    def fit(self, width: float, height: float) -> tuple[float, float, float]:
        """Scale and offsets that centre this drawing in a target of the given size (y up)."""
        factor = min(width / self.width, height / self.height)
        dx = (width - self.width * factor) / 2 - self.left * factor
        dy = (height - self.height * factor) / 2 - self.bottom * factor
        return factor, dx, dy


def bounds(paths: tuple[Path, ...]) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of everything drawn, strokes included."""
    xs, ys = [], []
    for path in paths:
        half = path.width / 2 if path.stroke is not None else 0.0
        for x, y in path.points:
            xs += (x - half, x + half)
            ys += (y - half, y + half)
    return min(xs), min(ys), max(xs), max(ys)
