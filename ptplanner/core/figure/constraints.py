"""Checking each picture against what its exercise says it shows (core/pose_checks.py).

Every check works on the posed body as it is drawn: joints in the world, the camera, the props
and the arrow as placed. A broken check is one plain line, as `library check` prints it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ptplanner.core.figure.body import HEAD_RADIUS, Skeleton
from ptplanner.core.figure.camera import Camera
from ptplanner.core.figure.contacts import (
    LIFTED,
    TOUCH,
    Sample,
    Surface,
    cm,
    gap_below,
    gap_words,
    sunk_parts,
    surfaces,
    trunk_samples,
)
from ptplanner.core.figure.geometry import Vec, dot, sub
from ptplanner.core.figure.hands import hand_problem
from ptplanner.core.figure.props import PropScene, prop_lift
from ptplanner.core.figure.props.activity import ITEM, item_spot
from ptplanner.core.figure.props.furniture import chair_back
from ptplanner.core.figure.props.nearby import COUNTERS_BESIDE, counter_beside_span
from ptplanner.core.figure.scene import fellows, placed_arrows, pose_camera, posed_skeletons
from ptplanner.core.library import Library
from ptplanner.core.pose import BasePosture, Pictures, Pose, Prop
from ptplanner.core.pose_checks import Feet, Part, Placement, PoseChecks, Side, Way
from ptplanner.core.problems import Problem

# Each part as the points that must rest (all of them, or any one) for the part to rest.
RADII = {"shoulder": 0.038, "wrist": 0.022, "hand": 0.02, "elbow": 0.03, "hip": 0.06}
RADII |= {"knee": 0.042, "ankle": 0.026, "heel": 0.026, "foot": 0.015}
LIMB_POINTS: dict[str, tuple[tuple[str, ...], bool]] = {  # joints, whether all must rest
    "hand": (("wrist", "hand"), False),
    "forearm": (("elbow", "wrist"), True),
    "elbow": (("elbow",), False),
    "thigh": (("hip", "knee"), True),
    "knee": (("knee",), False),
    "shin": (("knee", "ankle"), True),
    "foot": (("heel", "foot"), False),
}
PLURALS = {"hands": "hand", "forearms": "forearm", "elbows": "elbow", "thighs": "thigh", "knees": "knee"}
PLURALS |= {"shins": "shin", "feet": "foot"}
TRUNK_FACING = {Part.BACK: 1.0, Part.BELLY: -1.0}  # which way the trunk's front points: up, down
SIDE_SIGN = {Side.NEAR: 1, Side.FAR: -1}


def pictures_problems(pictures: Pictures) -> list[tuple[str, str]]:
    """(picture name, what is wrong) for every picture that breaks a check or passes through something."""
    poses = pictures.poses()
    skeletons = posed_skeletons(poses)
    arrows = placed_arrows(pictures, skeletons)
    problems = []
    named = pictures.named_checks()
    for (name, checks), pose, skeleton, placed in zip(named, poses, skeletons, arrows, strict=True):
        others = fellows(poses, skeletons, pose)
        found = sunk_parts(pose, skeleton, others)
        if checks is not None:
            found += pose_problems(pose, skeleton, checks, others)
            if checks.arrow is not None:
                segment = None if placed is None else placed[0]
                found += _arrow_problems(checks.arrow, pose, skeleton, pictures, name, segment)
        problems += [(name, message) for message in found]
    return problems


def library_picture_problems(library: Library) -> list[Problem]:
    """Every picture in the library that breaks its own checks or passes through something."""
    problems = []
    for exercise_id, exercise in sorted(library.exercises.items()):
        if exercise.pictures is None:
            continue
        file = library.files.get(exercise_id, exercise_id)
        found = pictures_problems(exercise.pictures)
        problems += [Problem(file, f"pictures.{name}", message) for name, message in found]
    return problems


def pose_problems(
    pose: Pose, skeleton: Skeleton, checks: PoseChecks, others: tuple[tuple[Pose, Skeleton], ...] = ()
) -> list[str]:
    """What the picture of `pose` breaks of `checks` (all but the arrow). `others`: the bodies of the
    exercise's pictures seen this way, which place the props that stay put (scene.fellows)."""
    found: list[str] = []
    held = surfaces(pose, skeleton, others)
    for part in checks.touching:
        gaps = _part_gaps(part, skeleton)
        if gaps is None:
            found.append(f"{part} not touching: the trunk faces the other way")
            continue
        if message := _touch_problem(part, gaps, held):
            found.append(message)
    for part in checks.lifted:
        gaps = _part_gaps(part, skeleton) or []
        low = [(label, gap_below(s, held)) for label, samples in gaps for s in samples]
        resting = [(label, gap) for label, gap in low if gap < LIFTED]
        if resting:
            label, gap = min(resting, key=lambda item: item[1])
            found.append(f"{part} not lifted ({label} only {cm(max(gap, 0.0))} cm up)")
    for target, both in ((checks.hands_on, True), (checks.hand_on, False)):
        if target is not None and (message := hand_problem(target, both, pose, skeleton, others)):
            found.append(message)
    for check, rule in RULES.items():
        if (value := getattr(checks, check)) not in (None, False) and (message := rule(value, skeleton)):
            found.append(message)
    if checks.counter is not None and (message := _check_counter(checks.counter, pose, skeleton)):
        found.append(message)
    if checks.back_free and (message := _check_back_free(pose, skeleton)):
        found.append(message)
    if checks.reaches_item and (message := _check_reaches_item(pose, skeleton)):
        found.append(message)
    return found


