"""Orthographic views of the 3-D figure."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ptplanner.core.figure.geometry import Point, Vec, cross, dot
from ptplanner.core.pose import View

ABOVE_ELEVATION = 35.0
BACK_ELEVATION = 35.0
CORNER_TURN = 45.0  # lying on the back: seen well past the feet, so both knees show
SIDE_LYING_CORNER_TURN = 30.0  # lying on one side: seen more from the front, so the lower arm shows
SIDE_LYING_CORNER_ELEVATION = 20.0  # and lower, so a knee or hip that lifts goes up the picture


@dataclass(frozen=True)
class Camera:
    right: Vec
    up: Vec
    toward: Vec  # from the scene to the viewer

    def screen(self, point: Vec) -> Point:
        return (dot(point, self.right), dot(point, self.up))

    def depth(self, point: Vec) -> float:
        return dot(point, self.toward)

    def looks_level(self) -> bool:
        """True when the floor is seen edge-on, as a line."""
        return abs(self.up[1] - 1.0) < 1e-9


def _camera(turn: float, elevation: float) -> Camera:
    """The side view turned `turn` degrees toward the right-hand end, then raised `elevation` degrees."""
    turn, elevation = math.radians(turn), math.radians(elevation)
    toward = (
        math.cos(elevation) * math.sin(turn),
        math.sin(elevation),
        math.cos(elevation) * math.cos(turn),
    )
    right = (math.cos(turn), 0.0, -math.sin(turn))
    return Camera(right, cross(toward, right), toward)


CAMERAS = {
    View.SIDE: _camera(0.0, 0.0),
    View.FRONT: _camera(90.0, 0.0),
    # From behind and a little above: the floor and what the person faces show beyond them, and the
    # feet point up the picture, toward it.
    View.BACK: _camera(-90.0, BACK_ELEVATION),
    View.ABOVE: _camera(0.0, ABOVE_ELEVATION),
    # Seen from the side the feet point to (here to the right), and above: the bent knees show,
    # and a knee that falls out moves across the picture. camera_for() turns it to the feet.
    View.CORNER: _camera(CORNER_TURN, ABOVE_ELEVATION),
}


def camera_for(view: View, feet: Vec = (1.0, 0.0, 0.0), on_side: bool = False) -> Camera:
    """The camera of a view; the corner view looks from the end that `feet` points to."""
    if view is not View.CORNER:
        return CAMERAS[view]
    turn = SIDE_LYING_CORNER_TURN if on_side else CORNER_TURN
    elevation = SIDE_LYING_CORNER_ELEVATION if on_side else ABOVE_ELEVATION
    return _camera(turn if feet[0] >= 0 else -turn, elevation)
