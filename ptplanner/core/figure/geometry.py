"""Small vector helpers for the figure: 3-D points as tuples, 2-D outlines as point lists."""

from __future__ import annotations

import math

Vec = tuple[float, float, float]
Point = tuple[float, float]


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def along(origin: Vec, *steps: tuple[Vec, float]) -> Vec:
    """origin + sum of direction * length."""
    x, y, z = origin
    for direction, length in steps:
        x += direction[0] * length
        y += direction[1] * length
        z += direction[2] * length
    return (x, y, z)


def rotate(v: Vec, axis: Vec, degrees: float) -> Vec:
    """Rodrigues' rotation of v about the unit vector axis (right-hand rule)."""
    angle = math.radians(degrees)
    c, s = math.cos(angle), math.sin(angle)
    k_cross_v = cross(axis, v)
    k_dot_v = dot(axis, v)
    return tuple(v[i] * c + k_cross_v[i] * s + axis[i] * k_dot_v * (1 - c) for i in range(3))  # type: ignore[return-value]


def capsule(a: Point, b: Point, ra: float, rb: float, steps: int = 10) -> list[Point]:
    """Outline of a tapered capsule: circles of radius ra at a and rb at b joined by tangents."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length < 1e-9 or length <= abs(ra - rb):
        big, r = (a, ra) if ra >= rb else (b, rb)
        return circle(big, r, steps * 2)
    heading = math.atan2(dy, dx)
    # The tangent points sit at this angle from the axis, so the sides touch both circles.
    spread = math.acos((ra - rb) / length)
    outline = []
    for i in range(steps + 1):
        t = heading + spread + (2 * math.pi - 2 * spread) * i / steps
        outline.append((a[0] + ra * math.cos(t), a[1] + ra * math.sin(t)))
    for i in range(steps + 1):
        t = heading - spread + 2 * spread * i / steps
        outline.append((b[0] + rb * math.cos(t), b[1] + rb * math.sin(t)))
    return outline


def circle(center: Point, radius: float, steps: int = 20) -> list[Point]:
    return [
        (
            center[0] + radius * math.cos(2 * math.pi * i / steps),
            center[1] + radius * math.sin(2 * math.pi * i / steps),
        )
        for i in range(steps)
    ]


def smooth(outline: list[Point], rounds: int = 2) -> list[Point]:
    """Chaikin corner cutting of a closed outline: a rounder shape from a few control points."""
    for _ in range(rounds):
        result = []
        for i, p in enumerate(outline):
            q = outline[(i + 1) % len(outline)]
            result.append((0.75 * p[0] + 0.25 * q[0], 0.75 * p[1] + 0.25 * q[1]))
            result.append((0.25 * p[0] + 0.75 * q[0], 0.25 * p[1] + 0.75 * q[1]))
        outline = result
    return outline


def rounded_rect(left: float, bottom: float, right: float, top: float, radius: float) -> list[Point]:
    radius = max(0.0, min(radius, (right - left) / 2, (top - bottom) / 2))
    corners = (
        (right - radius, top - radius, 0),
        (left + radius, top - radius, 90),
        (left + radius, bottom + radius, 180),
        (right - radius, bottom + radius, 270),
    )
    outline = []
    for cx, cy, start in corners:
        for i in range(5):
            t = math.radians(start + 90 * i / 4)
            outline.append((cx + radius * math.cos(t), cy + radius * math.sin(t)))
    return outline


def convex_hull(points: list[Point]) -> list[Point]:
    """The convex hull of the points, counter-clockwise."""
    lower = lower_hull(points)
    upper = [(-x, -y) for x, y in lower_hull([(-x, -y) for x, y in points])]
    return lower[:-1] + upper[:-1]


def lower_hull(points: list[Point]) -> list[Point]:
    """The lower part of the convex hull, left to right (Andrew's monotone chain)."""
    hull: list[Point] = []
    for p in sorted(set(points)):
        while len(hull) >= 2:
            (ox, oy), (ax, ay) = hull[-2], hull[-1]
            if (ax - ox) * (p[1] - oy) - (ay - oy) * (p[0] - ox) <= 0:
                hull.pop()
            else:
                break
        hull.append(p)
    return hull


def inside(point: Point, outline: list[Point] | tuple[Point, ...]) -> bool:
    """True when the point is inside the closed outline (even-odd rule)."""
    x, y = point
    result = False
    for (x0, y0), (x1, y1) in zip(outline, [*outline[1:], outline[0]], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            result = not result
    return result


def distance_to_outline(point: Point, outline: list[Point] | tuple[Point, ...]) -> float:
    """How far the point is from the nearest edge of the closed outline."""
    best = math.inf
    for a, b in zip(outline, [*outline[1:], outline[0]], strict=True):
        dx, dy = b[0] - a[0], b[1] - a[1]
        span = dx * dx + dy * dy
        t = 0.0 if span == 0 else max(0.0, min(1.0, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / span))
        best = min(best, math.hypot(point[0] - a[0] - t * dx, point[1] - a[1] - t * dy))
    return best
