"""Aids for daily tasks while bending is restricted: a sock aid, a long shoehorn, a reacher, a toilet,
a shower chair with a long sponge, a vacuum cleaner, an SI belt, a low step under one foot, and a band
tied to a door at the side (for a press that resists turning)."""

from __future__ import annotations

import math

from ptplanner.core.figure.body import Skeleton
from ptplanner.core.figure.geometry import Point, capsule, circle
from ptplanner.core.figure.primitives import Group, Path
from ptplanner.core.figure.props.base import DARK, FILL, PropScene, behind, box, line, slab, solid
from ptplanner.core.figure.props.furniture import SEAT_DEPTH, STEP_HEIGHT, THIGH_UNDERSIDE
from ptplanner.core.pose import BasePosture, Pose

TOOL = 0.3  # grey of handles and sticks
REACHER = 0.46  # from the hand to the jaws
SPONGE_HANDLE = 0.3
SPONGE_HEAD = 0.015  # from the handle's end to the middle of the sponge
SPONGE_RADIUS = 0.03
SPONGE_TURN = 100  # degrees from the forearm's line, at most: a fist holds a handle across it
# The near leg's outline as the body draws it: (joint, joint, radius at each)
NEAR_LEG = (
    ("near_hip", "near_knee", 0.06, 0.042),
    ("near_knee", "near_ankle", 0.042, 0.026),
    ("near_heel", "near_foot", 0.026, 0.015),
)
PANTS_DROP = 0.2  # from the waist held in the reacher to the legs' ends
TOILET_SEAT = 0.3  # a raised seat, a little higher than a chair nobody sits on


def _near(scene: PropScene, joint: str, offset: float = 0.01) -> float:
    """A depth just in front of the joint."""
    return scene.camera.depth(scene.world(joint)) + offset


def _unit(a: Point, b: Point) -> Point:
    length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    return ((b[0] - a[0]) / length, (b[1] - a[1]) / length)


def _ahead(point: Point, direction: Point, length: float) -> Point:
    return (point[0] + direction[0] * length, point[1] + direction[1] * length)


def sock_aid(scene: PropScene) -> list[Group]:
    """A stiff sock on its trough around the near foot, its two cords up to the hands."""
    heel, toe = scene.at("near_heel"), scene.at("near_foot")
    ux, uy = _unit(heel, toe)
    nx, ny = -uy, ux  # across the foot, toward its top
    back = (heel[0] - ux * 0.03, heel[1] - uy * 0.03)
    front = (toe[0] - ux * 0.01, toe[1] - uy * 0.01)
    trough = [
        (back[0] - nx * 0.03, back[1] - ny * 0.03),
        (front[0] - nx * 0.025, front[1] - ny * 0.025),
        (front[0] + nx * 0.03, front[1] + ny * 0.03),
        (back[0] + nx * 0.055, back[1] + ny * 0.055),
    ]
    cord_start = (back[0] + nx * 0.05, back[1] + ny * 0.05)
    paths = [solid(trough, fill=0.75)]
    for side in ("far", "near"):
        paths.append(Path((cord_start, scene.at(f"{side}_hand")), stroke=DARK, width=0.007, closed=False))
    return [Group(_near(scene, "near_ankle", 0.05), paths)]


def long_shoehorn(scene: PropScene) -> list[Group]:
    """A shoe on the near foot and a long shoehorn from the near hand down behind the heel."""
    heel, toe = scene.at("near_heel"), scene.at("near_foot")
    ux, uy = _unit(heel, toe)
    nx, ny = -uy, ux
    shoe = [
        (heel[0] - ux * 0.035 - nx * 0.03, heel[1] - uy * 0.035 - ny * 0.03),
        (toe[0] + ux * 0.03 - nx * 0.02, toe[1] + uy * 0.03 - ny * 0.02),
        (toe[0] + ux * 0.02 + nx * 0.025, toe[1] + uy * 0.02 + ny * 0.025),
        (heel[0] - ux * 0.035 + nx * 0.05, heel[1] - uy * 0.035 + ny * 0.05),
    ]
    hand = scene.at("near_hand")
    tip = (heel[0] - ux * 0.03 + nx * 0.02, heel[1] - uy * 0.03 + ny * 0.02)
    horn = line(hand, tip, grey=TOOL, width=0.016)
    return [
        Group(_near(scene, "near_ankle", 0.05), [solid(shoe, fill=0.55)]),
        Group(_near(scene, "near_hand", 0.05), [horn]),
    ]