def _part_gaps(part: Part, skeleton: Skeleton) -> list[tuple[str, list[Sample]]] | None:
    """The part's points that must rest, by a label per side; None when the trunk faces wrongly."""
    if part is Part.HEAD:
        return [("head", [Sample("head", skeleton.joints["head"], HEAD_RADIUS)])]
    if part in (Part.BACK, Part.BELLY, Part.SIDE):
        front = skeleton.sections[2].front[1]
        if part is Part.SIDE:
            facing_ok = abs(skeleton.trunk_side[1]) > 0.6
        else:
            facing_ok = front * TRUNK_FACING[part] > 0.5
        samples = trunk_samples(skeleton, slice(1, 5))
        if part is Part.SIDE:  # the hip and shoulder stand out from the trunk's side
            joints = [(side, j) for side in ("near", "far") for j in ("hip", "shoulder")]
            samples += [Sample(j, skeleton.joints[f"{side}_{j}"], RADII[j]) for side, j in joints]
        return [(part.value, samples)] if facing_ok else None
    if part is Part.BUTTOCKS:
        hips = [Sample(side, skeleton.joints[f"{side}_hip"], RADII["hip"]) for side in ("near", "far")]
        return [("buttocks", trunk_samples(skeleton, slice(0, 2)) + hips)]
    if part.value in PLURALS:
        sides, kind = ("near", "far"), PLURALS[part.value]
    else:
        side, kind = part.value.split("_")
        sides = (side,)
    joints, _ = LIMB_POINTS[kind]
    return [
        (f"{side} {kind}", [Sample(j, skeleton.joints[f"{side}_{j}"], RADII[j]) for j in joints])
        for side in sides
    ]


def _touch_problem(part: Part, gaps: list[tuple[str, list[Sample]]], held: list[Surface]) -> str | None:
    """Every side of the part must rest: on all its points (a forearm, a shin) or on one (a hand)."""
    needs_all = part.value.split("_")[-1] in {"forearm", "forearms", "thigh", "thighs", "shin", "shins"}
    for label, samples in gaps:
        off = [gap_below(sample, held) for sample in samples]
        worst = max(off, key=abs) if needs_all else min(off, key=abs)
        if abs(worst) > TOUCH:
            return f"{part} not touching what holds the body ({label} {gap_words(worst)})"
    return None


def _trunk_lean(skeleton: Skeleton) -> float:
    axis = sub(skeleton.joints["neck"], skeleton.joints["pelvis"])
    return math.degrees(math.acos(max(-1.0, min(1.0, axis[1] / math.hypot(*axis)))))


def _check_trunk(span: tuple[float, float], skeleton: Skeleton) -> str | None:
    lean = _trunk_lean(skeleton)
    if span[0] - 2 <= lean <= span[1] + 2:
        return None
    return f"trunk leans {lean:.0f}° from upright, not {span[0]:.0f}° to {span[1]:.0f}°"


