"""Things held or ridden: band, dowel, walker, cane, bags, box, and exercise bikes."""

from __future__ import annotations

import math

from ptplanner.core.figure.body import HEAD_RADIUS, Section, Skeleton
from ptplanner.core.figure.geometry import Point, capsule, circle
from ptplanner.core.figure.primitives import Group, Path
from ptplanner.core.figure.props.base import DARK, PropScene, behind, box, in_front, line, solid
from ptplanner.core.figure.props.furniture import THIGH_UNDERSIDE
from ptplanner.core.pose import Pose

FRAME = 0.45  # grey of metal frames
PEDAL_CLEARANCE = 0.1
BAND = 0.012


def band_to_door(scene: PropScene) -> list[Group]:
    first = scene.first()  # the door stays where the first picture puts it
    px, _ = first.at("pelvis")
    anchor = (px + 0.62, first.at("near_shoulder")[1] - 0.12)
    door = box(anchor[0], 0.0, anchor[0] + 0.05, 1.08, radius=0.0, fill=0.84)
    knob = solid(circle((anchor[0] - 0.004, anchor[1]), 0.016, 16), fill=0.6)
    far = Path((scene.at("far_hand"), anchor), stroke=DARK, width=BAND, closed=False)
    near = Path((scene.at("near_hand"), anchor), stroke=DARK, width=BAND, closed=False)
    return behind(door, knob, far) + in_front(near)


def dowel(scene: PropScene) -> list[Group]:
    sacrum = _back_point(scene, scene.skeleton.sections[1], 0.01)
    upper = _back_point(scene, scene.skeleton.sections[3], 0.01)
    hx, hy = scene.at("head")
    # The stick touches the back of the head, the upper back and the sacrum: it runs from the sacrum
    # past whichever of the other two stands further back, so it never cuts through the head.
    back = scene.camera.screen(tuple(-c for c in scene.skeleton.sections[4].front))
    head_back = (hx + back[0] * (HEAD_RADIUS + 0.012), hy + back[1] * (HEAD_RADIUS + 0.012))

    def leaning_back(point: Point) -> tuple[float, float, float]:
        ux, uy = point[0] - sacrum[0], point[1] - sacrum[1]
        length = math.hypot(ux, uy)
        return (ux * back[0] + uy * back[1]) / length, ux / length, uy / length

    _, ux, uy = max(leaning_back(upper), leaning_back(head_back))
    reach = (hx - sacrum[0]) * ux + (hy - sacrum[1]) * uy
    start = (sacrum[0] - ux * 0.14, sacrum[1] - uy * 0.14)
    end = (sacrum[0] + ux * (reach + 0.22), sacrum[1] + uy * (reach + 0.22))
    depth = scene.camera.depth(scene.world("pelvis")) - 0.01
    return [Group(depth, [Path((start, end), stroke=0.42, width=0.022, closed=False)])]


def walker(scene: PropScene) -> list[Group]:
    hx, hy = scene.at(scene.holding_hand())
    back, front = hx - 0.05, hx + 0.22
    paths = [
        line((back, hy - 0.01), (front, hy - 0.01), grey=FRAME, width=0.02),
        line((back, hy - 0.01), (back - 0.02, 0.0), grey=FRAME, width=0.018),
        line((front, hy - 0.01), (front + 0.02, 0.045), grey=FRAME, width=0.018),
        line((back - 0.01, hy * 0.45), (front + 0.01, hy * 0.45), grey=FRAME, width=0.014),
        solid(circle((front + 0.02, 0.045), 0.045, 20), fill=0.7),
    ]
    return in_front(*paths)


def cane(scene: PropScene) -> list[Group]:
    hx, hy = scene.at("near_hand")
    tip = (hx + 0.06, 0.0)
    handle = [(hx - 0.05, hy + 0.01), (hx + 0.01, hy + 0.035), (hx + 0.04, hy + 0.01)]
    return in_front(
        line((hx + 0.03, hy + 0.02), tip, grey=FRAME, width=0.018), line(*handle, grey=FRAME, width=0.02)
    )


def bags(scene: PropScene) -> list[Group]:
    groups = []
    for side in ("far", "near"):
        hx, hy = scene.at(f"{side}_hand")
        bag = box(hx - 0.075, hy - 0.23, hx + 0.075, hy - 0.05, radius=0.02, fill=0.8)
        handle = line((hx - 0.04, hy - 0.05), (hx - 0.02, hy), (hx + 0.02, hy), (hx + 0.04, hy - 0.05))
        depth = scene.camera.depth(scene.world(f"{side}_hand")) + 0.01
        groups.append(Group(depth, [handle, bag]))
    return groups


