"""Orthographic views of the 3-D figure."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ptplanner.core.figure.geometry import Point, Vec, dot
from ptplanner.core.pose import View

ABOVE_ELEVATION = math.radians(35)


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


CAMERAS = {
    View.SIDE: Camera((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
    View.FRONT: Camera((0.0, 0.0, -1.0), (0.0, 1.0, 0.0), (1.0, 0.0, 0.0)),
    View.ABOVE: Camera(
        (1.0, 0.0, 0.0),
        (0.0, math.cos(ABOVE_ELEVATION), -math.sin(ABOVE_ELEVATION)),
        (0.0, math.sin(ABOVE_ELEVATION), math.cos(ABOVE_ELEVATION)),
    ),
}