def reacher(scene: PropScene) -> list[Group]:
    """A reacher held in the near hand, its jaws at the floor or holding a cup up off it (standing);
    sitting, the jaws hold pants by the waist, to lower them to the feet and pull them up."""
    hx, hy = scene.at("near_hand")
    ex, ey = scene.at("near_wrist")
    # The stick goes on from the hand, steeper than the forearm: it is held pointing down.
    ux, uy = _unit((ex, ey), (hx, hy))
    dx, dy = ux * 0.35, min(uy, 0.0) * 0.35 - 0.9
    length = math.hypot(dx, dy)
    tip = (hx + dx / length * REACHER, hy + dy / length * REACHER)
    tip = (tip[0], max(tip[1], 0.04))
    jaws = [
        line((tip[0] - 0.005, tip[1] + 0.02), (tip[0] - 0.03, tip[1] - 0.02), grey=TOOL, width=0.01),
        line((tip[0] + 0.005, tip[1] + 0.02), (tip[0] + 0.03, tip[1] - 0.02), grey=TOOL, width=0.01),
    ]
    cup = box(tip[0] - 0.03, tip[1] - 0.045, tip[0] + 0.03, tip[1] - 0.0, radius=0.006, fill=0.7)
    trigger = line((hx, hy), (hx + 0.03, hy - 0.04), grey=TOOL, width=0.012)
    stick = [line((hx, hy), tip, grey=TOOL, width=0.014), *jaws, trigger]
    if scene.pose.base is BasePosture.STANDING:
        return [Group(_near(scene, "near_hand"), [cup, *stick])]
    return [
        Group(scene.camera.depth(scene.world("pelvis")), [_pants(tip)]),
        Group(_near(scene, "near_hand"), stick),
    ]


def _pants(tip: Point) -> Path:
    """Pants held by their waist in the reacher's jaws: hanging down from them, or in a heap on the
    floor when the jaws are down there."""
    x, y = tip
    if y < PANTS_DROP / 2:
        heap = [(x - 0.12, 0.0), (x + 0.12, 0.0), (x + 0.08, 0.035), (x - 0.09, 0.04)]
        return solid(heap, fill=0.6)
    bottom = max(y - PANTS_DROP, 0.0)
    return solid([(x - 0.06, y), (x + 0.06, y), (x + 0.1, bottom), (x - 0.1, bottom)], fill=0.6)


def toilet(scene: PropScene) -> list[Group]:
    """A toilet with a raised seat, under the hips or just behind the heels."""
    scene = scene.seated()  # where it was sat on, in the pictures before or after
    if scene.pose.base is BasePosture.SITTING:
        seat = scene.at("near_hip")[1] - THIGH_UNDERSIDE
        back = scene.at("pelvis")[0] - 0.2
    else:
        seat = TOILET_SEAT
        back = min(scene.at("near_heel")[0], scene.at("far_heel")[0]) - 0.04 - SEAT_DEPTH
    front = back + SEAT_DEPTH
    bowl = [(back + 0.06, 0.0), (front - 0.07, 0.0), (front - 0.02, seat - 0.06), (back + 0.03, seat - 0.06)]
    return behind(
        box(back - 0.06, seat - 0.06, back + 0.03, seat + 0.2, radius=0.012, fill=0.85),  # tank
        solid(bowl, fill=0.92),
        box(back, seat - 0.06, front, seat - 0.03, radius=0.01, fill=0.85),  # raised seat
        box(back + 0.01, seat - 0.03, front, seat, radius=0.01, fill=0.75),
    )


def shower_chair(scene: PropScene) -> list[Group]:
    """A shower chair with no back, under the hips, and a few drops of water."""
    seat = scene.at("near_hip")[1] - THIGH_UNDERSIDE
    px = scene.at("pelvis")[0]
    back, front = px - 0.13, px + 0.12
    paths = [
        box(back, seat - 0.03, front, seat, radius=0.01, fill=0.75),
        line((back + 0.03, seat - 0.03), (back - 0.0, 0.0), grey=0.45, width=0.016),
        line((front - 0.03, seat - 0.03), (front + 0.0, 0.0), grey=0.45, width=0.016),
        box(back - 0.01, -0.005, back + 0.03, 0.012, radius=0.004, fill=0.4),
        box(front - 0.03, -0.005, front + 0.01, 0.012, radius=0.004, fill=0.4),
    ]
    return behind(*paths)


