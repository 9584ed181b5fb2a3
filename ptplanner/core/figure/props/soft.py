"""Mats, pillows, towels, bands and balls: things that lie under or between body parts."""

from __future__ import annotations

import math

from ptplanner.core.figure.body import HEAD_RADIUS, Skeleton
from ptplanner.core.figure.geometry import Point, capsule, circle, convex_hull, smooth
from ptplanner.core.figure.primitives import Group, Path
from ptplanner.core.figure.props.base import DARK, PropScene, behind, box, in_front, slab, solid
from ptplanner.core.figure.silhouette import SIDE_LAYER

MAT_THICKNESS = 0.02
MAT_HALF_WIDTH = 0.17  # across the body, seen from above
MAT_BEYOND = 0.06  # how far the mat reaches past the joints, seen from above
PILLOW_THICKNESS = 0.05
BELLY_PILLOW = 0.075  # a pillow under the belly is thicker: the hips rest on it
BAND_WIDTH = 0.02  # wide enough to see in print at a few centimetres
# A pillow beside a knee: ahead of the hip, out from it, its length, width and height.
KNEE_PILLOW = (0.15, 0.19, 0.22, 0.14, 0.11)


def mat(scene: PropScene) -> list[Group]:
    left, right = scene.extent
    if scene.camera.looks_level():
        return behind(box(left - 0.04, 0.0, right + 0.04, MAT_THICKNESS, radius=0.006, fill=0.8))
    # Seen from above: the top under everything the body rests on, and the edges that face the
    # viewer as darker strips, so the floor line is clear.
    xs = [x for body in scene.bodies for x, _, _ in body.joints.values()]
    zs = [z for body in scene.bodies for _, _, z in body.joints.values()]
    # Just past the body on every side: a wider mat would only make the body smaller in the picture.
    across = (min(min(zs) - MAT_BEYOND, -MAT_HALF_WIDTH), max(max(zs) + MAT_BEYOND, MAT_HALF_WIDTH))
    lengthwise = (min(xs) - MAT_BEYOND, max(xs) + MAT_BEYOND)
    return behind(*slab(scene, lengthwise, across, (0.0, MAT_THICKNESS), (0.93, 0.7)))


def head_cushion(skeleton: Skeleton) -> list[Point]:
    x, y, _ = skeleton.joints["head"]
    return [(x, y - HEAD_RADIUS - PILLOW_THICKNESS)]


def belly_cushion(skeleton: Skeleton) -> list[Point]:
    x, y, _ = skeleton.joints["belly"]
    return [(x, y - BELLY_PILLOW)]


def pillow_under_head(scene: PropScene) -> list[Group]:
    hx, hy = scene.at("head")
    _, floor = scene.on_floor("head", scene.ground)
    if not scene.skeleton.lies_on_side():
        return behind(_pillow(hx, floor, hy - HEAD_RADIUS * 0.6, 0.22))
    # On one side the head rests on its cheek: a wide pillow fills the gap down to the floor,
    # over the lower arm and behind the head, so it shows on both sides of the head.
    depth = scene.camera.depth(scene.world("pelvis")) - SIDE_LAYER / 2
    return [Group(depth, [_pillow(hx, floor, hy, 0.3)])]


def pillow_under_belly(scene: PropScene) -> list[Group]:
    bx, by = scene.at("belly")
    _, floor = scene.on_floor("belly", scene.ground)
    return behind(_pillow(bx - 0.03, floor, by, 0.3))


def pillow_under_knees(scene: PropScene) -> list[Group]:
    if not scene.camera.looks_level():
        return [_pillow_outside_knee(scene, side) for side in ("near", "far")]
    kx, ky = scene.at("near_knee")
    _, floor = scene.on_floor("near_knee", scene.ground)
    return behind(_pillow(kx, floor, max(ky - 0.02, floor + PILLOW_THICKNESS * 1.5), 0.24))


def _pillow_outside_knee(scene: PropScene, side: str) -> Group:
    """Seen from above, a pillow on the floor beside each knee, where the knee rests when it falls out."""
    hip, pelvis = scene.world(f"{side}_hip"), scene.world("pelvis")
    out = 1.0 if hip[2] >= pelvis[2] else -1.0
    cx, cz = hip[0] + KNEE_PILLOW[0], hip[2] + out * KNEE_PILLOW[1]
    half_x, half_z = KNEE_PILLOW[2] / 2, KNEE_PILLOW[3] / 2
    top = scene.ground + KNEE_PILLOW[4]
    corners = [
        scene.camera.screen((cx + dx, y, cz + dz))
        for dx in (-half_x, half_x)
        for dz in (-half_z, half_z)
        for y in (scene.ground, top)
    ]
    leg = [scene.camera.depth(scene.world(f"{side}_{joint}")) for joint in ("hip", "knee", "heel", "foot")]
    depth = min(scene.camera.depth((cx, top / 2, cz)), sum(leg) / len(leg) - 0.01)
    return Group(depth, [solid(smooth(convex_hull(corners), rounds=3))])


