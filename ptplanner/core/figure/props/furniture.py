"""Chairs, counters, walls, a bed, steps and a car: the fixed things a patient uses."""

from __future__ import annotations

import math

from ptplanner.core.figure.body import BODY_CM, HEAD_RADIUS, Skeleton
from ptplanner.core.figure.geometry import circle, rounded_rect, smooth
from ptplanner.core.figure.placement import undersides
from ptplanner.core.figure.primitives import Group, Path
from ptplanner.core.figure.props.base import (
    EDGE_WIDTH,
    FILL,
    PropScene,
    behind,
    box,
    in_front,
    line,
    slab,
    solid,
)
from ptplanner.core.pose import BasePosture, Pose, Prop, View

SEAT_HEIGHT = 0.3  # a chair nobody sits on
SEAT_DEPTH = 0.27
LEG = 0.022
BED_HEIGHT = 0.42
BED_LEG = 0.07  # seen from above, the legs are stubs under the frame
BED_PILLOW = 0.16  # along the bed, at the head end
BED_BLANKET = 0.22  # folded over the foot end
STEP_HEIGHT = 0.1
STEP_DEPTH = 0.22
RAIL_HEIGHT = 0.55
WALL = 0.05
WALL_HEIGHT = 1.12
THIGH_UNDERSIDE = 0.06


def chair_back(pose: Pose, skeleton: Skeleton) -> float:
    """Where the seat of a chair sat on starts (its backrest's front), along x in the world: just
    behind the pelvis, or further back when the body sits forward on the seat (`seat_forward`)."""
    return skeleton.joints["pelvis"][0] - 0.13 - (pose.seat_forward or 0.0) / BODY_CM


def chair(scene: PropScene) -> list[Group]:
    back, seat = chair_seat(scene)
    front = back + SEAT_DEPTH
    return behind(
        *_chair_frame(back, seat),
        box(back, seat + 0.15, front - 0.05, seat + 0.175),  # armrest
        box(front - 0.07, seat, front - 0.05, seat + 0.15, radius=0.004),
    )


def chair_seat(scene: PropScene) -> tuple[float, float]:
    """The chair's back (x of its backrest's front) and its seat's top, on the picture: where the
    exercise's first sitting picture sat on it, so it stands still from picture to picture."""
    scene = scene.seated()
    if scene.pose.base is BasePosture.SITTING:
        seat = scene.at("near_hip")[1] - THIGH_UNDERSIDE
        back = scene.at("pelvis")[0] + chair_back(scene.pose, scene.skeleton) - scene.world("pelvis")[0]
        return back, seat
    # Standing up from it, or about to sit: the chair is just behind the heels.
    return min(scene.at("near_heel")[0], scene.at("far_heel")[0]) - 0.06 - SEAT_DEPTH, SEAT_HEIGHT


def _chair_frame(back: float, seat: float) -> tuple[Path, ...]:
    """A chair's backrest, seat and legs, its backrest's front at `back` and its seat's top at `seat`."""
    front = back + SEAT_DEPTH
    return (
        box(back - 0.035, seat - 0.03, back, seat + 0.4),  # backrest
        box(back + 0.01, seat - 0.03, front, seat, radius=0.01),
        box(back - 0.03, 0.0, back - 0.03 + LEG, seat - 0.03, radius=0.004),
        box(front - LEG - 0.01, 0.0, front - 0.01, seat - 0.03, radius=0.004),
    )


ARM_RISE = 0.15  # an armchair's arms stand about 25 cm above its seat
ARM_THICKNESS = 0.032
ARM_SHORT = 0.0  # the arms end at the seat's front edge


def armrest(scene: PropScene) -> tuple[float, float, float]:
    """An armchair's arm on the picture, as (back end, front end, top): long and thick enough to read
    beside the thigh, the hands resting on it to push up from."""
    back, seat = chair_seat(scene)
    return back, back + SEAT_DEPTH - ARM_SHORT, seat + ARM_RISE


def armchair(scene: PropScene) -> list[Group]:
    """A firm chair with arms. Sat on, its near arm is drawn over the thigh and trunk, under the near
    hand that rests on it: seen from the side, the arm is where the hand pushes from."""
    back, seat = chair_seat(scene)
    arm_back, arm_front, top = armrest(scene)
    arm = (
        box(arm_front - 0.04, seat, arm_front - 0.016, top - 0.01, radius=0.004),  # the arm's post
        box(arm_back, top - ARM_THICKNESS, arm_front, top, radius=0.012, fill=0.8),
    )
    chair = behind(*_chair_frame(back, seat))
    if scene.pose.base is not BasePosture.SITTING:
        return chair + behind(*arm)
    near = scene.camera.depth(scene.world("near_hip")), scene.camera.depth(scene.world("near_shoulder"))
    return chair + [Group(sum(near) / 2, list(arm))]


