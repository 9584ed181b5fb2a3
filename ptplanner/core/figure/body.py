"""Body proportions and forward kinematics: joint angles -> joint positions in 3-D.

World axes: x to the right of the side view, y up, z toward the viewer of the side view.
Lengths are fractions of standing height (adult proportions after Drillis and Contini).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ptplanner.core.figure.geometry import Vec, add, along, cross, rotate, scale, sub

TORSO = 0.29  # hip joints to the base of the neck
NECK = 0.05
HEAD_RADIUS = 0.068
SHOULDER_DROP = 0.035  # shoulder joints sit this far below the base of the neck
SHOULDER_HALF_WIDTH = 0.115
HIP_HALF_WIDTH = 0.085
UPPER_ARM = 0.186
FOREARM = 0.146
HAND = 0.075
THIGH = 0.245
SHANK = 0.246
HEEL_DROP = 0.04  # ankle joint above the sole
HEEL_BACK = 0.035
FOOT = 0.15

# (fraction along the trunk, half width, half depth, forward offset of the centre)
TORSO_SECTIONS = (
    (-0.16, 0.085, 0.06, -0.015),
    (0.0, 0.105, 0.09, -0.02),
    (0.35, 0.09, 0.078, 0.006),
    (0.68, 0.1, 0.092, 0.014),
    (0.9, 0.12, 0.075, 0.0),
    (1.02, 0.085, 0.045, -0.01),
)

SIDES = (("near", 1), ("far", -1))
BODY_CM = 170.0  # centimetres in the body's height: `belly_rise` is given in them
ROCK_PIVOT = TORSO_SECTIONS[0][0]  # a pelvic rock turns about the lowest slice of the trunk
BELLY_RISE_SHARE = (0.0, 0.45, 1.0, 0.0, 0.0, 0.0)  # of the rise, for each trunk section


@dataclass(frozen=True)
class Frame:
    """A segment's orientation: `along` points from its joint to its far end."""

    along: Vec
    front: Vec
    side: Vec

    def turned(self, axis: Vec, degrees: float) -> Frame:
        if not degrees:
            return self
        return Frame(
            rotate(self.along, axis, degrees),
            rotate(self.front, axis, degrees),
            rotate(self.side, axis, degrees),
        )


@dataclass(frozen=True)
class Bone:
    """A rounded limb segment between two joints, with radii at each end."""

    start: str
    end: str
    start_radius: float
    end_radius: float


@dataclass(frozen=True)
class Section:
    """A horizontal slice of the trunk: an ellipse of half width and half depth."""

    center: Vec
    side: Vec
    front: Vec
    half_width: float
    half_depth: float


@dataclass
class Skeleton:
    joints: dict[str, Vec]
    sections: list[Section]
    face: Vec  # the way the face points
    trunk_side: Vec  # points to the near side
    limbs: dict[str, list[Bone]] = field(default_factory=dict)  # "near arm", "far leg", ...

    def moved(self, point_map: Callable[[Vec], Vec], vector_map: Callable[[Vec], Vec]) -> Skeleton:
        return Skeleton(
            {name: point_map(p) for name, p in self.joints.items()},
            [
                replace(s, center=point_map(s.center), side=vector_map(s.side), front=vector_map(s.front))
                for s in self.sections
            ],
            vector_map(self.face),
            vector_map(self.trunk_side),
            self.limbs,
        )

    def bones(self):
        for limb in self.limbs.values():
            yield from limb

    def lies_on_side(self) -> bool:
        """True when one side of the body is up: lying on one side, or a side plank."""
        return abs(self.trunk_side[1]) > 0.7

    def upward(self, sign: int) -> float:
        """How far the near (sign 1) or far (-1) side of the body points up in the world, -1 to 1."""
        return self.trunk_side[1] * sign