def long_sponge(scene: PropScene) -> list[Group]:
    """A long-handled sponge held in the near hand, its sponge on the near leg (the steps wash down it)."""
    hx, hy = scene.at("near_hand")
    along = _sponge_way(scene)
    end = _ahead((hx, hy), along, SPONGE_HANDLE)
    ends = _ahead(end, along, -0.02), _ahead(end, along, 0.05)
    sponge = solid(capsule(*ends, SPONGE_RADIUS, SPONGE_RADIUS), fill=0.7)
    return [Group(_near(scene, "near_hand"), [line((hx, hy), end, grey=TOOL, width=0.014), sponge])]


def _sponge_way(scene: PropScene) -> Point:
    """The handle's way from the hand: the forearm's line turned as little as it takes for the sponge to rest
    on the near leg; the forearm's line when no turn gets it there."""
    hand = scene.at("near_hand")
    forearm = _unit(scene.at("near_wrist"), hand)
    base = math.atan2(forearm[1], forearm[0])
    for turn in range(SPONGE_TURN + 1):
        for sign in (-1, 1):
            angle = base + math.radians(sign * turn)
            way = (math.cos(angle), math.sin(angle))
            head = _ahead(hand, way, SPONGE_HANDLE + SPONGE_HEAD)
            if head[1] > SPONGE_RADIUS and _rests_on_leg(scene, head):
                return way
    return forearm


def _rests_on_leg(scene: PropScene, head: Point) -> bool:
    """Whether a sponge centred at `head` touches the near leg without sinking in, on its outer side: over
    the thigh, in front of the shin, over the foot (the body faces right as it is drawn)."""
    gap, outer = min(_leg_gaps(scene, head))
    return outer and -0.006 <= gap - SPONGE_RADIUS <= 0.01


def _leg_gaps(scene: PropScene, point: Point) -> list[tuple[float, bool]]:
    """How far `point` is from each part of the near leg's outline (negative: inside), and whether it lies
    to the left of the part's way down the leg (over the thigh, in front of the shin)."""
    gaps = []
    for start, end, start_radius, end_radius in NEAR_LEG:
        a, b = scene.at(start), scene.at(end)
        dx, dy = b[0] - a[0], b[1] - a[1]
        t = max(0.0, min(1.0, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / (dx * dx + dy * dy or 1.0)))
        gap = (
            math.dist(point, (a[0] + t * dx, a[1] + t * dy)) - start_radius - t * (end_radius - start_radius)
        )
        gaps.append((gap, dx * (point[1] - a[1]) - dy * (point[0] - a[0]) > 0))
    return gaps


def vacuum(scene: PropScene) -> list[Group]:
    """An upright vacuum cleaner pushed ahead: the handle from the hands down to its head on the floor."""
    hx, hy = scene.at("near_hand")
    head = (hx + 0.62 * hy, 0.0)
    body_at = (hx + (head[0] - hx) * 0.62, hy * 0.38)
    ux, uy = _unit((hx, hy), head)
    casing = capsule(_ahead(body_at, (ux, uy), -0.07), _ahead(body_at, (ux, uy), 0.1), 0.045, 0.04)
    paths = [
        line((hx - ux * 0.02, hy - uy * 0.02), (head[0] - 0.02, 0.05), grey=TOOL, width=0.016),
        solid(casing, fill=0.7),
        box(head[0] - 0.07, 0.0, head[0] + 0.1, 0.045, radius=0.012, fill=0.55),
    ]
    return [Group(_near(scene, "near_hand"), paths)]


def si_belt(scene: PropScene) -> list[Group]:
    """A belt snug around the hips, below the waist: a dark band across the pelvis with a buckle."""
    section = scene.skeleton.sections[1]
    skeleton = scene.skeleton
    axis = _trunk_axis(skeleton)
    points = []
    for level in (-0.035, 0.035):
        centre = tuple(section.center[i] + axis[i] * level for i in range(3))
        ring = [
            tuple(
                centre[i]
                + section.side[i] * (section.half_width + 0.012) * math.cos(t)
                + section.front[i] * (section.half_depth + 0.012) * math.sin(t)
                for i in range(3)
            )
            for t in (k * math.pi / 18 for k in range(36))
        ]
        seen = [(scene.camera.screen(p), scene.camera.depth(p)) for p in ring]
        front_half = [pt for pt, depth in seen if depth >= scene.camera.depth(centre) - 1e-6]
        front_half.sort()
        points.append(front_half)
    lower, upper = points
    outline = [*lower, *reversed(upper)]
    reach = section.half_depth + 0.014
    mid = scene.camera.screen(tuple(section.center[i] + section.front[i] * reach for i in range(3)))
    buckle = solid(circle(mid, 0.016, 12), fill=0.55)
    band = Path(tuple(outline), fill=0.25, stroke=DARK, width=0.004)
    return [Group(_near(scene, "pelvis", 0.1), [band, buckle])]