def box_to_lift(scene: PropScene) -> list[Group]:
    hx, hy = scene.at("near_hand")
    bottom = max(hy - 0.09, 0.0)
    depth = scene.camera.depth(scene.world("pelvis")) + 0.001
    return [
        Group(
            depth,
            [
                box(hx - 0.08, bottom, hx + 0.16, bottom + 0.19, radius=0.01, fill=0.78),
                line((hx - 0.08, bottom + 0.15), (hx + 0.16, bottom + 0.15), width=0.005),
            ],
        )
    ]


def bike(scene: PropScene) -> list[Group]:
    saddle_x, saddle_y = scene.at("pelvis")[0] - 0.01, scene.at("near_hip")[1] - THIGH_UNDERSIDE
    crank = _crank(scene)
    hx, hy = scene.at(scene.holding_hand())
    base_front = max(hx, crank[0]) + 0.2
    paths = [
        line((saddle_x - 0.25, 0.02), (base_front + 0.05, 0.02), grey=FRAME, width=0.03),
        line((saddle_x - 0.03, saddle_y - 0.02), (crank[0] - 0.02, 0.03), grey=FRAME, width=0.032),
        line((hx + 0.02, hy - 0.02), (base_front - 0.1, 0.03), grey=FRAME, width=0.032),
        line(crank, ((crank[0] + base_front) / 2 - 0.05, 0.2), grey=FRAME, width=0.02),
        solid(circle(((crank[0] + base_front) / 2, 0.2), 0.12, 32), fill=0.85),
        solid(
            capsule((saddle_x - 0.08, saddle_y - 0.012), (saddle_x + 0.07, saddle_y - 0.012), 0.02, 0.012),
            fill=0.5,
        ),
        line((hx - 0.05, hy - 0.02), (hx + 0.04, hy - 0.02), grey=FRAME, width=0.024),
    ]
    return behind(*paths) + _pedals(scene, crank)


def recumbent_bike(scene: PropScene) -> list[Group]:
    seat_y = scene.at("near_hip")[1] - THIGH_UNDERSIDE
    px = scene.at("pelvis")[0]
    backrest = _back_point(scene, scene.skeleton.sections[4], 0.015)
    low_back = _back_point(scene, scene.skeleton.sections[1], 0.015)
    crank = _crank(scene)
    paths = [
        line((px - 0.3, 0.02), (crank[0] + 0.15, 0.02), grey=FRAME, width=0.03),
        line((px - 0.02, seat_y - 0.03), (px - 0.02, 0.02), grey=FRAME, width=0.032),
        line((px - 0.02, 0.08), (crank[0] - 0.04, crank[1] - 0.02), grey=FRAME, width=0.032),
        line((crank[0] - 0.04, crank[1] - 0.02), (crank[0] + 0.1, 0.02), grey=FRAME, width=0.032),
        solid(circle((crank[0] - 0.03, crank[1]), 0.1, 32), fill=0.85),
        solid(capsule(low_back, backrest, 0.03, 0.03), fill=0.5),
        box(px - 0.16, seat_y - 0.04, px + 0.12, seat_y, radius=0.02, fill=0.5),
        line((px - 0.02, seat_y + 0.03), (px + 0.1, seat_y + 0.03), grey=FRAME, width=0.018),
    ]
    return behind(*paths) + _pedals(scene, crank)


def bike_lift(pose: Pose, skeleton: Skeleton) -> float:
    return PEDAL_CLEARANCE


def _crank(scene: PropScene) -> Point:
    feet = [scene.at(f"{side}_{part}") for side in ("near", "far") for part in ("heel", "foot")]
    return (sum(p[0] for p in feet) / 4, sum(p[1] for p in feet) / 4)


def _pedals(scene: PropScene, crank: Point) -> list[Group]:
    groups = []
    for side in ("far", "near"):
        heel, toe = scene.at(f"{side}_heel"), scene.at(f"{side}_foot")
        pedal = ((heel[0] + 2 * toe[0]) / 3, (heel[1] + 2 * toe[1]) / 3)
        depth = scene.camera.depth(scene.world(f"{side}_ankle")) - 0.001
        groups.append(Group(depth, [line(crank, pedal, grey=0.3, width=0.016)]))
    return groups


def _back_point(scene: PropScene, section: Section, gap: float) -> Point:
    reach = section.half_depth + gap
    point = tuple(section.center[i] - section.front[i] * reach for i in range(3))
    return scene.camera.screen(point)
