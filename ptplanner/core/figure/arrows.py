"""Movement arrows: from a body point in the start pose toward where it goes."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ptplanner.core.figure.body import Skeleton, center_of_mass
from ptplanner.core.figure.camera import Camera
from ptplanner.core.figure.geometry import Point, Vec, distance_to_outline, dot, inside, sub
from ptplanner.core.figure.primitives import Path
from ptplanner.core.pose import Arrow, BodyPoint, Direction

ARROW_GREY = 0.0
LINE = 0.014
HALO = 0.034
HEAD_LENGTH = 0.045
HEAD_HALF_WIDTH = 0.028
SHORTEST, LONGEST = 0.08, 0.2
STEADY = 0.015  # a point that moves less than this gets no arrow
NUDGE = 0.025  # how far an arrow is moved at a time to get it clear of the body
POSITIONS = 7  # how many such moves, along its way and aside, at the most

# The joints a body point is the middle of, and how far its surface is from it.
POINTS: dict[BodyPoint, tuple[tuple[str, ...], float]] = {
    BodyPoint.HEAD: (("head",), 0.1),
    BodyPoint.CHEST: (("chest",), 0.05),
    BodyPoint.BELLY: (("belly",), 0.04),
    BodyPoint.PELVIS: (("pelvis",), 0.11),
    BodyPoint.NEAR_HAND: (("near_hand",), 0.045),
    BodyPoint.FAR_HAND: (("far_hand",), 0.045),
    BodyPoint.NEAR_ELBOW: (("near_elbow",), 0.05),
    BodyPoint.FAR_ELBOW: (("far_elbow",), 0.05),
    BodyPoint.NEAR_KNEE: (("near_knee",), 0.065),
    BodyPoint.FAR_KNEE: (("far_knee",), 0.065),
    BodyPoint.NEAR_FOOT: (("near_heel", "near_foot"), 0.05),
    BodyPoint.FAR_FOOT: (("far_heel", "far_foot"), 0.05),
}

# Each limb point and the same point on the other side.
FELLOWS = {
    BodyPoint.NEAR_HAND: BodyPoint.FAR_HAND,
    BodyPoint.NEAR_ELBOW: BodyPoint.FAR_ELBOW,
    BodyPoint.NEAR_KNEE: BodyPoint.FAR_KNEE,
    BodyPoint.NEAR_FOOT: BodyPoint.FAR_FOOT,
}
FELLOWS |= {far: near for near, far in FELLOWS.items()}

DIRECTIONS = {
    Direction.UP: (0.0, 1.0),
    Direction.DOWN: (0.0, -1.0),
    Direction.LEFT: (-1.0, 0.0),
    Direction.RIGHT: (1.0, 0.0),
}


def motion_arrow(
    arrow: Arrow,
    start: Skeleton,
    end: Skeleton | None,
    camera: Camera,
    body: Sequence[Sequence[Point]] = (),
) -> tuple[Point, Point] | None:
    """The arrow's tail and tip on the start picture, clear of the body part it points at.

    `body` is the outline of every part of the start figure: the arrow is slid along its way, or
    sideways, until it crosses none of them, so it never lies over an arm or points into the trunk.
    """
    joints, clearance = POINTS[arrow.at]
    here = _screen_point(start, joints, camera)
    if arrow.direction is not None:
        motion = DIRECTIONS[arrow.direction]
        length = LONGEST if arrow.curve else (SHORTEST + LONGEST) / 2
    elif end is not None:
        there = _screen_point(end, joints, camera)
        dx, dy = there[0] - here[0], there[1] - here[1]
        length = math.hypot(dx, dy)
        if length < STEADY:
            return None
        motion = (dx / length, dy / length)
        length = min(max(length, SHORTEST), LONGEST)
    else:
        return None
    away = 1.0
    if _into_body(arrow.at, start, camera, here, motion) or (
        arrow.direction is None and _toward_fellow(arrow.at, start, end, camera, motion)
    ):
        clearance = -(clearance + length)  # the arrow arrives at the surface instead of leaving it
        away = -1.0
    for shift, aside in _placements():
        offset = clearance + away * shift
        tail = (
            here[0] + motion[0] * offset - motion[1] * aside,
            here[1] + motion[1] * offset + motion[0] * aside,
        )
        tip = (tail[0] + motion[0] * length, tail[1] + motion[1] * length)
        if not crosses(arc_points(tail, tip, arrow.curve), body):
            return tail, tip
    tail = (here[0] + motion[0] * clearance, here[1] + motion[1] * clearance)
    return tail, (tail[0] + motion[0] * length, tail[1] + motion[1] * length)


def crosses(line: Sequence[Point], outlines: Sequence[Sequence[Point]]) -> bool:
    """True when the arrow's line (its tail and tip, or the points of its arc), with its white halo,
    touches any of the outlines."""
    points = [line[0]]
    for (x0, y0), (x1, y1) in zip(line, line[1:]):
        steps = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / 0.01))
        points += [(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps) for i in range(1, steps + 1)]
    reach = HALO / 2
    for outline in outlines:
        # Most outlines are nowhere near the arrow: their bounding box, widened by the halo, says so cheaply.
        xs, ys = [x for x, _ in outline], [y for _, y in outline]
        left, right, bottom, top = min(xs) - reach, max(xs) + reach, min(ys) - reach, max(ys) + reach
        near = [p for p in points if left <= p[0] <= right and bottom <= p[1] <= top]
        if any(inside(point, outline) or distance_to_outline(point, outline) < reach for point in near):
            return True
    return False


def _placements():
    """Where to try the arrow, nearest first: further along its way, then to either side as well."""
    for step in range(POSITIONS):
        shift = step * NUDGE
        yield shift, 0.0
        for aside in range(1, step + 1):
            yield shift, aside * NUDGE
            yield shift, -aside * NUDGE


def arc_points(tail: Point, tip: Point, curve: float, steps: int = 24) -> list[Point]:
    """The arrow's line from tail to tip: straight, or a circular arc that turns `curve` degrees
    (counter-clockwise when positive) on its way."""
    if abs(curve) < 1.0:
        return [tail, tip]
    turn = math.radians(curve)
    (x0, y0), (x1, y1) = tail, tip
    chord = math.hypot(x1 - x0, y1 - y0)
    # The centre lies on the chord's perpendicular bisector, to the left for a left (positive) turn.
    offset = chord / 2 / math.tan(turn / 2)
    left = (-(y1 - y0) / chord, (x1 - x0) / chord)
    cx, cy = (x0 + x1) / 2 + left[0] * offset, (y0 + y1) / 2 + left[1] * offset
    radius = math.hypot(x0 - cx, y0 - cy)
    first = math.atan2(y0 - cy, x0 - cx)
    return [
        (cx + radius * math.cos(first + turn * i / steps), cy + radius * math.sin(first + turn * i / steps))
        for i in range(steps + 1)
    ]


def arrow_paths(segment: tuple[Point, Point] | None, curve: float = 0.0) -> list[Path]:
    """The arrow as drawn: a white halo, then the dark shaft (straight or bent by `curve`) and head."""
    if segment is None:
        return []
    line = arc_points(*segment, curve)
    x1, y1 = line[-1]
    # The head points the way the line arrives; the shaft stops where the head begins.
    kept = [point for point in line[:-1] if math.dist(point, (x1, y1)) > HEAD_LENGTH] or line[:1]
    bx, by = kept[-1]
    length = math.hypot(x1 - bx, y1 - by)
    ux, uy = (x1 - bx) / length, (y1 - by) / length
    base = (x1 - ux * HEAD_LENGTH, y1 - uy * HEAD_LENGTH)
    head = (
        (x1, y1),
        (base[0] - uy * HEAD_HALF_WIDTH, base[1] + ux * HEAD_HALF_WIDTH),
        (base[0] + uy * HEAD_HALF_WIDTH, base[1] - ux * HEAD_HALF_WIDTH),
    )
    shaft = (*kept, (base[0] + ux * 0.005, base[1] + uy * 0.005))
    return [
        Path(shaft, stroke=1.0, width=HALO, closed=False),
        Path(head, stroke=1.0, width=HALO - LINE),
        Path(shaft, stroke=ARROW_GREY, width=LINE, closed=False),
        Path(head, fill=ARROW_GREY),
    ]


def _into_body(at: BodyPoint, skeleton: Skeleton, camera: Camera, here: Point, motion: Point) -> bool:
    """True for a belly drawing in or a head going down: an arrow leaving them would start inside the body."""
    if at in (BodyPoint.BELLY, BodyPoint.CHEST):
        waist = skeleton.sections[2]
        inward = (-dot(waist.front, camera.right), -dot(waist.front, camera.up))
    elif at is BodyPoint.HEAD:
        middle = camera.screen(center_of_mass(skeleton))
        inward = (middle[0] - here[0], middle[1] - here[1])
    else:
        return False
    return inward[0] * motion[0] + inward[1] * motion[1] > 0.3 * math.hypot(*inward)


def _toward_fellow(
    at: BodyPoint, start: Skeleton, end: Skeleton | None, camera: Camera, motion: Point
) -> bool:
    """True for a knee, foot, hand or elbow that moves in toward its fellow on the other side while the
    fellow moves in toward it, seen on the picture, as knees squeezing a pillow: an arrow leaving the
    point would start on the pillow or the other leg and point past them, as if the knees opened.
    Across the body only: a leg swinging forward past the other, one leg lifting to the other, knees
    rolling to one side together, or feet that close in seen side-on keep the arrow ahead of the point."""
    fellow = FELLOWS.get(at)
    if fellow is None or end is None:
        return False
    joints, _ = POINTS[at]
    others, _ = POINTS[fellow]
    here, there = _screen_point(start, joints, camera), _screen_point(start, others, camera)
    apart = (there[0] - here[0], there[1] - here[1])
    if apart[0] * motion[0] + apart[1] * motion[1] < 0.5 * math.hypot(*apart) or math.hypot(*apart) < STEADY:
        return False  # on the picture, the point does not move toward the fellow

    def across(skeleton: Skeleton, names: tuple[str, ...]) -> float:
        return dot(sub(_world_point(skeleton, names), skeleton.joints["pelvis"]), skeleton.trunk_side)

    point, other = across(start, joints), across(start, others)
    inward = math.copysign(1.0, other - point)  # the way to the fellow, across the body
    comes = (across(end, joints) - point) * inward
    meets = (other - across(end, others)) * inward
    return comes > STEADY and meets > STEADY


def _world_point(skeleton: Skeleton, joints: tuple[str, ...]) -> Vec:
    points = [skeleton.joints[name] for name in joints]
    return (
        sum(p[0] for p in points) / len(points),
        sum(p[1] for p in points) / len(points),
        sum(p[2] for p in points) / len(points),
    )


def _screen_point(skeleton: Skeleton, joints: tuple[str, ...], camera: Camera) -> Point:
    points = [camera.screen(skeleton.joints[name]) for name in joints]
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
