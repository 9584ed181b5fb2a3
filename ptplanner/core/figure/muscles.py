"""The muscles that work, shaded on the body: the cue for a hold where nothing moves.

Each muscle is a soft patch on the skin over it, added to the body part it lies on so that a limb
in front still covers it.
"""

from __future__ import annotations

import math

from ptplanner.core.figure.body import Skeleton
from ptplanner.core.figure.camera import Camera
from ptplanner.core.figure.geometry import Vec, along, capsule, dot, scale, sub
from ptplanner.core.figure.primitives import Path
from ptplanner.core.pose import Muscle

SHADE = 0.93  # a light patch stands out on the dark body in print and on screen
HATCH = 0.45
HATCH_WIDTH = 0.006
HATCH_GAP = 0.022

Patch = tuple[Vec, Vec, float, float]  # from, to, radius at each end, in the world


def muscle_shading(muscles: tuple[Muscle, ...], skeleton: Skeleton, camera: Camera) -> dict[str, list[Path]]:
    """Paths to add to each body part's group ("trunk", "near leg", "far leg"), by part."""
    shading: dict[str, list[Path]] = {}
    for muscle in muscles:
        for part, patch in _patches(muscle, skeleton):
            start, end, r0, r1 = patch
            outline = capsule(camera.screen(start), camera.screen(end), r0, r1)
            shading.setdefault(part, []).extend(_hatched(tuple(outline)))
    return shading


def _hatched(outline: tuple[tuple[float, float], ...]) -> list[Path]:
    """The patch and a few stripes across it, so it reads as shading, not as a hole."""
    paths = [Path(outline, fill=SHADE, stroke=HATCH, width=HATCH_WIDTH)]
    xs, ys = [x for x, _ in outline], [y for _, y in outline]
    left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
    offset = left - (top - bottom)
    while offset < right:
        points = _clip_diagonal(outline, offset, bottom)
        if points is not None:
            paths.append(Path(points, stroke=HATCH, width=HATCH_WIDTH * 0.8, closed=False))
        offset += HATCH_GAP
    return paths


def _clip_diagonal(outline, offset: float, bottom: float):
    """Where the line x = offset + (y - bottom) crosses the convex outline, as two points."""
    hits = []
    for (x0, y0), (x1, y1) in zip(outline, outline[1:] + outline[:1]):
        f0, f1 = x0 - offset - (y0 - bottom), x1 - offset - (y1 - bottom)
        if (f0 < 0) != (f1 < 0):
            t = f0 / (f0 - f1)
            hits.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
    if len(hits) < 2:
        return None
    hits.sort(key=lambda p: p[1])
    return (hits[0], hits[-1])


def _patches(muscle: Muscle, skeleton: Skeleton) -> list[tuple[str, Patch]]:
    joints = skeleton.joints
    trunk_up = _unit(sub(joints["neck"], joints["pelvis"]))
    front, side = skeleton.sections[1].front, skeleton.sections[1].side
    if muscle is Muscle.BELLY:
        start = along(joints["pelvis"], (trunk_up, 0.06), (front, 0.035))
        return [("trunk", (start, along(start, (trunk_up, 0.12)), 0.05, 0.05))]
    if muscle is Muscle.SIDE_OF_TRUNK:
        # Along the waist's lower edge, between the hip and the ribs, on the face the viewer sees.
        down = side if side[1] < 0 else scale(side, -1)
        start = along(joints["pelvis"], (trunk_up, 0.05), (down, 0.07), (front, 0.03))
        return [("trunk", (start, along(start, (trunk_up, 0.13)), 0.04, 0.04))]
    if muscle is Muscle.GLUTES:
        # On the near thigh's root, where the buttock shows beside it: the thigh would hide it on the trunk.
        low = along(joints["near_hip"], (trunk_up, -0.04), (front, -0.045))
        return [("near leg", (low, along(low, (trunk_up, 0.09)), 0.06, 0.055))]
    patches = []
    for name, sign in (("near", 1), ("far", -1)):
        hip, knee = joints[f"{name}_hip"], joints[f"{name}_knee"]
        thigh = _unit(sub(knee, hip))
        back = _thigh_back(skeleton, name, thigh, front)
        if muscle is Muscle.OUTER_HIPS:
            out = scale(side, sign)
            start = along(hip, (out, 0.03), (thigh, 0.03))
            patch = (start, along(start, (trunk_up, 0.1)), 0.055, 0.05)
        else:
            lean = {Muscle.HAMSTRINGS: 0.022, Muscle.FRONT_THIGHS: -0.022, Muscle.INNER_THIGHS: 0.0}[muscle]
            inward = scale(side, -sign * 0.02) if muscle is Muscle.INNER_THIGHS else (0.0, 0.0, 0.0)
            start = along(hip, (thigh, 0.05), (back, lean), (inward, 1.0))
            end = along(hip, (thigh, 0.17), (back, lean), (inward, 1.0))
            patch = (start, end, 0.035, 0.026)
        patches.append((f"{name} leg", patch))
    return patches


def _thigh_back(skeleton: Skeleton, side: str, thigh: Vec, front: Vec) -> Vec:
    """The back of the thigh: the way the shin folds when the knee bends, else the back of the body."""
    shin = sub(skeleton.joints[f"{side}_ankle"], skeleton.joints[f"{side}_knee"])
    folded = sub(shin, scale(thigh, dot(shin, thigh)))
    if math.sqrt(dot(folded, folded)) > 0.05:
        return _unit(folded)
    behind = scale(front, -1)
    return _unit(sub(behind, scale(thigh, dot(behind, thigh))))


def _unit(v: Vec) -> Vec:
    length = math.sqrt(dot(v, v)) or 1.0
    return scale(v, 1 / length)
