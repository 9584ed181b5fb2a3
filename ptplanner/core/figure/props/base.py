"""What every prop drawer gets and the shapes they share."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from ptplanner.core.figure.body import Skeleton
from ptplanner.core.figure.camera import Camera
from ptplanner.core.figure.geometry import Point, Vec, rounded_rect
from ptplanner.core.figure.placement import undersides
from ptplanner.core.figure.primitives import Group, Path
from ptplanner.core.pose import BasePosture, Pose

BACK = -1e9  # depth of props behind the whole figure
FRONT = 1e9  # depth of props in front of it
FILL = 0.9
EDGE = 0.3
EDGE_WIDTH = 0.007
DARK = 0.08  # elastic bands stand out against the grey body


@dataclass(frozen=True)
class PropScene:
    """The posed body as a prop sees it: joints on the picture, the floor at y = 0."""

    pose: Pose
    skeleton: Skeleton
    camera: Camera
    ground: float  # what the body rests on: the floor, a mat top, a bed top
    # Every picture of the exercise seen this way, the first picture's first, as (pose, body). Props that
    # stay put (a mat, a counter, a wall, a chair) are placed from them, so they stand still from picture
    # to picture.
    fellows: tuple[tuple[Pose, Skeleton], ...] = ()

    @property
    def bodies(self) -> tuple[Skeleton, ...]:
        return tuple(body for _, body in self.fellows) or (self.skeleton,)

    def first(self) -> PropScene:
        """The scene of the exercise's first picture seen this way: where a fixed prop is placed from."""
        if not self.fellows:
            return self
        pose, body = self.fellows[0]
        return replace(self, pose=pose, skeleton=body, fellows=())

    def seated(self) -> PropScene:
        """The scene of the first picture that sits, else this one: a seat stays where it was sat on."""
        for pose, body in self.fellows:
            if pose.base is BasePosture.SITTING:
                return replace(self, pose=pose, skeleton=body, fellows=())
        return self

    def at(self, joint: str) -> Point:
        return self.camera.screen(self.skeleton.joints[joint])

    def world(self, joint: str) -> Vec:
        return self.skeleton.joints[joint]

    def on_floor(self, joint: str, height: float = 0.0) -> Point:
        """The picture point at `height` above the floor, under or over a joint."""
        x, _, z = self.skeleton.joints[joint]
        return self.camera.screen((x, height, z))

    def holding_hand(self) -> str:
        """The hand that holds a counter or chair: the higher hand in front of the body, else the near one."""
        pelvis = self.at("pelvis")[0]
        ahead = [hand for hand in ("near_hand", "far_hand") if self.at(hand)[0] > pelvis + 0.05]
        ahead = ahead or ["near_hand"]
        return max(ahead, key=lambda hand: self.at(hand)[1] + (0.01 if hand == "near_hand" else 0.0))

    @cached_property
    def lowest(self) -> float:
        return min(y for _, y in undersides(self.skeleton))

    @cached_property
    def extent(self) -> tuple[float, float]:
        """Left and right of the body in every picture seen this way (joint centres, roughly)."""
        xs = [self.camera.screen(p)[0] for body in self.bodies for p in body.joints.values()]
        return min(xs) - 0.08, max(xs) + 0.08


def solid(points: list[Point], fill: float = FILL, edge: float = EDGE) -> Path:
    return Path(tuple(points), fill=fill, stroke=edge, width=EDGE_WIDTH)


def box(
    left: float, bottom: float, right: float, top: float, radius: float = 0.008, fill: float = FILL
) -> Path:
    return solid(rounded_rect(left, bottom, right, top, radius), fill)


def line(*points: Point, grey: float = EDGE, width: float = EDGE_WIDTH * 1.6) -> Path:
    return Path(tuple(points), stroke=grey, width=width, closed=False)


def behind(*paths: Path) -> list[Group]:
    return [Group(BACK, list(paths))]


def in_front(*paths: Path) -> list[Group]:
    return [Group(FRONT, list(paths))]


Span = tuple[float, float]


def slab(scene: PropScene, xs: Span, zs: Span, ys: Span, fills: tuple[float, float]) -> list[Path]:
    """A box in the world seen from above: its top, and the sides that face the viewer in a darker grey.

    `xs`, `zs` and `ys` are its (low, high) ends along each axis; `fills` the grey of the top and sides.
    """
    (x0, x1), (z0, z1), (bottom, top) = xs, zs, ys
    corners = [(x0, z0), (x1, z0), (x1, z1), (x0, z1)]
    outward = [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)]  # of the edge from each corner to the next
    toward = scene.camera.toward
    paths = [solid([scene.camera.screen((x, top, z)) for x, z in corners], fill=fills[0])]
    for index, (ox, oz) in enumerate(outward):
        if ox * toward[0] + oz * toward[2] > 0.05:
            ends = (corners[index], corners[(index + 1) % 4])
            side = [(x, top, z) for x, z in ends] + [(x, bottom, z) for x, z in reversed(ends)]
            paths.append(solid([scene.camera.screen(p) for p in side], fill=fills[1]))
    return paths