CHAIR_AHEAD = 0.1  # from hands on the floor or a knee to the back of the chair they will hold
CHAIR_BACK = 0.5  # the top of a chair's back when no hand holds it


def chair_to_hold_back(scene: PropScene) -> tuple[float, float]:
    """The chair's back on the picture, as (x, top): where the first picture's hand holds it, so it
    stands still from picture to picture; just ahead of hands on the floor or a knee, ready to hold."""
    first = scene.first()
    hx, hy = first.at(first.holding_hand())
    if hy < SEAT_HEIGHT + 0.1:
        return hx + CHAIR_AHEAD, CHAIR_BACK
    return hx + 0.015, hy - 0.02


def chair_to_hold(scene: PropScene) -> list[Group]:
    back, top = chair_to_hold_back(scene)
    front = back + SEAT_DEPTH
    return behind(
        box(back - 0.01, SEAT_HEIGHT - 0.03, back + 0.025, top),
        box(back, SEAT_HEIGHT - 0.03, front, SEAT_HEIGHT, radius=0.01),
        box(back, 0.0, back + LEG, SEAT_HEIGHT - 0.03, radius=0.004),
        box(front - LEG, 0.0, front, SEAT_HEIGHT - 0.03, radius=0.004),
    )


def counter(scene: PropScene) -> list[Group]:
    """A counter where the first picture's hands hold it: it stays there in the pictures after."""
    scene = scene.first()
    if scene.pose.view is View.FRONT:
        return _counter_faced(scene)
    if not scene.camera.looks_level() or scene.pose.view is View.BACK:
        hands = [scene.at("near_hand"), scene.at("far_hand")]
        top = min(y for _, y in hands) - 0.025
        middle = (hands[0][0] + hands[1][0]) / 2
        return behind(
            box(middle - 0.42, 0.0, middle + 0.42, top - 0.04, radius=0.004),
            box(middle - 0.46, top - 0.045, middle + 0.46, top, radius=0.006, fill=0.8),
        )
    left, top = counter_front(scene)
    return behind(
        box(left, 0.04, left + 0.44, top - 0.04, radius=0.004),
        box(left - 0.03, top - 0.045, left + 0.47, top, radius=0.006, fill=0.8),
    )


def counter_front(scene: PropScene) -> tuple[float, float]:
    """Seen from the side, the counter's cupboard front (x) and its top (y): at the first picture's hand."""
    hx, hy = scene.first().at(scene.first().holding_hand())
    return hx - 0.02, hy - 0.025


def _counter_faced(scene: PropScene) -> list[Group]:
    """A counter the body faces, seen from the front: between the viewer and the body. Its top is drawn
    in front, the hands' fingers over its edge; the cupboard below only as an outline, so the legs show
    through it."""
    hands = [scene.at("near_hand"), scene.at("far_hand")]
    top = min(y for _, y in hands) + 0.012
    middle = (hands[0][0] + hands[1][0]) / 2
    cupboard = Path(
        (
            (middle - 0.42, 0.0),
            (middle - 0.42, top - 0.045),
            (middle + 0.42, top - 0.045),
            (middle + 0.42, 0.0),
        ),
        stroke=0.55,
        width=EDGE_WIDTH,
        closed=False,
    )
    return in_front(cupboard, box(middle - 0.46, top - 0.045, middle + 0.46, top, radius=0.006, fill=0.8))


def wall_behind(scene: PropScene) -> list[Group]:
    x = min(_trunk_reach(body, -1) for body in scene.bodies)
    return behind(box(x - WALL, 0.0, x, WALL_HEIGHT, radius=0.0, fill=0.84))


def wall_in_front(scene: PropScene) -> list[Group]:
    x = wall_ahead(scene.bodies)
    return behind(box(x, 0.0, x + WALL, WALL_HEIGHT, radius=0.0, fill=0.84))


def wall_ahead(bodies: tuple[Skeleton, ...]) -> float:
    """Where a wall in front stands, along x in the world: at the hands or the trunk, whichever
    reaches further, in any of the pictures."""
    return max(
        max(body.joints["near_hand"][0], body.joints["far_hand"][0], _trunk_reach(body, 1) - 0.02) + 0.02
        for body in bodies
    )


