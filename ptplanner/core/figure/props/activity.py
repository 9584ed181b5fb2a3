"""Things of daily life, work and hobbies: something to step over, a desk with a screen, a kneeling pad
and a garden bed, a golf club and a shelf overhead (the pool is in pool.py)."""

from __future__ import annotations

import math

from ptplanner.core.figure.body import Skeleton
from ptplanner.core.figure.geometry import Point, capsule, circle
from ptplanner.core.figure.primitives import Group, Path
from ptplanner.core.figure.props.base import PropScene, behind, box, in_front, line, solid
from ptplanner.core.pose import BasePosture

OBSTACLE = (0.05, 0.16, 0.08)  # gap ahead of the toes, length and height of a shoe box
DESK_TOP = 0.43  # about 73 cm
DESK_DEPTH = 0.24
SCREEN = (0.6, 0.77)  # bottom and top of the screen: its top at the eyes of someone sitting
SHELF_TOP = 0.92  # a shelf above the shoulders, about 153 cm
SHELF_DEPTH = 0.2
PAD = (0.2, 0.022)  # a kneeling pad's length and thickness
CLUB = 0.5  # a golf club's length
GRIP = 0.22  # of the club, from the hands: the dark grip
COCKED = 0.65  # of it seen when swung up: it points up and back, away from the reader
ITEM = (0.16, 0.11, 0.085, 0.145)  # a light bag: ahead of the standing ankle, width, body and handle top


def obstacle(scene: PropScene) -> list[Group]:
    """A shoe box on the floor just ahead of the foot that stands; the other foot steps over it."""
    gap, length, height = OBSTACLE
    toe = max(scene.at(f"{side}_foot")[0] for side in _standing_feet(scene))
    return behind(
        box(toe + gap, 0.0, toe + gap + length, height, radius=0.006, fill=0.6),
        line((toe + gap, height * 0.7), (toe + gap + length, height * 0.7), width=0.005),
    )


def item_spot(skeleton: Skeleton) -> tuple[float, float]:
    """Where the bag on the floor stands, (x, z) in the world: just ahead of the foot that stands, so it
    stays put from picture to picture while the other foot lifts."""
    joints = skeleton.joints
    low = min(joints[f"{side}_ankle"][1] for side in ("near", "far"))
    ankles = [joints[f"{side}_ankle"] for side in ("near", "far")]
    standing = [ankle for ankle in ankles if ankle[1] < low + 0.02]
    x = sum(ankle[0] for ankle in standing) / len(standing)
    return x + ITEM[0], joints["near_hip"][2]


def item_on_floor(scene: PropScene) -> list[Group]:
    """A light bag on the floor ahead of the standing foot, its handle up, for the free hand to pick up."""
    x, z = item_spot(scene.skeleton)
    _, width, body, handle = ITEM
    (cx, floor), camera = scene.camera.screen((x, 0.0, z)), scene.camera
    half = width / 2
    strap = [(cx - half * 0.6, floor + body), (cx - half * 0.45, floor + handle)]
    strap += [(cx + half * 0.45, floor + handle), (cx + half * 0.6, floor + body)]
    return [
        Group(
            camera.depth((x, 0.0, z)),
            [line(*strap, grey=0.2, width=0.012), box(cx - half, floor, cx + half, floor + body, fill=0.5)],
        )
    ]


def desk(scene: PropScene) -> list[Group]:
    """A desk in front of the body with a screen on it, its top at eye height for someone sitting."""
    scene = scene.seated()  # where it was sat at, in the pictures before or after
    if scene.pose.base is BasePosture.SITTING:
        front = scene.at("near_knee")[0] - 0.1  # the knees fit under it
    else:
        front = max(scene.at(f"{side}_foot")[0] for side in ("near", "far")) + 0.03
    back = front + DESK_DEPTH
    screen_x = back - 0.06
    return behind(
        box(front, DESK_TOP - 0.03, back, DESK_TOP, radius=0.006),
        box(back - 0.04, 0.0, back - 0.015, DESK_TOP - 0.03, radius=0.004),
        box(front + 0.02, 0.0, front + 0.045, DESK_TOP - 0.03, radius=0.004),
        box(screen_x - 0.012, DESK_TOP, screen_x + 0.012, SCREEN[0], radius=0.004, fill=0.5),
        box(screen_x - 0.06, DESK_TOP, screen_x + 0.06, DESK_TOP + 0.012, radius=0.004, fill=0.5),
        box(screen_x - 0.02, SCREEN[0], screen_x + 0.015, SCREEN[1], radius=0.006, fill=0.35),
    )


def kneeling_pad_span(skeleton: Skeleton) -> tuple[float, float, float]:
    """The pad's left and right ends along x and its top: under the lower knee, seen from the side."""
    knee = min((skeleton.joints[f"{side}_knee"] for side in ("near", "far")), key=lambda joint: joint[1])
    length, thickness = PAD
    return knee[0] - length / 2, knee[0] + length / 2, thickness


