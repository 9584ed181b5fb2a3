"""A pool: the water at a fixed depth, and the side of the pool held at its edge.

Both stay put from one picture to the next, as a real pool does: the body rises on its toes or
sinks into a squat against them, and the water stops at the pool's wall instead of running over it.
"""

from __future__ import annotations

import math

from ptplanner.core.figure.primitives import Group, Path
from ptplanner.core.figure.props.base import EDGE, EDGE_WIDTH, PropScene, behind, box, in_front
from ptplanner.core.pose import Prop

WATER_LEVEL = 0.61  # at the waist of someone standing, about 105 cm deep
DECK_TOP = 0.69  # the edge held below the chest, about 14 cm above the water
LIP = 0.04  # how far the deck reaches out over the water, where the hand holds it
TILE = 0.8  # grey of the pool's wall and the ground behind it
DECK = 0.55
BACK_WALL = 0.95  # the pool's wall behind the body, below the tiles: light, so the water over it shows
TILE_JOINT = 0.08


def pool_wall(scene: PropScene) -> float | None:
    """Where the pool's wall faces the water, on the picture; None when no edge is held."""
    if Prop.POOL_EDGE not in scene.pose.props:
        return None
    first = scene.first()  # where the first picture's hand holds it: the pool does not move
    return first.at(first.holding_hand())[0] + LIP - 0.01


def water(scene: PropScene) -> list[Group]:
    """The water over the body from the pool's floor to a wavy line, stopping at the pool's wall."""
    left, right = scene.extent
    left, right = left - 0.25, right + 0.25
    wall = pool_wall(scene)
    if wall is not None:
        right = wall
    count = max(8, round((right - left) / 0.025))
    waves = [
        (left + (right - left) * i / count, WATER_LEVEL + 0.012 * math.sin(i * math.pi / 2.5))
        for i in range(count + 1)
    ]
    waves[-1] = (right, WATER_LEVEL)  # the line meets the wall at the water's level
    body = Path(((left, 0.0), *waves, (right, 0.0)), fill=0.5, opacity=0.28)
    return in_front(body, Path(tuple(waves), stroke=EDGE, width=0.009, closed=False))


def pool_edge(scene: PropScene) -> list[Group]:
    """The side of the pool: its wall from the pool's floor up past the water, and the deck on top,
    its lip over the water where the hand holds it."""
    wall = pool_wall(scene)
    assert wall is not None
    right = max(wall + 0.35, scene.extent[1] + 0.3)
    # The ground beyond the wall has no outline at its far end: it goes on out of the picture.
    ground = Path(((wall, 0.0), (right, 0.0), (right, DECK_TOP), (wall, DECK_TOP)), fill=TILE)
    face = Path(((wall, 0.0), (wall, DECK_TOP - 0.03)), stroke=EDGE, width=EDGE_WIDTH * 1.4, closed=False)
    deck = box(wall - LIP, DECK_TOP - 0.035, right + 0.02, DECK_TOP, radius=0.006, fill=DECK)
    return behind(ground, face, deck)


def pool_side_behind(scene: PropScene) -> list[Group]:
    """The side of the pool just behind the body, seen from the front: its wall across the picture from
    the pool's floor up past the water, the deck's edge on top; the water stays in front of it."""
    left, right = scene.extent
    left, right = left - 0.25, right + 0.25
    wall = Path(((left, 0.0), (right, 0.0), (right, DECK_TOP), (left, DECK_TOP)), fill=BACK_WALL)
    # The band of tiles along the water line, as pools have, sets the wall apart from the water.
    tiles = box(left, WATER_LEVEL - 0.06, right, DECK_TOP - 0.03, radius=0.0, fill=TILE)
    joints = [
        Path(((x, WATER_LEVEL - 0.06), (x, DECK_TOP - 0.03)), stroke=EDGE, width=EDGE_WIDTH * 0.6, closed=False)
        for x in _steps(left, right, TILE_JOINT)
    ]
    deck = box(left, DECK_TOP - 0.035, right, DECK_TOP + 0.01, radius=0.006, fill=DECK)
    return behind(wall, tiles, *joints, deck)


def _steps(left: float, right: float, gap: float) -> list[float]:
    count = int((right - left) / gap)
    return [left + gap * (i + 0.5) for i in range(count)]
