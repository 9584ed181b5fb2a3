"""The filled body: rounded limbs, trunk and head, far-side limbs in a lighter grey."""

from __future__ import annotations

import math
from collections.abc import Mapping

from ptplanner.core.figure.body import HEAD_RADIUS, SIDES, Skeleton
from ptplanner.core.figure.camera import Camera
from ptplanner.core.figure.geometry import Point, capsule, circle, dot, scale, smooth
from ptplanner.core.figure.primitives import Group, Path

NEAR_GREY = 0.27
FAR_GREY = 0.62
HAIR_GREY = 0.05
OUTLINE = 0.011  # white edge that separates overlapping parts
NECK_RADIUS = 0.032
SIDE_LAYER = 1.0  # lying on one side: how far the upper limbs are drawn before, the lower behind


def body_groups(
    skeleton: Skeleton, camera: Camera, shading: Mapping[str, list[Path]] | None = None
) -> list[Group]:
    """The trunk and each limb as a group, with its depth for drawing back to front; `shading`
    adds paths over a part ("trunk", "near leg", ...), covered by what lies in front of it.

    Lying on one side, the upper side's limbs are drawn over the trunk and the lower side's
    behind it, in their lighter grey, whatever the view: the top leg is always the one in front.
    """
    trunk_depth = camera.depth(skeleton.joints["pelvis"]) - 1e-6
    trunk = [_trunk_outline(skeleton, camera), _neck(skeleton, camera), *_head(skeleton, camera)]
    shading = shading or {}
    groups = [_solid(trunk_depth, NEAR_GREY, trunk, shading.get("trunk", []) + _hair(skeleton, camera))]
    for side, sign in SIDES:
        if skeleton.lies_on_side():
            far = skeleton.upward(sign) < 0
        else:
            # Turned away from the viewer, even partly as in the corner view: the lighter grey.
            far = dot(scale(skeleton.trunk_side, sign), camera.toward) < -0.3
        for limb in ("arm", "leg"):
            bones = skeleton.limbs[f"{side} {limb}"]
            joints = [skeleton.joints[bone.start] for bone in bones] + [skeleton.joints[bones[-1].end]]
            outlines = [
                capsule(
                    camera.screen(skeleton.joints[bone.start]),
                    camera.screen(skeleton.joints[bone.end]),
                    bone.start_radius,
                    bone.end_radius,
                )
                for bone in bones
            ]
            depth = sum(camera.depth(joint) for joint in joints) / len(joints)
            if skeleton.lies_on_side():
                depth = trunk_depth + (-SIDE_LAYER if far else SIDE_LAYER) + depth * 1e-3
            extra = shading.get(f"{side} {limb}", [])
            grey = FAR_GREY if far else NEAR_GREY
            if limb == "arm" and depth < trunk_depth and hand_on_seen_trunk(skeleton, camera, side):
                # A hand laid on the part of the trunk that faces the viewer (a far hand on the chest,
                # seen from above) lies over it: the forearm and hand are drawn in front of the trunk.
                groups.append(_solid(trunk_depth + 1e-4, grey, outlines[1:]))
                outlines = outlines[:1]
            groups.append(_solid(depth, grey, outlines, extra))
    return groups


def hand_on_seen_trunk(skeleton: Skeleton, camera: Camera, side: str) -> bool:
    """True when the hand lies on the trunk's skin (within a few cm) where the skin faces the viewer."""
    wrist, tip = skeleton.joints[f"{side}_wrist"], skeleton.joints[f"{side}_hand"]
    palm = tuple((a + b) / 2 for a, b in zip(wrist, tip, strict=True))
    section = min(skeleton.sections, key=lambda s: math.dist(palm, s.center))
    offset = tuple(p - c for p, c in zip(palm, section.center, strict=True))
    across = dot(offset, section.side) / section.half_width
    ahead = dot(offset, section.front) / section.half_depth
    if not 0.7 <= math.hypot(across, ahead) <= 1.6:
        return False
    normal = tuple(
        across / section.half_width * s + ahead / section.half_depth * f
        for s, f in zip(section.side, section.front, strict=True)
    )
    return dot(normal, camera.toward) > 0.3 * math.hypot(*normal)


def flatten(groups: list[Group]) -> list[Path]:
    return [path for group in groups for path in group.paths]


def _solid(depth: float, grey: float, outlines: list[list[Point]], over: list[Path] = ()) -> Group:
    """Filled shapes with one white edge around the whole, so they merge into one silhouette."""
    edges = [Path(tuple(outline), stroke=1.0, width=2 * OUTLINE) for outline in outlines]
    return Group(depth, edges + [Path(tuple(outline), fill=grey) for outline in outlines] + list(over))


def _hair(skeleton: Skeleton, camera: Camera) -> list[Path]:
    """Seen from behind, the back of the head is hair: without it a back view reads as a front view
    (the head has no face to show which way it looks)."""
    if dot(skeleton.face, camera.toward) > -0.7:
        return []
    cx, cy = camera.screen(skeleton.joints["head"])
    r = HEAD_RADIUS * 0.97
    arc = [math.radians(-62 + 304 * i / 32) for i in range(33)]  # all of it but the nape
    return [Path(tuple((cx + r * math.cos(a), cy + r * math.sin(a)) for a in arc), fill=HAIR_GREY)]


def _trunk_outline(skeleton: Skeleton, camera: Camera) -> list[Point]:
    centers = [camera.screen(section.center) for section in skeleton.sections]
    dx, dy = centers[-1][0] - centers[0][0], centers[-1][1] - centers[0][1]
    length = math.hypot(dx, dy) or 1.0
    normal = (-dy / length, dx / length)
    normal_3d = tuple(camera.right[i] * normal[0] + camera.up[i] * normal[1] for i in range(3))
    left, right = [], []
    for section, (cx, cy) in zip(skeleton.sections, centers, strict=True):
        extent = math.hypot(
            section.half_width * dot(section.side, normal_3d),
            section.half_depth * dot(section.front, normal_3d),
        )
        left.append((cx + normal[0] * extent, cy + normal[1] * extent))
        right.append((cx - normal[0] * extent, cy - normal[1] * extent))
    return smooth(left + right[::-1], rounds=3)


def _neck(skeleton: Skeleton, camera: Camera) -> list[Point]:
    return capsule(
        camera.screen(skeleton.joints["neck"]),
        camera.screen(skeleton.joints["head"]),
        NECK_RADIUS,
        NECK_RADIUS,
    )


def _head(skeleton: Skeleton, camera: Camera) -> list[list[Point]]:
    center = camera.screen(skeleton.joints["head"])
    shapes = [circle(center, HEAD_RADIUS, 32)]
    face = (dot(skeleton.face, camera.right), dot(skeleton.face, camera.up))
    if math.hypot(*face) > 0.6:  # the face is seen from the side: show which way it looks
        length = math.hypot(*face)
        nose = (center[0] + face[0] / length * HEAD_RADIUS, center[1] + face[1] / length * HEAD_RADIUS)
        shapes.append(circle(nose, HEAD_RADIUS * 0.2, 14))
    return shapes