def kneeling_pad(scene: PropScene) -> list[Group]:
    """A soft pad under the knee that rests on the floor (the lower knee)."""
    left, right, top = kneeling_pad_span(scene.skeleton)
    return behind(box(left, 0.0, right, top, radius=0.008, fill=0.55))


def garden_bed(scene: PropScene) -> list[Group]:
    """A low patch of soil with two small plants, just ahead of the front foot."""
    toe = max(scene.at(f"{side}_foot")[0] for side in ("near", "far"))
    left, right = toe + 0.04, toe + 0.4
    paths: list[Path] = [box(left, 0.0, right, 0.025, radius=0.01, fill=0.55)]
    for x in (left + 0.1, left + 0.26):
        paths.append(line((x, 0.025), (x, 0.09), grey=0.35, width=0.008))
        for dx, dy in ((-0.025, 0.075), (0.025, 0.085), (0.0, 0.11)):
            paths.append(solid(circle((x + dx, dy), 0.022, 16), fill=0.65))
    return behind(*paths)


def golf_club(scene: PropScene) -> list[Group]:
    """A club held in both hands: pointing down to a ball on the floor when the hands are low,
    cocked up and away from the body when they are swung up to the side."""
    hands = _middle(scene.at("near_hand"), scene.at("far_hand"))
    shoulders = _middle(scene.at("near_shoulder"), scene.at("far_shoulder"))
    dx, dy = hands[0] - shoulders[0], hands[1] - shoulders[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    if hands[1] < scene.at("belly")[1]:
        reach = min(CLUB, (hands[1] - 0.015) / max(-uy, 0.3))
        head = (hands[0] + ux * reach, hands[1] + uy * reach)
        ball = solid(circle((head[0] + 0.03, 0.013), 0.013, 14), fill=1.0)
    else:  # the wrists hinge: the club turns a right angle from the arms, upward
        ux, uy = (-uy, ux) if ux >= 0 else (uy, -ux)
        head = (hands[0] + ux * CLUB * COCKED, hands[1] + uy * CLUB * COCKED)
        ball = solid(circle((shoulders[0], 0.013), 0.013, 14), fill=1.0)
    club_head = solid(capsule((head[0] - 0.025, head[1]), (head[0] + 0.03, head[1]), 0.014, 0.014), fill=0.3)
    # Thick enough to read at handout size, with a dark grip so the hands are seen holding it.
    shaft = line(hands, head, grey=0.25, width=0.014)
    grip_end = (hands[0] + (head[0] - hands[0]) * GRIP, hands[1] + (head[1] - hands[1]) * GRIP)
    grip = line(hands, grip_end, grey=0.1, width=0.022)
    return in_front(shaft, grip, club_head) + behind(ball)


def shelf(scene: PropScene) -> list[Group]:
    """A shelf on a wall in front of the body, just above the shoulders, where the feet stand close."""
    toe = max(scene.at(f"{side}_foot")[0] for side in _standing_feet(scene))
    wall = toe + 0.08 + SHELF_DEPTH
    return behind(
        box(wall, 0.0, wall + 0.04, 1.1, radius=0.0, fill=0.84),
        box(wall - SHELF_DEPTH, SHELF_TOP - 0.02, wall, SHELF_TOP, radius=0.004, fill=0.6),
        line((wall - 0.02, SHELF_TOP - 0.02), (wall, SHELF_TOP - 0.1), width=0.008),
    )


def _standing_feet(scene: PropScene) -> list[str]:
    """The feet on the floor: the lower one, or both when they are level."""
    heights = {side: scene.at(f"{side}_heel")[1] for side in ("near", "far")}
    lowest = min(heights.values())
    return [side for side, height in heights.items() if height < lowest + 0.02]


def _middle(a: Point, b: Point) -> Point:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def cart(scene: PropScene) -> list[Group]:
    """A shopping or work cart pushed by its handle, which the front hand holds: basket and wheels ahead."""
    hx, hy = scene.at(scene.holding_hand())
    front = hx + 0.5
    basket = [(hx + 0.06, hy - 0.05), (front, hy - 0.05), (front - 0.03, 0.22), (hx + 0.1, 0.22)]
    paths: list[Path] = [
        line((hx - 0.01, hy), (hx + 0.06, hy - 0.05), grey=0.3, width=0.014),
        solid(basket, fill=0.85),
        line((hx + 0.1, 0.22), (hx + 0.08, 0.05), grey=0.4, width=0.012),
        line((front - 0.03, 0.22), (front - 0.05, 0.05), grey=0.4, width=0.012),
    ]
    for x in (hx + 0.08, front - 0.05):
        paths.append(solid(circle((x, 0.035), 0.035, 16), fill=0.4))
    for fraction in (0.33, 0.66):  # the basket's wires
        y = 0.22 + (hy - 0.05 - 0.22) * fraction
        paths.append(line((hx + 0.08, y), (front - 0.02, y), grey=0.55, width=0.004))
    return behind(*paths)
