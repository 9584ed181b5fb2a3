"""Where the hands are: on the belly, a knee, the floor, a counter, a chair back, a wall, a box."""

from __future__ import annotations

import math

from ptplanner.core.figure.body import Skeleton
from ptplanner.core.figure.contacts import TOUCH, Sample, cm, gap_below, gap_words, surfaces
from ptplanner.core.figure.props import PropScene, prop_lift
from ptplanner.core.figure.props.furniture import chair_to_hold_back, wall_ahead
from ptplanner.core.figure.props.nearby import COUNTER_BESIDE_GAP, COUNTERS_BESIDE, counter_beside_span
from ptplanner.core.figure.props.pool import DECK_TOP
from ptplanner.core.figure.scene import pose_camera
from ptplanner.core.pose import Pose, Prop, View
from ptplanner.core.pose_checks import Target

REACH = 0.09  # a hand this close to a body point rests on it
ON_SKIN = 0.028  # and lies on the trunk: its wrist and fingertips this close to the skin, not in the air
HIP_REACH = 0.15  # the hip joint lies deep: a hand on the hip is further from it
# Heights a hand holds a counter or a chair back at, as fractions of standing height.
COUNTER_TOP = (0.5, 0.62)  # 85 to 105 cm
CHAIR_BACK_TOP = (0.44, 0.6)
BODY_POINTS = {
    Target.BELLY: ("belly",),
    Target.CHEST: ("chest",),
    Target.HIPS: ("near_hip", "far_hip"),
    Target.KNEES: ("near_knee", "far_knee"),
    Target.ANKLE: ("near_ankle", "far_ankle"),
}
SURFACES = {Target.FLOOR: ("floor", "mat"), Target.MAT: ("mat",), Target.BED: ("bed",)}
SURFACES |= {Target.CHAIR_ARMS: ("chair arms",), Target.SEAT: ("seat", "chair seat")}
HOLDS = {
    Target.COUNTER: (Prop.COUNTER, *COUNTERS_BESIDE),
    Target.CHAIR: (Prop.CHAIR_TO_HOLD, Prop.CHAIR),
    Target.CHAIR_ARMS: (Prop.ARMCHAIR,),
    Target.WALL: (Prop.WALL_IN_FRONT,),
    Target.BOX: (Prop.BOX,),
    Target.POOL_EDGE: (Prop.POOL_EDGE,),
}
# The pool's edge is held on its deck, which stays at one height (props/pool.py).
POOL_EDGE_TOP = (DECK_TOP, DECK_TOP + 0.04)
HOLD_HEIGHTS = {Target.COUNTER: COUNTER_TOP, Target.POOL_EDGE: POOL_EDGE_TOP}


def hand_problem(
    target: Target, both: bool, pose: Pose, skeleton: Skeleton, others: tuple[tuple[Pose, Skeleton], ...] = ()
) -> str | None:
    """Why the hands (both, or at least one) are not on the target; None when they are. A counter, chair
    or wall stands where the first of `others` (the exercise's pictures seen this way) places it."""
    if target in HOLDS and not set(HOLDS[target]) & set(pose.props):
        return f"hands cannot be on the {target}: the picture has no {target}"
    misses = {side: _miss(target, side, pose, skeleton, others) for side in ("near", "far")}
    missed = [(side, miss) for side, miss in misses.items() if miss is not None]
    if not missed or (not both and len(missed) < 2):
        return None
    side, miss = missed[0]
    return f"{'hands not' if both else 'no hand'} on the {target} ({side} hand {miss})"


def _palm(skeleton: Skeleton, side: str) -> tuple[float, float, float]:
    wrist, tip = skeleton.joints[f"{side}_wrist"], skeleton.joints[f"{side}_hand"]
    return tuple((a + b) / 2 for a, b in zip(wrist, tip, strict=True))  # type: ignore[return-value]