def _trunk_axis(skeleton: Skeleton) -> tuple[float, float, float]:
    a, b = skeleton.joints["pelvis"], skeleton.joints["neck"]
    length = math.dist(a, b) or 1.0
    return tuple((b[i] - a[i]) / length for i in range(3))  # type: ignore[return-value]


def step_beside_lift(pose: Pose, skeleton: Skeleton) -> float:
    """A low step under the far foot lifts the body when that foot carries it, so that foot stands on the
    step's top: the other foot hangs beside the step, lower than the far sole but still clear of the floor
    (a hip dropped in a hip hitch)."""
    rise = _sole_rise(skeleton, "far")
    return STEP_HEIGHT - rise if rise < STEP_HEIGHT - 0.02 else 0.0


def step_beside(scene: PropScene) -> list[Group]:
    """A low step under the far foot only, drawn behind the body: the near foot, beside it and
    nearer the viewer, is free to reach down past its side to the floor. Seen from the front, the
    step reaches out past the far foot, wide as a real step."""
    (x0, x1), (z0, z1), top = step_beside_span(scene.skeleton)
    if not scene.camera.looks_level():
        return behind(*slab(scene, (x0, x1), (z0, z1), (0.0, top), (FILL, 0.75)))
    corners = [scene.camera.screen((x, 0.0, z)) for x in (x0, x1) for z in (z0, z1)]
    left, right = min(c[0] for c in corners), max(c[0] for c in corners)
    return behind(box(left, 0.0, right, top, radius=0.006))


def step_beside_span(skeleton: Skeleton) -> tuple[tuple[float, float], tuple[float, float], float]:
    """The step under the far foot in the world: its ends along x, its ends across (z) and its top."""
    joints = skeleton.joints
    heel, toe = joints["far_heel"], joints["far_foot"]
    top = max(min(heel[1] - 0.026, toe[1] - 0.015), 0.02)
    z = (heel[2] + toe[2]) / 2
    # Wide as a real step: it reaches out past the far foot, its edge just inside it, by the near foot.
    inward = 1.0 if joints["near_ankle"][2] >= z else -1.0
    low, high = sorted((z + inward * 0.07, z - inward * 0.16))
    return (min(heel[0], toe[0]) - 0.07, max(heel[0], toe[0]) + 0.06), (low, high), top


def _sole_rise(skeleton: Skeleton, side: str) -> float:
    """How far that sole is above the lower of the two."""

    def sole(side: str) -> float:
        return min(skeleton.joints[f"{side}_heel"][1] - 0.026, skeleton.joints[f"{side}_foot"][1] - 0.015)

    return sole(side) - min(sole("near"), sole("far"))


def band_from_side(scene: PropScene) -> list[Group]:
    """A band from both hands to a door post beside the body, on its near side. The post stays beside
    the chest whatever the hands do, so a press forward shows the band pulling back to the side."""
    first = scene.first()  # the post and its knot stay where the first picture puts them
    hands = [first.world(f"{side}_hand") for side in ("near", "far")]
    x = first.world("chest")[0] - 0.05
    y = sum(h[1] for h in hands) / 2
    post_z = first.world("pelvis")[2] + 0.5
    camera = scene.camera
    # Only the post up to just past the knot: all of a door would make the body small in the picture.
    post = [camera.screen((x - 0.03, 0.0, post_z)), camera.screen((x - 0.03, y + 0.12, post_z))]
    anchor = camera.screen((x, y, post_z))
    knot = solid(circle(anchor, 0.018, 16), fill=DARK, edge=DARK)  # where the band is tied: the pull's source
    door = Group(camera.depth((x, y, post_z)), [line(*post, grey=0.6, width=0.03), knot])
    bands = [
        Group(
            _near(scene, f"{side}_hand", 0.005),
            [Path((scene.at(f"{side}_hand"), anchor), stroke=DARK, width=0.016, closed=False)],
        )
        for side in ("near", "far")
    ]
    return [door, *bands]