def _check_head(_: bool, skeleton: Skeleton) -> str | None:
    joints = skeleton.joints
    trunk, neck = sub(joints["neck"], joints["pelvis"]), sub(joints["head"], joints["neck"])
    cosine = dot(trunk, neck) / math.hypot(*trunk) / math.hypot(*neck)
    bend = math.degrees(math.acos(max(-1.0, min(1.0, cosine))))
    return None if bend <= 30 else f"head bent {bend:.0f}° out of line with the trunk"


def _check_top_leg(side: Side, skeleton: Skeleton) -> str | None:
    if not skeleton.lies_on_side():
        return f"{side} leg cannot be on top: the body is not on its side"
    return None if skeleton.upward(SIDE_SIGN[side]) > 0 else f"{side} leg is underneath, not on top"


def _check_feet(stance: Feet, skeleton: Skeleton) -> str | None:
    apart = sub(skeleton.joints["near_ankle"], skeleton.joints["far_ankle"])
    across = abs(dot(apart, skeleton.trunk_side))
    ahead = _level(skeleton.sections[2].front)
    along = abs(dot(apart, ahead)) if ahead is not None else 0.0
    if stance is Feet.TOGETHER and (across > 0.22 or along > 0.12):
        return f"feet not together ({cm(across)} cm apart sideways, {cm(along)} cm one ahead)"
    if stance is Feet.APART and across < 0.28:
        return f"feet not apart (only {cm(across)} cm apart sideways)"
    if stance is Feet.STAGGERED and along < 0.18:
        return f"feet not one ahead of the other (only {cm(along)} cm)"
    if stance is Feet.HEEL_TO_TOE:
        return _heel_to_toe_problem(skeleton, across, ahead)
    return None


def _heel_to_toe_problem(skeleton: Skeleton, across: float, ahead: Vec | None) -> str | None:
    """The feet in one line, the front heel against the back toes: drawn round, the heel's back reaches
    2.6 cm behind its joint and the toes 1.5 cm ahead of theirs, so the joints touch 4 cm apart."""
    if across > 0.06 or ahead is None:
        return f"feet not in one line ({cm(across)} cm apart sideways)"
    joints = skeleton.joints
    front, back = sorted(("near", "far"), key=lambda side: -dot(joints[f"{side}_ankle"], ahead))
    gap = dot(sub(joints[f"{front}_heel"], joints[f"{back}_foot"]), ahead)
    if not 0.0 <= gap <= 0.07:
        return f"front heel not at the back toes ({cm(gap - 0.04)} cm from them)"
    return None


def _check_counter(placement: Placement, pose: Pose, skeleton: Skeleton) -> str | None:
    """Where the counter beside the body stands, as drawn: ahead of it or at one of its sides. Seen from
    the front, the counter is drawn beyond the body, so it stands behind it."""
    if not COUNTERS_BESIDE & set(pose.props):
        return "has no counter-beside to place"
    scene = PropScene(pose, skeleton, pose_camera(pose), prop_lift(pose, skeleton))
    xs, zs, _ = counter_beside_span(scene)
    pelvis = skeleton.joints["pelvis"]
    way = _level(((xs[0] + xs[1]) / 2 - pelvis[0], 0.0, (zs[0] + zs[1]) / 2 - pelvis[2]))
    ahead = _level(skeleton.sections[2].front)
    if way is None or ahead is None:
        return None
    facing = dot(way, ahead)
    found = "ahead of" if facing > 0.7 else "behind" if facing < -0.7 else "beside"
    wanted = "ahead of" if placement is Placement.AHEAD else "beside"
    return None if found == wanted else f"counter not {wanted} the body: it stands {found} it"


BACK_FREE = 0.05  # about 8 cm between the back (or buttocks) and a chair's backrest


def _check_back_free(pose: Pose, skeleton: Skeleton) -> str | None:
    """Sitting near the front of a chair: nothing of the trunk reaches back to the backrest."""
    if not {Prop.CHAIR, Prop.ARMCHAIR} & set(pose.props) or pose.base is not BasePosture.SITTING:
        return "back cannot be free of a chair: the body does not sit on one"
    sections = skeleton.sections
    rears = [s.center[0] - math.hypot(s.half_width * s.side[0], s.half_depth * s.front[0]) for s in sections]
    rears += [skeleton.joints[f"{side}_hip"][0] - RADII["hip"] for side in ("near", "far")]
    gap = min(rears) - chair_back(pose, skeleton)
    if gap >= BACK_FREE:
        return None
    return f"back not free of the chair's back (only {cm(max(gap, 0.0))} cm from it)"