def pillow_between_knees(scene: PropScene) -> list[Group]:
    """A cushion between the thighs near the knees, big enough to show around the near thigh."""
    points = [_along(scene.at(f"{side}_hip"), scene.at(f"{side}_knee"), 0.72) for side in ("near", "far")]
    cx, cy = (points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2
    depth = (scene.camera.depth(scene.world("near_knee")) + scene.camera.depth(scene.world("far_knee"))) / 2
    if scene.skeleton.lies_on_side():  # lying on one side: a long pillow from the knees to the ankles
        knee, ankle = (
            _along(scene.at(f"near_{end}"), scene.at(f"far_{end}"), 0.5) for end in ("knee", "ankle")
        )
        outline = capsule(knee, ankle, 0.05, 0.04)
    elif scene.camera.looks_level():
        outline = _blob(cx, cy, 0.085, max(0.075, abs(points[0][1] - points[1][1]) / 2 + 0.02))
    else:  # seen from above, the knees on either side of it show, and the thighs that squeeze it
        outline = _blob(cx, cy, max(0.03, abs(points[0][0] - points[1][0]) / 2 - 0.02), 0.05)
    return [Group(depth, [solid(outline)])]


def towel_under_knee(scene: PropScene) -> list[Group]:
    kx, ky = scene.at("near_knee")
    _, floor = scene.on_floor("near_knee", scene.ground)
    radius = min(max((ky - 0.042 - floor) / 2, 0.022), 0.05)
    return behind(solid(circle((kx, floor + radius), radius, 24)))


def towel_behind_back(scene: PropScene) -> list[Group]:
    waist = scene.skeleton.sections[2]
    back = tuple(waist.center[i] - waist.front[i] * (waist.half_depth + 0.02) for i in range(3))
    return behind(solid(circle(scene.camera.screen(back), 0.035, 24)))


def band_around_knees(scene: PropScene) -> list[Group]:
    return in_front(*_band_at(scene, "hip", "knee", 0.8, 0.05))


def band_around_ankles(scene: PropScene) -> list[Group]:
    return in_front(*_band_at(scene, "knee", "ankle", 0.85, 0.032))


def ball_between_knees(scene: PropScene) -> list[Group]:
    (nx, ny), (fx, fy) = scene.at("near_knee"), scene.at("far_knee")
    depth = (scene.camera.depth(scene.world("near_knee")) + scene.camera.depth(scene.world("far_knee"))) / 2
    return [Group(depth, [solid(circle(((nx + fx) / 2 - 0.03, (ny + fy) / 2 + 0.01), 0.085, 32), fill=0.8)])]


def _band_at(scene: PropScene, upper: str, lower: str, fraction: float, half_length: float) -> list[Path]:
    """A dark strip around each leg between two joints, joined across the gap between the legs."""
    strips = []
    for side in ("near", "far"):
        (ax, ay), (bx, by) = scene.at(f"{side}_{upper}"), scene.at(f"{side}_{lower}")
        cx, cy = ax + (bx - ax) * fraction, ay + (by - ay) * fraction
        length = math.hypot(bx - ax, by - ay) or 1.0
        nx, ny = -(by - ay) / length * half_length, (bx - ax) / length * half_length
        strips.append(((cx - nx, cy - ny), (cx + nx, cy + ny)))
    paths = [Path(strip, stroke=DARK, width=BAND_WIDTH * 1.4, closed=False) for strip in strips]
    (n0, n1), (f0, f1) = strips
    if math.dist(n0, f0) > 0.03 or math.dist(n1, f1) > 0.03:
        paths += [
            Path((n0, f0), stroke=DARK, width=BAND_WIDTH, closed=False),
            Path((n1, f1), stroke=DARK, width=BAND_WIDTH, closed=False),
        ]
    return paths


def _along(a: Point, b: Point, fraction: float) -> Point:
    return (a[0] + (b[0] - a[0]) * fraction, a[1] + (b[1] - a[1]) * fraction)


def _pillow(center_x: float, bottom: float, top: float, width: float) -> Path:
    top = max(top, bottom + PILLOW_THICKNESS)
    return solid(_blob(center_x, (bottom + top) / 2, width / 2, (top - bottom) / 2))


def _blob(cx: float, cy: float, half_width: float, half_height: float) -> list[Point]:
    """A soft cushion shape: a rectangle with well-rounded corners."""
    corners = [
        (cx - half_width, cy - half_height),
        (cx + half_width, cy - half_height),
        (cx + half_width, cy + half_height),
        (cx - half_width, cy + half_height),
    ]
    return smooth(corners, rounds=4)