def pose_skeleton(up: Vec, front: Vec, angles: dict[str, float]) -> Skeleton:
    """Joint positions for a body whose pelvis points `up` and `front`, hips at the origin."""
    side = cross(front, up)
    hips = Frame(scale(up, -1), front, side)  # the legs hang from the untilted pelvis
    hips = hips.turned(front, angles.get("pelvis_tilt", 0.0))  # a hip hitch tips it sideways
    # A body turn (a golf swing) turns the pelvis about the upright, the legs below facing ahead so
    # the feet stay planted, and the trunk about its own leaning length, as a golfer's shoulders turn
    # on a forward-tilted spine: the shoulder that turns toward the ball drops.
    turn = angles.get("body_turn", 0.0)
    turned = hips.turned(up, turn)
    leaning = Frame(up, front, side).turned(side, -angles["trunk"])
    trunk = leaning.turned(leaning.along, turn)
    joints: dict[str, Vec] = {"pelvis": (0.0, 0.0, 0.0)}
    neck = along(joints["pelvis"], (trunk.along, TORSO))
    # The head does not take part in a body turn: the eyes stay on the ball.
    facing = leaning
    head_frame = facing.turned(facing.side, -angles["head"])
    joints["neck"] = neck
    joints["head"] = along(neck, (head_frame.along, NECK + HEAD_RADIUS * 0.8), (head_frame.front, 0.012))
    joints["chest"] = along(joints["pelvis"], (trunk.along, TORSO * 0.68), (trunk.front, 0.09))
    rise = angles.get("belly_rise", 0.0) / BODY_CM  # a breath in: the belly's front moves out, its back stays
    joints["belly"] = along(joints["pelvis"], (trunk.along, TORSO * 0.3), (trunk.front, 0.08 + rise))
    limbs = {}
    for name, sign in SIDES:
        shoulder = along(neck, (trunk.along, -SHOULDER_DROP), (trunk.side, sign * SHOULDER_HALF_WIDTH))
        arm = Frame(scale(trunk.along, -1), trunk.front, trunk.side)
        arm = arm.turned(arm.side, angles[f"{name}_shoulder"])
        arm = arm.turned(scale(arm.front, -sign), angles[f"{name}_shoulder_abduction"])
        arm = arm.turned(scale(arm.along, sign), angles[f"{name}_shoulder_rotation"])
        elbow = along(shoulder, (arm.along, UPPER_ARM))
        forearm = arm.turned(arm.side, angles[f"{name}_elbow"])
        wrist = along(elbow, (forearm.along, FOREARM))
        hand = forearm.turned(forearm.side, angles.get(f"{name}_wrist", 0.0))
        joints.update(
            {
                f"{name}_shoulder": shoulder,
                f"{name}_elbow": elbow,
                f"{name}_wrist": wrist,
                f"{name}_hand": along(wrist, (hand.along, HAND)),
            }
        )

        hip = along(joints["pelvis"], (turned.side, sign * HIP_HALF_WIDTH))
        thigh = hips.turned(hips.side, angles[f"{name}_hip"])
        thigh = thigh.turned(scale(thigh.front, -sign), angles[f"{name}_hip_abduction"])
        thigh = thigh.turned(scale(thigh.along, sign), angles[f"{name}_hip_rotation"])
        knee = along(hip, (thigh.along, THIGH))
        shank = thigh.turned(thigh.side, -angles[f"{name}_knee"])
        ankle = along(knee, (shank.along, SHANK))
        foot = shank.turned(shank.side, -angles[f"{name}_ankle"])
        heel = along(ankle, (foot.along, HEEL_DROP), (foot.front, -HEEL_BACK))
        joints.update(
            {
                f"{name}_hip": hip,
                f"{name}_knee": knee,
                f"{name}_ankle": ankle,
                f"{name}_heel": heel,
                f"{name}_foot": along(heel, (foot.front, FOOT)),
            }
        )
        limbs[f"{name} arm"] = [
            Bone(f"{name}_shoulder", f"{name}_elbow", 0.038, 0.03),
            Bone(f"{name}_elbow", f"{name}_wrist", 0.03, 0.02),
            Bone(f"{name}_wrist", f"{name}_hand", 0.022, 0.02),
        ]
        limbs[f"{name} leg"] = [
            Bone(f"{name}_hip", f"{name}_knee", 0.06, 0.042),
            Bone(f"{name}_knee", f"{name}_ankle", 0.042, 0.026),
            Bone(f"{name}_heel", f"{name}_foot", 0.026, 0.015),
        ]
    sections = []
    for (t, width, depth, offset), share in zip(TORSO_SECTIONS, BELLY_RISE_SHARE, strict=True):
        # A pelvic rock rolls the pelvis on the sitting bones (the lowest slice, which stays level) and,
        # less and less, the low back with it; the chest stays put.
        share_of_rock = 0.0 if t <= ROCK_PIVOT else max(0.0, min(1.0, 1 - t / 0.7))
        frame = trunk.turned(trunk.side, angles.get("pelvis_rock", 0.0) * share_of_rock)
        base = along(joints["pelvis"], (trunk.along, TORSO * ROCK_PIVOT))
        reach = TORSO * (t - ROCK_PIVOT)
        center = along(base, (frame.along, reach), (frame.front, offset + rise * share / 2))
        sections.append(Section(center, frame.side, frame.front, width, depth + rise * share / 2))
    return Skeleton(joints, sections, head_frame.front, side, limbs)


# Rough share of body mass carried by each part, for finding where the body balances.
MASS = {
    "pelvis": 0.25,
    "chest": 0.25,
    "head": 0.08,
    "hip": 0.0,
    "knee": 0.1,
    "ankle": 0.05,
    "foot": 0.015,
    "elbow": 0.03,
    "wrist": 0.02,
    "hand": 0.006,
}


def center_of_mass(skeleton: Skeleton) -> Vec:
    total = 0.0
    point = (0.0, 0.0, 0.0)
    for name, position in skeleton.joints.items():
        weight = MASS.get(name.removeprefix("near_").removeprefix("far_"), 0.0)
        point = add(point, scale(position, weight))
        total += weight
    return scale(point, 1 / total)


def translate(skeleton: Skeleton, offset: Vec) -> Skeleton:
    return skeleton.moved(lambda p: add(p, offset), lambda v: v)


def turn(skeleton: Skeleton, pivot: Vec, axis: Vec, degrees: float) -> Skeleton:
    return skeleton.moved(
        lambda p: add(pivot, rotate(sub(p, pivot), axis, degrees)), lambda v: rotate(v, axis, degrees)
    )