def _check_reaches_item(pose: Pose, skeleton: Skeleton) -> str | None:
    """A hand reaches down to the handle of the item on the floor, to pick it up."""
    if Prop.ITEM_ON_FLOOR not in pose.props:
        return "no item-on-floor to reach"
    x, _ = item_spot(skeleton)
    handle = (x, ITEM[3])
    gap = min(math.dist(skeleton.joints[f"{side}_hand"][:2], handle) for side in ("near", "far"))
    return None if gap <= 0.05 else f"no hand at the item on the floor (nearest {cm(gap)} cm away)"


def _check_ankle_on_knee(side: Side, skeleton: Skeleton) -> str | None:
    other = "far" if side is Side.NEAR else "near"
    knee = skeleton.joints[f"{other}_knee"]
    resting = (knee[0], knee[1] + RADII["knee"] + RADII["ankle"], knee[2])  # the ankle lies on top of it
    gap = math.dist(skeleton.joints[f"{side}_ankle"], resting)
    return None if gap <= 0.06 else f"{side} ankle not on the {other} knee ({cm(gap)} cm away)"


RULES: dict[str, Callable[..., str | None]] = {
    "trunk": _check_trunk,
    "head_in_line": _check_head,
    "top_leg": _check_top_leg,
    "feet": _check_feet,
    "ankle_on_knee": _check_ankle_on_knee,
}


def _level(v: Vec) -> Vec | None:
    """The level part of a direction, made one long; None when it points mostly up or down."""
    length = math.hypot(v[0], v[2])
    return None if length < 0.5 * math.hypot(*v) else (v[0] / length, 0.0, v[2] / length)


def _way_vector(way: Way, at: str, skeleton: Skeleton) -> Vec | None:
    """The world direction `way` means for the body point `at`, or None where it means nothing."""
    sign = -1.0 if way in (Way.BACKWARD, Way.DOWN, Way.IN, Way.TOWARD_FEET) else 1.0
    if way in (Way.FORWARD, Way.BACKWARD):
        axis = sub(skeleton.joints["neck"], skeleton.joints["pelvis"])
        ahead = _level(skeleton.sections[2].front) or _level(axis)
        return None if ahead is None else tuple(sign * c for c in ahead)  # type: ignore[return-value]
    if way in (Way.UP, Way.DOWN):
        return (0.0, sign, 0.0)
    if way in (Way.TOWARD_HEAD, Way.TOWARD_FEET):
        axis = sub(skeleton.joints["neck"], skeleton.joints["pelvis"])
        length = math.hypot(*axis)
        return tuple(sign * c / length for c in axis)  # type: ignore[return-value]
    if way is Way.SIDEWAYS:
        return skeleton.trunk_side
    side = 1.0 if at.startswith("near") else -1.0 if at.startswith("far") else 0.0
    if not side:
        return None
    return tuple(sign * side * c for c in skeleton.trunk_side)  # type: ignore[return-value]


def _arrow_problems(
    way: Way, pose: Pose, skeleton: Skeleton, pictures: Pictures, name: str, segment
) -> list[str]:
    arrow = pictures.arrow if name == "start" else pictures.middle_arrow if name == "middle" else None
    if arrow is None:
        return [f"has no arrow to move {way.value.replace('_', ' ')}"]
    if segment is None:
        return [f"arrow at the {arrow.at.value.replace('_', ' ')} is not drawn: that point does not move"]
    wanted = _way_vector(way, arrow.at.value, skeleton)
    if wanted is None:
        return [f"arrow cannot move {way.value.replace('_', ' ')}: that means no direction here"]
    camera: Camera = pose_camera(pose)
    seen = (dot(wanted, camera.right), dot(wanted, camera.up))
    if math.hypot(*seen) < 0.3:
        return [f"arrow cannot show {way.value.replace('_', ' ')}: that is toward or away from the viewer"]
    (x0, y0), (x1, y1) = segment
    drawn = (x1 - x0, y1 - y0)
    cosine = (drawn[0] * seen[0] + drawn[1] * seen[1]) / math.hypot(*drawn) / math.hypot(*seen)
    if cosine >= 0.5 or (way is Way.SIDEWAYS and cosine <= -0.5):
        return []
    off = math.degrees(math.acos(max(-1.0, cosine)))
    return [f"arrow does not point {way.value.replace('_', ' ')} ({off:.0f}° off)"]