def door_frame(scene: PropScene) -> list[Group]:
    # Placed from this picture's leg: the body scoots toward the frame from one picture to the next.
    leg = _leg_points(scene, scene.skeleton)
    x = max(p[0] for p in leg) + 0.03
    top = max(p[1] for p in leg) + 0.12
    return behind(box(x, 0.0, x + WALL, top, radius=0.0, fill=0.84))


def _leg_points(scene: PropScene, body: Skeleton) -> list[tuple[float, float]]:
    return [
        scene.camera.screen(body.joints[joint])
        for joint in ("near_knee", "near_ankle", "near_heel", "near_foot")
    ]


# A bed seen from the front, sat on, reaches this far left and right of the sitter (body heights): shorter
# than a real one (about 1.1), as the car is, so that the picture is about the body and the log roll's three
# pictures stand in one row on a handout page.
FRONT_BED = (0.42, 0.38)


def bed_lift(pose: Pose, skeleton: Skeleton) -> float:
    return 0.0 if pose.base is BasePosture.SITTING else BED_HEIGHT


def bed(scene: PropScene) -> list[Group]:
    if scene.pose.base is BasePosture.SITTING:
        top = scene.at("near_hip")[1] - THIGH_UNDERSIDE
        px = scene.at("pelvis")[0]
        # From the side the bed is behind the sitter; from the front (sitting on its edge, facing
        # the viewer) it spreads to both sides, the head end to the right as when lying on it.
        to_left, to_right = FRONT_BED if scene.pose.view is View.FRONT else (0.75, 0.14)
        left, right = px - to_left, px + to_right
    elif not scene.camera.looks_level():
        return _bed_from_above(scene)
    else:
        top = BED_HEIGHT
        left, right = scene.extent[0] - 0.04, scene.extent[1] + 0.04
    head_end = left if scene.at("head")[0] < (left + right) / 2 else right - 0.04
    return behind(
        box(head_end, 0.0, head_end + 0.04, top + 0.2),
        box(left + 0.02, 0.0, left + 0.02 + LEG, top - 0.1, radius=0.004),
        box(right - 0.02 - LEG, 0.0, right - 0.02, top - 0.1, radius=0.004),
        box(left, top - 0.13, right, top - 0.1, radius=0.004),
        box(left, top - 0.1, right, top, radius=0.025, fill=0.95),
    )


def _bed_from_above(scene: PropScene) -> list[Group]:
    """A bed seen from above: the mattress under the whole body on its frame, the head board, a pillow at
    the head end and a blanket folded over the foot end, on short legs, so it reads as a bed, not a box.
    The legs are stubs: there is no floor line to stand them on, and the picture stays low."""
    xs = [x for body in scene.bodies for x, _, _ in body.joints.values()]
    zs = [z for body in scene.bodies for _, _, z in body.joints.values()]
    left, right = min(xs) - 0.16, max(xs) + 0.16
    back, front = min(zs) - 0.08, max(zs) + 0.06
    at_left = scene.world("head")[0] < (left + right) / 2
    head_end = (left, left + 0.04) if at_left else (right - 0.04, right)
    frame, top = BED_HEIGHT - 0.13, BED_HEIGHT
    inner = (head_end[1], head_end[1] + BED_PILLOW) if at_left else (head_end[0] - BED_PILLOW, head_end[0])
    foot = (right - BED_BLANKET, right) if at_left else (left, left + BED_BLANKET)
    legs = [
        part
        for x in (left + 0.03, right - 0.03 - LEG * 2)
        for part in slab(
            scene, (x, x + LEG * 2), (front - 0.05, front - 0.01), (frame - BED_LEG, frame), (0.6, 0.6)
        )
    ]
    # Its own pillow, unless the picture has one under the head already.
    own = Prop.PILLOW_UNDER_HEAD not in scene.pose.props
    pillow = [_pillow(scene, inner, (back + 0.04, front - 0.04), top)] if own else []
    return behind(
        *legs,
        *slab(scene, head_end, (back, front), (frame, top + 0.12), (0.85, FILL)),
        *slab(scene, (left, right), (back, front), (frame, top - 0.1), (FILL, 0.75)),
        *slab(scene, (left, right), (back, front), (top - 0.1, top), (0.95, FILL)),
        # The blanket hangs a little over the mattress's side that faces the viewer.
        *slab(scene, foot, (back - 0.005, front + 0.005), (top - 0.06, top + 0.012), (0.8, 0.72)),
        *pillow,
    )


def _pillow(scene: PropScene, xs: tuple[float, float], zs: tuple[float, float], top: float) -> Path:
    """A pillow lying on the mattress, seen from above: one soft rounded shape, not a box."""
    corners = [scene.camera.screen((x, y, z)) for x in xs for z in zs for y in (top, top + 0.05)]
    left, right = min(x for x, _ in corners), max(x for x, _ in corners)
    bottom, high = min(y for _, y in corners), max(y for _, y in corners)
    return solid(rounded_rect(left, bottom, right, high, (right - left) / 4), fill=1.0)