def _miss(
    target: Target, side: str, pose: Pose, skeleton: Skeleton, others: tuple[tuple[Pose, Skeleton], ...]
) -> str | None:
    palm = _palm(skeleton, side)
    if target in BODY_POINTS:
        gap = min(math.dist(palm, skeleton.joints[point]) for point in BODY_POINTS[target])
        reach = HIP_REACH if target is Target.HIPS else REACH
        if gap > reach:
            return f"{cm(gap)} cm away"
        if target in (Target.BELLY, Target.CHEST):
            gaps = [skin_gap(skeleton.joints[f"{side}_{end}"], skeleton) for end in ("wrist", "hand")]
            if max(gaps) > ON_SKIN:
                return f"held {cm(max(gaps))} cm off the body, not lying on it"
            return None if min(gaps) >= 0.0 else f"sunk {cm(-min(gaps))} cm into the body"
        return None
    if target is Target.THIGH:
        joints = skeleton.joints
        gap = min(_to_segment(palm, joints[f"{leg}_hip"], joints[f"{leg}_knee"]) for leg in ("near", "far"))
        return None if gap <= REACH else f"{cm(gap)} cm away"
    if target in SURFACES:
        held = [s for s in surfaces(pose, skeleton, others) if s.name in SURFACES[target]]
        if not held:
            return f"cannot rest on the {target}: the picture has none"
        points = [Sample(j, skeleton.joints[f"{side}_{j}"], 0.02) for j in ("wrist", "hand")]
        gap = min(gap_below(point, held) for point in points)
        return None if abs(gap) <= TOUCH else gap_words(gap)
    scene = PropScene(pose, skeleton, pose_camera(pose), prop_lift(pose, skeleton), others)
    hand = scene.at(f"{side}_hand")
    if target is Target.WALL:
        wall = wall_ahead(scene.bodies) - 0.02
        return None if wall - hand[0] <= 0.04 else f"{cm(wall - hand[0])} cm short of it"
    if target is Target.COUNTER and COUNTERS_BESIDE & set(pose.props) and Prop.COUNTER not in pose.props:
        return _beside_miss(scene, side)
    holding = scene.at(scene.holding_hand())
    if target is Target.BOX:
        gap = math.dist(hand, holding)
        return None if gap <= 0.3 else f"{cm(gap)} cm from the other hand"
    first = scene.first() if target in (Target.COUNTER, Target.POOL_EDGE) else scene  # where it stands
    held = first.at(first.holding_hand())
    if target is Target.CHAIR and Prop.CHAIR_TO_HOLD in pose.props:
        back, top = chair_to_hold_back(scene)
        held = (back - 0.015, top + 0.02)
    low, high = HOLD_HEIGHTS.get(target, CHAIR_BACK_TOP)
    spread = _spread_counter(scene, target)
    level = min(first.at("near_hand")[1], first.at("far_hand")[1]) if spread else held[1]
    if not low <= level <= high:
        return f"at {cm(level)} cm, where a {target} top is {cm(low)} to {cm(high)} cm"
    if abs(hand[1] - level) > 0.05:
        return f"{cm(abs(hand[1] - level))} cm {'above' if hand[1] > level else 'below'} its top"
    if not spread and not held[0] - 0.08 <= hand[0] <= held[0] + 0.3:
        return f"{cm(math.dist(hand, held))} cm from where it is held"
    return None


def _beside_miss(scene: PropScene, side: str) -> str | None:
    """A hand rests on the counter beside the body: on its top, on the far side, within its length."""
    xs, zs, (_, top) = counter_beside_span(scene)
    x, y, z = scene.world(f"{side}_wrist")
    # The counter's front is just past the body (hands included), so a hand on it reaches that edge.
    off = math.hypot(max(xs[0] - x, 0.0, x - xs[1]), max(zs[0] - z, 0.0, z - zs[1]))
    if off > COUNTER_BESIDE_GAP + 0.04:
        return f"{cm(off)} cm from the counter beside it"
    gap = y - 0.022 - top
    return None if abs(gap) <= TOUCH else gap_words(gap)


def skin_gap(point: tuple[float, float, float], skeleton: Skeleton) -> float:
    """Roughly how far a point is outside the trunk's surface (its sections, and between them);
    negative inside it."""
    sections = skeleton.sections
    nearest, inside = math.inf, False
    for a, b in zip(sections, sections[1:], strict=False):
        for t in (0.0, 0.25, 0.5, 0.75):
            centre = [a.center[i] + (b.center[i] - a.center[i]) * t for i in range(3)]
            width = a.half_width + (b.half_width - a.half_width) * t
            depth = a.half_depth + (b.half_depth - a.half_depth) * t
            for step in range(24):
                angle = step * math.pi / 12
                rim = [
                    centre[i] + a.side[i] * width * math.cos(angle) + a.front[i] * depth * math.sin(angle)
                    for i in range(3)
                ]
                gap = math.dist(point, rim)
                if gap < nearest:
                    nearest, inside = gap, math.dist(point, centre) < math.dist(rim, centre)
    return -nearest if inside else nearest


def _spread_counter(scene: PropScene, target: Target) -> bool:
    """A counter seen from the front, back or above spans the picture; from the side, it starts at the
    hand."""
    seen_across = not scene.camera.looks_level() or scene.pose.view in (View.FRONT, View.BACK)
    return target is Target.COUNTER and seen_across


def _to_segment(p, a, b) -> float:
    ab = [b[i] - a[i] for i in range(3)]
    span = sum(c * c for c in ab) or 1.0
    t = max(0.0, min(1.0, sum((p[i] - a[i]) * ab[i] for i in range(3)) / span))
    return math.dist(p, [a[i] + ab[i] * t for i in range(3)])
