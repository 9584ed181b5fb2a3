"""Ground contact: the body rests on the floor, a bed or a chair instead of floating."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from ptplanner.core.figure.body import HEAD_RADIUS, Skeleton, center_of_mass, translate, turn
from ptplanner.core.figure.geometry import Point, lower_hull

Cushions = Callable[[Skeleton], list[Point]]

Z_AXIS = (0.0, 0.0, 1.0)


def undersides(skeleton: Skeleton) -> list[Point]:
    """The lowest point of every rounded part, as (x, y)."""
    points = []
    for bone in skeleton.bones():
        for name, radius in ((bone.start, bone.start_radius), (bone.end, bone.end_radius)):
            x, y, _ = skeleton.joints[name]
            points.append((x, y - radius))
    for section in skeleton.sections:
        reach = math.hypot(section.half_width * section.side[1], section.half_depth * section.front[1])
        points.append((section.center[0], section.center[1] - reach))
    x, y, _ = skeleton.joints["head"]
    points.append((x, y - HEAD_RADIUS))
    return points


def settle(skeleton: Skeleton, cushions: Cushions = lambda skeleton: []) -> Skeleton:
    """Tip the body, as one rigid piece, until it rests on the points below its centre of mass.

    Used for lying and kneeling: a bridge then rests on shoulders and feet, all fours on hands
    and knees. `cushions` gives the extra points that props hold up (a pillow under the head).
    """
    for _ in range(8):
        balance = center_of_mass(skeleton)[0]
        hull = lower_hull(undersides(skeleton) + cushions(skeleton))
        edge = next(((p, q) for p, q in itertools.pairwise(hull) if p[0] <= balance <= q[0]), None)
        if edge is None:
            break
        (px, py), (qx, qy) = edge
        tilt = math.degrees(math.atan2(qy - py, qx - px))
        if abs(tilt) < 0.05:
            break
        skeleton = turn(skeleton, (px, py, 0.0), Z_AXIS, -tilt)
    return skeleton


def rest_on(skeleton: Skeleton, height: float, cushions: Cushions = lambda skeleton: []) -> Skeleton:
    """Move the body up or down so its lowest point is at `height`."""
    lowest = min(y for _, y in undersides(skeleton) + cushions(skeleton))
    return translate(skeleton, (0.0, height - lowest, 0.0))
