"""What holds the body up in a picture, which body parts rest on it, and parts sunk into it.

Heights are fractions of standing height in the world (y up, the floor at 0), as the figure
is posed; surfaces are placed the way the prop drawers place them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ptplanner.core.figure.body import HEAD_RADIUS, Skeleton
from ptplanner.core.figure.camera import camera_for
from ptplanner.core.figure.props.activity import kneeling_pad_span
from ptplanner.core.figure.props.base import PropScene
from ptplanner.core.figure.props.catalog import CUSHIONS
from ptplanner.core.figure.props.daily_living import step_beside_span
from ptplanner.core.figure.props.furniture import (
    BED_HEIGHT,
    SEAT_DEPTH,
    SEAT_HEIGHT,
    THIGH_UNDERSIDE,
    _trunk_reach,
    armrest,
    chair_back,
    counter_front,
    step_span,
    wall_ahead,
)
from ptplanner.core.figure.props.soft import BELLY_PILLOW, MAT_THICKNESS, PILLOW_THICKNESS
from ptplanner.core.pose import BasePosture, Pose, Prop, View

BODY_CM = 170  # a standing height, to say distances in centimetres
TOUCH = 0.025  # a part this close to a surface rests on it
LIFTED = 0.03  # a part at least this far above every surface is clear of it
SUNK = 0.012  # deeper than this into a solid surface is through it
LIMB_PARTS = {"arm": ("upper arm", "forearm", "hand"), "leg": ("thigh", "shin", "foot")}
SAMPLES = 5  # points along each bone


def cm(length: float) -> int:
    return round(abs(length) * BODY_CM)


def gap_words(gap: float) -> str:
    """A gap from `gap_below` in words: "3 cm above it", "2 cm into it", or "not over it"."""
    if math.isinf(gap):
        return "not over it"
    return f"{cm(gap)} cm {'above' if gap > 0 else 'into'} it"


@dataclass(frozen=True)
class Surface:
    """A level top that can hold the body; solid from `bottom` up to `top`, over x in `span`."""

    name: str
    top: float
    bottom: float = -math.inf
    span: tuple[float, float] | None = None
    solid: bool = True
    across: tuple[float, float] | None = None  # over z too: a step under one foot only

    def under(self, x: float, z: float = 0.0) -> bool:
        along = self.span is None or self.span[0] <= x <= self.span[1]
        return along and (self.across is None or self.across[0] <= z <= self.across[1])


@dataclass(frozen=True)
class Sample:
    """A point of the body's surface: a joint or a point along a bone, with its radius."""

    label: str
    point: tuple[float, float, float]
    radius: float

    @property
    def underside(self) -> float:
        return self.point[1] - self.radius


def surfaces(pose: Pose, skeleton: Skeleton, others: tuple[tuple[Pose, Skeleton], ...] = ()) -> list[Surface]:
    """What can hold the body up, placed as drawn; `others` are the exercise's pictures seen this way."""
    found = [Surface("floor", 0.0)]
    joints = skeleton.joints
    px = joints["pelvis"][0]
    seat = joints["near_hip"][1] - THIGH_UNDERSIDE
    sitting = pose.base is BasePosture.SITTING
    props = set(pose.props)
    if Prop.MAT in props:
        found.append(Surface("mat", MAT_THICKNESS, 0.0))
    if Prop.BED in props:
        if sitting:
            found.append(Surface("bed", seat, seat - 0.13, (px - 0.75, px + 0.14)))
        else:
            xs = [p[0] for p in joints.values()]
            found.append(Surface("bed", BED_HEIGHT, BED_HEIGHT - 0.13, (min(xs) - 0.12, max(xs) + 0.12)))
    if Prop.ARMCHAIR in props:  # the arms, where the hands rest to push up from: level with the body
        back, front, top = armrest(PropScene(pose, skeleton, camera_for(View.SIDE), 0.0, others))
        found.append(Surface("chair arms", top, top - 0.032, (back, front)))
    if props & {Prop.CHAIR, Prop.ARMCHAIR}:
        if sitting:
            back = chair_back(pose, skeleton)
            found.append(Surface("chair seat", seat, seat - 0.03, (back, back + SEAT_DEPTH)))
        elif sat := next(((p, body) for p, body in others if p.base is BasePosture.SITTING), None):
            # Where it was sat on in another picture (the chair drawer's `seated`).
            back, top = chair_back(*sat), sat[1].joints["near_hip"][1] - THIGH_UNDERSIDE
            found.append(Surface("chair seat", top, top - 0.03, (back, back + SEAT_DEPTH)))
        else:
            back = min(joints["near_heel"][0], joints["far_heel"][0]) - 0.06 - SEAT_DEPTH
            found.append(Surface("chair seat", SEAT_HEIGHT, SEAT_HEIGHT - 0.03, (back, back + SEAT_DEPTH)))
    seats = ((Prop.CAR, (0.16, 0.14)), (Prop.BIKE, (0.09, 0.07)), (Prop.RECUMBENT_BIKE, (0.16, 0.12)))
    for prop, half in seats:
        if prop in props:
            # A padded seat: the thighs sink into it a little.
            found.append(Surface("seat", seat, seat - 0.03, (px - half[0], px + half[1]), solid=False))
    # Hard seats of daily tasks (props/daily_living.py), when sat on.
    for prop, half in ((Prop.TOILET, (0.2, 0.07)), (Prop.SHOWER_CHAIR, (0.13, 0.12))):
        if sitting and prop in props:
            found.append(Surface("seat", seat, seat - 0.03, (px - half[0], px + half[1])))
    # A toilet behind one about to sit stands where it was sat on in another picture (its drawer's `seated`).
    sat = next((body for p, body in others if p.base is BasePosture.SITTING), None)
    if not sitting and Prop.TOILET in props and sat is not None:
        top, x = sat.joints["near_hip"][1] - THIGH_UNDERSIDE, sat.joints["pelvis"][0]
        found.append(Surface("seat", top, top - 0.03, (x - 0.2, x + 0.07)))
    if props & {Prop.STEP, Prop.STAIRS}:
        left, right, top = step_span(skeleton)
        found.append(Surface("step", top, 0.0, (left, right)))
    if Prop.STEP_BESIDE in props:
        (left, right), across, top = step_beside_span(skeleton)
        found.append(Surface("step", top, 0.0, (left, right), across=across))
    if Prop.KNEELING_PAD in props:
        left, right, top = kneeling_pad_span(skeleton)
        found.append(Surface("kneeling pad", top, 0.0, (left, right), solid=False))
    # A pillow's cushion point is where it lies on the floor; the body rests on its top.
    pillows = ((Prop.PILLOW_UNDER_HEAD, PILLOW_THICKNESS), (Prop.PILLOW_UNDER_BELLY, BELLY_PILLOW))
    for prop, thickness in pillows:
        if prop in props:
            for x, y in CUSHIONS[prop](skeleton):
                found.append(Surface("pillow", y + thickness, y, (x - 0.15, x + 0.15), solid=False))
    return found


