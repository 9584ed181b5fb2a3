"""Things beside the body for safety: a counter within reach for balance work, a handrail to hold."""

from __future__ import annotations

from ptplanner.core.figure.primitives import Group
from ptplanner.core.figure.props.base import BACK, FILL, PropScene, Span, behind, box, slab
from ptplanner.core.pose import Prop

COUNTER_BESIDE_TOP = 0.54  # about 92 cm: the hands can drop onto it at once
# Seen from above, a box on the floor: kept small, so the picture keeps its print size.
COUNTER_BESIDE_DEPTH = 0.24  # front to back
COUNTER_BESIDE_GAP = 0.06  # from the far side of the body to the counter's front
COUNTER_BESIDE_HALF_LENGTH = 0.2  # at least this far each way from the pelvis
COUNTER_AT_SIDE_GAP = 0.12  # from the far hip and leg to the counter at the far side
COUNTER_AT_SIDE_DEPTH = 0.36  # a kitchen counter's depth: seen end-on, it reads as one, not as a post
COUNTER_OVERHANG = 0.025  # its top reaches this far past the cupboard under it, on the front
COUNTER_PLINTH = 0.05  # the plinth at the floor, set back under the cupboard
COUNTER_PLINTH_SET_BACK = 0.035
RAIL_BESIDE_TOP = 0.56  # a handrail about 95 cm above the floor
COUNTERS_BESIDE = frozenset({Prop.COUNTER_BESIDE, Prop.COUNTER_AT_FAR_SIDE})


def counter_beside(scene: PropScene) -> list[Group]:
    """A kitchen counter at its usual height just beside the body, on its far side, longer than the
    body and its reach: there to grab, while the hands do something else. Seen from above, it is a
    box standing on the floor behind the body, so it reads as beside it, not as a wall behind it."""
    if not scene.camera.looks_level():
        return [Group(BACK - 1.0, slab(scene, *counter_beside_span(scene), (0.8, FILL)))]
    left, right = scene.extent
    top = COUNTER_BESIDE_TOP
    return behind(
        box(left - 0.06, 0.04, right + 0.06, top - 0.04, radius=0.004),
        box(left - 0.1, top - 0.045, right + 0.1, top, radius=0.006, fill=0.8),
    )


def counter_at_far_side(scene: PropScene) -> list[Group]:
    """A counter beside the body on its far side; seen from the front, it stands end-on at the
    picture's side, so the legs stepping away from it show clear of it."""
    if not scene.camera.looks_level() or abs(scene.camera.toward[0]) < 0.7:
        return counter_beside(scene)
    xs, zs, (_, top) = counter_beside_span(scene)
    ends = sorted(scene.camera.screen((xs[0], top, z))[0] for z in zs)
    # The side that faces the body is the counter's front: its top overhangs there, and its plinth is set
    # back under the cupboard, as a kitchen counter's end looks.
    toward = -1.0 if scene.at("pelvis")[0] < ends[0] else 1.0
    front, rear = (ends[0], ends[1]) if toward < 0 else (ends[1], ends[0])
    cupboard = sorted((front - toward * COUNTER_OVERHANG, rear - toward * 0.01))
    plinth = sorted((front - toward * (COUNTER_OVERHANG + COUNTER_PLINTH_SET_BACK), rear - toward * 0.01))
    return behind(
        box(plinth[0], 0.0, plinth[1], COUNTER_PLINTH + 0.01, radius=0.003, fill=0.55),
        box(cupboard[0], COUNTER_PLINTH, cupboard[1], top - 0.04, radius=0.004),
        box(
            min(rear, rear + toward * 0.02),
            top - 0.01,
            max(rear, rear + toward * 0.02),
            top + 0.06,
            radius=0.004,
            fill=0.8,
        ),  # the splash-back along the wall
        box(ends[0], top - 0.05, ends[1], top, radius=0.006, fill=0.8),
    )


def counter_beside_span(scene: PropScene) -> tuple[Span, Span, Span]:
    """The counter beside the body in the world, on its side away from the viewer: its ends along x,
    across (z) and up. Seen from behind the body, that side is in front of it. The counter at the far
    side stays on the body's far side (across z) whatever the view."""
    # One counter for every picture, just past the body; a hand resting on its top reaches over it.
    joints = [
        p
        for body in scene.bodies
        for name, p in body.joints.items()
        if not (name.endswith(("_hand", "_wrist")) and abs(p[1] - COUNTER_BESIDE_TOP) < 0.06)
    ]
    toward = scene.camera.toward
    along = 0 if abs(toward[0]) > abs(toward[2]) else 2  # the axis the viewer looks along
    far = -1.0 if toward[along] >= 0 else 1.0
    gap, ends = COUNTER_BESIDE_GAP, [p[along] for p in joints]
    if Prop.COUNTER_AT_FAR_SIDE in scene.pose.props:
        # Seen from the front, the arm reaching out onto its top passes over it: only what is lower than
        # the top places it, a clear gap from the legs.
        along, far, gap = 2, -1.0, COUNTER_AT_SIDE_GAP
        ends = [p[along] for p in joints if p[1] < COUNTER_BESIDE_TOP]
    edge = (min(ends) if far < 0 else max(ends)) + far * gap
    deep = COUNTER_AT_SIDE_DEPTH if Prop.COUNTER_AT_FAR_SIDE in scene.pose.props else COUNTER_BESIDE_DEPTH
    depth = tuple(sorted((edge, edge + far * deep)))
    across = 2 - along
    middle = scene.bodies[0].joints["pelvis"][across]
    low, high = min(p[across] for p in joints) - 0.15, max(p[across] for p in joints) + 0.15
    length = (min(low, middle - COUNTER_BESIDE_HALF_LENGTH), max(high, middle + COUNTER_BESIDE_HALF_LENGTH))
    xs, zs = (depth, length) if along == 0 else (length, depth)
    return xs, zs, (0.0, COUNTER_BESIDE_TOP)


def rail_beside(scene: PropScene) -> list[Group]:
    """A handrail on two posts just beside the body, on its far side, at one height above the floor
    whatever the body does: the far hand holds it."""
    left, right = scene.extent
    top = RAIL_BESIDE_TOP
    return behind(
        box(left - 0.04, 0.0, left - 0.015, top, radius=0.004, fill=0.6),
        box(right + 0.015, 0.0, right + 0.04, top, radius=0.004, fill=0.6),
        box(left - 0.06, top - 0.025, right + 0.06, top, radius=0.012, fill=0.6),
    )