def step_lift(pose: Pose, skeleton: Skeleton) -> float:
    """A step lifts the body when the near foot, on the step, carries it."""
    return STEP_HEIGHT if _near_foot_rise(skeleton) < 0.02 else 0.0


def step(scene: PropScene) -> list[Group]:
    return behind(*_steps(scene, count=1))


CAR_LENGTH = 0.62  # of a real car's length to the body's height: the picture is about the body


def stairs(scene: PropScene) -> list[Group]:
    paths = _steps(scene, count=3)
    start = scene.at("near_heel")[0] - 0.3
    rail = [(start, RAIL_HEIGHT), (start + 0.3 + STEP_DEPTH * 3, RAIL_HEIGHT + STEP_HEIGHT * 3)]
    return behind(*paths, line(*rail, width=0.018), line((start, 0.0), rail[0], width=0.014))


def car(scene: PropScene) -> list[Group]:
    """A small car seen from the side, the seat under the hips: short front to back, so that the body,
    not the car, fills the picture."""
    px, _ = scene.at("pelvis")
    seat = scene.at("near_hip")[1] - THIGH_UNDERSIDE

    def at(x: float, y: float) -> tuple[float, float]:
        return (px + x * CAR_LENGTH, y)

    body = smooth(
        [
            at(-0.95, 0.16),
            at(1.05, 0.16),
            at(1.08, seat + 0.2),
            at(0.55, seat + 0.24),
            at(0.25, seat + 0.62),
            at(-0.45, seat + 0.62),
            at(-0.8, seat + 0.26),
            at(-0.97, seat + 0.22),
        ],
        rounds=3,
    )
    window = smooth(
        [at(-0.3, seat + 0.3), at(0.35, seat + 0.3), at(0.18, seat + 0.55), at(-0.28, seat + 0.55)],
        rounds=2,
    )
    paths = [solid(body, fill=0.9), solid(window, fill=1.0)]
    for wheel_x in (-0.62, 0.7):
        paths.append(solid(circle(at(wheel_x, 0.11), 0.11, 28), fill=0.55))
    paths.append(box(px - 0.16, seat - 0.04, px + 0.14, seat, radius=0.02, fill=0.75))
    return behind(*paths)


def step_span(skeleton: Skeleton) -> tuple[float, float, float]:
    """The first step's left and right ends along x and its top: under the near foot when only
    that foot is up on it (its front edge clear of the other foot's toes), else under both feet."""
    joints = skeleton.joints
    heel, toe = joints["near_heel"][0], joints["near_foot"][0]
    rise = _near_foot_rise(skeleton)
    lowest = min(y for _, y in undersides(skeleton))
    if rise > 0.04:
        far_toe = max(joints["far_foot"][0], joints["far_heel"][0]) + 0.015 + 0.01
        left = heel - 0.07 if far_toe > toe or far_toe < heel - 0.07 else min(far_toe, heel)
        return left, toe + 0.06, lowest + rise
    left = min(heel, joints["far_heel"][0]) - 0.07
    return left, max(toe, joints["far_foot"][0]) + 0.06, lowest


def _steps(scene: PropScene, count: int) -> list:
    left, right, top = step_span(scene.skeleton)
    height = max(top, STEP_HEIGHT * 0.5)
    paths = [box(left, 0.0, right, height, radius=0.006)]
    for index in range(1, count):
        paths.append(
            box(
                right + STEP_DEPTH * (index - 1),
                0.0,
                right + STEP_DEPTH * index,
                height * (index + 1),
                radius=0.006,
            )
        )
    return paths


def _near_foot_rise(skeleton: Skeleton) -> float:
    """How far the near sole is above the lowest point of the body."""

    def sole(side: str) -> float:
        return min(skeleton.joints[f"{side}_heel"][1] - 0.026, skeleton.joints[f"{side}_foot"][1] - 0.015)

    return sole("near") - min(sole("near"), sole("far"))


def _trunk_reach(skeleton: Skeleton, direction: int) -> float:
    """The furthest x of the trunk and head to the right (1) or left (-1)."""
    reaches = [
        s.center[0] + direction * math.hypot(s.half_width * s.side[0], s.half_depth * s.front[0])
        for s in skeleton.sections
    ]
    reaches.append(skeleton.joints["head"][0] + direction * HEAD_RADIUS)
    return max(reaches) if direction > 0 else min(reaches)