def body_samples(skeleton: Skeleton) -> list[Sample]:
    """Points over the whole body: along every bone, under the trunk, the head."""
    samples = []
    for limb, bones in skeleton.limbs.items():
        side, kind = limb.split()
        for bone, part in zip(bones, LIMB_PARTS[kind], strict=True):
            a, b = skeleton.joints[bone.start], skeleton.joints[bone.end]
            for i in range(SAMPLES):
                t = i / (SAMPLES - 1)
                point = tuple(a[k] + (b[k] - a[k]) * t for k in range(3))
                radius = bone.start_radius + (bone.end_radius - bone.start_radius) * t
                samples.append(Sample(f"{side} {part}", point, radius))  # type: ignore[arg-type]
    samples += trunk_samples(skeleton)
    samples.append(Sample("head", skeleton.joints["head"], HEAD_RADIUS))
    return samples


def trunk_samples(skeleton: Skeleton, sections: slice = slice(None)) -> list[Sample]:
    """The lowest point of each slice of the trunk."""
    found = []
    for section in skeleton.sections[sections]:
        reach = math.hypot(section.half_width * section.side[1], section.half_depth * section.front[1])
        x, y, z = section.center
        found.append(Sample("trunk", (x, y - reach, z), 0.0))
    return found


def gap_below(sample: Sample, found: list[Surface]) -> float:
    """How far the sample is above the nearest surface under it (negative: sunk into it)."""
    x, z = sample.point[0], sample.point[2]
    best = math.inf
    for surface in found:
        if surface.under(x, z) and sample.point[1] > surface.bottom:
            gap = sample.underside - surface.top
            if abs(gap) < abs(best) or (gap >= -TOUCH and best < -TOUCH):
                best = gap
    return best


def sunk_parts(pose: Pose, skeleton: Skeleton, others: tuple[tuple[Pose, Skeleton], ...] = ()) -> list[str]:
    """Every body part that passes through the floor, a solid prop or a wall, worst first. A wall
    stands where all of `others` (the exercise's pictures seen this way) place it."""
    found = [s for s in surfaces(pose, skeleton, others) if s.solid]
    worst: dict[tuple[str, str], float] = {}
    for sample in body_samples(skeleton):
        x, z = sample.point[0], sample.point[2]
        for surface in found:
            depth = surface.top - sample.underside
            if surface.under(x, z) and depth > SUNK and sample.point[1] > surface.bottom:
                key = (sample.label, surface.name)
                worst[key] = max(worst.get(key, 0.0), depth)
    for depth, label, wall in _through_walls(
        pose, skeleton, tuple(body for _, body in others) or (skeleton,)
    ):
        worst[(label, wall)] = max(worst.get((label, wall), 0.0), depth)
    ranked = sorted(worst.items(), key=lambda item: -item[1])
    return [f"{label} passes through the {name} ({cm(depth)} cm deep)" for (label, name), depth in ranked]


def _through_walls(
    pose: Pose, skeleton: Skeleton, bodies: tuple[Skeleton, ...]
) -> list[tuple[float, str, str]]:
    if pose.view is not View.SIDE:
        return []
    found = []
    samples = body_samples(skeleton)
    if Prop.WALL_BEHIND in pose.props:
        wall = min(_trunk_reach(body, -1) for body in bodies)
        found += [(wall - s.point[0] + s.radius, s.label, "wall") for s in samples]
    if Prop.WALL_IN_FRONT in pose.props:
        wall = wall_ahead(bodies)
        found += [(s.point[0] + s.radius - wall, s.label, "wall") for s in samples]
    if Prop.COUNTER in pose.props:  # its cupboard, below the top the hands hold
        left, top = counter_front(PropScene(pose, bodies[0], camera_for(View.SIDE), 0.0))
        inside = [s for s in samples if 0.04 < s.point[1] - s.radius < top - 0.045]
        found += [(s.point[0] + s.radius - left, s.label, "counter") for s in inside]
    return [item for item in found if item[0] > SUNK]
