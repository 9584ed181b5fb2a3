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


Box = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True)
class Drawing:
    """Paths in drawing units inside the box (left, bottom) to (left + width, bottom + height);
    `body` is the box around the figure alone, without its props and arrow, when known."""

    paths: tuple[Path, ...]
    left: float
    bottom: float
    width: float
    height: float
    body: Box | None = None

    def fit(self, width: float, height: float) -> tuple[float, float, float]:
        """Scale and offsets that centre this drawing in a target of the given size (y up)."""
        factor = min(width / self.width, height / self.height)
        dx = (width - self.width * factor) / 2 - self.left * factor
        dy = (height - self.height * factor) / 2 - self.bottom * factor
        return factor, dx, dy


def body_extent(drawing: Drawing) -> tuple[float, float]:
    """Width and height of the body in the drawing, in drawing units (the whole drawing when unknown)."""
    if drawing.body is None:
        return drawing.width, drawing.height
    left, bottom, right, top = drawing.body
    return right - left, top - bottom


def printed_body_length(drawing: Drawing, width: float, height: float) -> float:
    """How long the body's longer side comes out when the drawing is fitted into a `width` x `height`
    box (as `fit` does), in the box's units: for a layout to check a picture is big enough to read."""
    factor = drawing.fit(width, height)[0]
    return max(body_extent(drawing)) * factor


def height_for_body_length(drawing: Drawing, width: float, length: float) -> float | None:
    """The box height at which the body's longer side prints `length` long in a box `width` wide;
    None when that width is too narrow for it at any height."""
    factor = length / max(body_extent(drawing))
    if drawing.width * factor > width * (1 + 1e-9):
        return None
    return drawing.height * factor


def bounds(paths: tuple[Path, ...]) -> Box:
    """(left, bottom, right, top) of everything drawn, strokes included."""
    lefts, bottoms, rights, tops = [], [], [], []
    for path in paths:
        if not path.points:
            continue
        half = path.width / 2 if path.stroke is not None else 0.0
        xs, ys = [x for x, _ in path.points], [y for _, y in path.points]
        # Rounding keeps order, so the least x less half is the least of each x less half (same floats).
        lefts.append(min(xs) - half)
        rights.append(max(xs) + half)
        bottoms.append(min(ys) - half)
        tops.append(max(ys) + half)
    return min(lefts), min(bottoms), max(rights), max(tops)
