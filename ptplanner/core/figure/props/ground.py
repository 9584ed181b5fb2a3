"""The ground itself when it is not flat: a gentle slope walked up or down."""

from __future__ import annotations

from ptplanner.core.figure.body import Skeleton
from ptplanner.core.figure.geometry import Point
from ptplanner.core.figure.primitives import Group, Path
from ptplanner.core.figure.props.base import BACK, EDGE, EDGE_WIDTH, PropScene, behind
from ptplanner.core.figure.props.nearby import COUNTERS_BESIDE, counter_beside_span
from ptplanner.core.pose import Pose

HEEL_RADIUS = 0.026  # the rounded ends of a drawn foot (body.py bones)
TOE_RADIUS = 0.015
GRASS = 0.86
RUN = 0.5  # the slope meets the flat floor this far behind the lowest foot (ahead of it, walking down)


def slope_line(joints: dict[str, tuple[float, float, float]]) -> tuple[Point, Point]:
    """Where the slope runs, seen from the side: from the back foot's toes to the front foot's heel, at
    their undersides. Walking up, the front foot is the higher one; walking down, the lower."""
    back, front = sorted(("near", "far"), key=lambda side: joints[f"{side}_ankle"][0])
    toe, heel = joints[f"{back}_foot"], joints[f"{front}_heel"]
    return (toe[0], toe[1] - TOE_RADIUS), (heel[0], heel[1] - HEEL_RADIUS)


def _rise(line: tuple[Point, Point]) -> float:
    (x0, y0), (x1, y1) = line
    return (y1 - y0) / (x1 - x0) if abs(x1 - x0) > 1e-6 else 0.0


def slope_lift(pose: Pose, skeleton: Skeleton) -> float:
    """The body stands up on the hill: its lowest foot this high, so the hill starts behind the figure."""
    return abs(_rise(slope_line(skeleton.joints))) * RUN


def slope(scene: PropScene) -> list[Group]:
    """A hill under the feet: the ground rises (or falls) along the line through both feet and meets
    the flat floor where that line comes down to it."""
    line = slope_line(scene.skeleton.joints)
    (x0, y0), rise = line[0], _rise(line)
    left, right = scene.extent[0] - RUN, scene.extent[1] + 0.15
    xs = [left + (right - left) * i / 24 for i in range(25)]
    if rise:  # the corner where the slope meets the floor, drawn sharp
        foot = x0 - y0 / rise
        xs = sorted({*xs, *([foot] if left < foot < right else [])})
    top = [(x, max(0.0, y0 + rise * (x - x0))) for x in xs]
    hill = Path(((left, 0.0), *top, (right, 0.0)), fill=GRASS)
    edge = Path(tuple(top), stroke=EDGE, width=EDGE_WIDTH * 1.4, closed=False)
    return behind(hill, edge)


FLOOR_PATCH = 0.95  # a light grey: floor, not a thing on it
FLOOR_PATCH_REACH = 0.12  # past the feet each way


def floor_patch(scene: PropScene) -> list[Group]:
    """Seen from above, a standing body has no floor line: a patch of floor under its feet keeps it
    from floating. It lies at the floor, under everything else."""
    feet = [scene.world(f"{side}_{part}") for side in ("near", "far") for part in ("heel", "foot")]
    x0, x1 = min(p[0] for p in feet) - FLOOR_PATCH_REACH, max(p[0] for p in feet) + FLOOR_PATCH_REACH
    z0, z1 = min(p[2] for p in feet) - FLOOR_PATCH_REACH, max(p[2] for p in feet) + FLOOR_PATCH_REACH
    if COUNTERS_BESIDE & set(scene.pose.props):  # the counter stands on the same floor
        (cx0, cx1), (cz0, cz1), _ = counter_beside_span(scene)
        x0, x1, z0, z1 = min(x0, cx0), max(x1, cx1), min(z0, cz0), max(z1, cz1)
    corners = [scene.camera.screen((x, 0.0, z)) for x, z in ((x0, z0), (x1, z0), (x1, z1), (x0, z1))]
    edge = Path(tuple(corners), fill=FLOOR_PATCH, stroke=FLOOR_PATCH - 0.12, width=EDGE_WIDTH)
    return [Group(BACK - 2.0, [edge])]
