"""A pose, its props and its arrow as one drawing; start and end pictures framed alike."""

from __future__ import annotations

from dataclasses import replace

from ptplanner.core.figure.arrows import arrow_paths, motion_arrow
from ptplanner.core.figure.body import Skeleton, pose_skeleton, translate
from ptplanner.core.figure.camera import Camera, camera_for
from ptplanner.core.figure.geometry import Point, cross
from ptplanner.core.figure.placement import rest_on, settle
from ptplanner.core.figure.postures import POSTURES, resolved_angles
from ptplanner.core.figure.primitives import Drawing, Path, bounds
from ptplanner.core.figure.props import PropScene, prop_cushions, prop_groups, prop_lift
from ptplanner.core.figure.silhouette import body_groups, flatten
from ptplanner.core.pose import BasePosture, Pictures, Pose

FLOOR_GREY = 0.35
FLOOR_WIDTH = 0.008
MARGIN = 0.04


def posed_skeleton(pose: Pose) -> Skeleton:
    """The pose's body in the world, resting on the floor or on its props."""
    posture = POSTURES[pose.base]
    skeleton = pose_skeleton(posture.up, posture.front, resolved_angles(pose))

    def cushions(body: Skeleton) -> list[Point]:
        return prop_cushions(pose, body)

    if posture.rests_on_trunk:
        skeleton = settle(skeleton, cushions)
    skeleton = rest_on(skeleton, prop_lift(pose, skeleton), cushions)
    x, z = _anchor(pose, skeleton)
    return translate(skeleton, (-x, 0.0, -z))


def pose_camera(pose: Pose) -> Camera:
    """The camera the pose is seen with: the corner view looks from where its feet point."""
    posture = POSTURES[pose.base]
    feet = tuple(-v for v in posture.up)
    return camera_for(pose.view, feet, on_side=abs(cross(posture.front, posture.up)[1]) > 0.7)


def _anchor(pose: Pose, skeleton: Skeleton) -> tuple[float, float]:
    """Where the figure is kept, as (x, z) in the world: standing figures keep the feet they
    stand on in place, lengthwise; on both feet, also across, so a weight shift to one side
    moves the pelvis over a foot. The others keep their pelvis in place."""
    if pose.base is not BasePosture.STANDING:
        return skeleton.joints["pelvis"][0], 0.0
    soles = {side: skeleton.joints[f"{side}_ankle"] for side in ("near", "far")}
    lowest = min(ankle[1] for ankle in soles.values())
    standing = [ankle for ankle in soles.values() if ankle[1] < lowest + 0.02]
    across = sum(a[2] for a in standing) / 2 if len(standing) == 2 else 0.0
    return sum(a[0] for a in standing) / len(standing), across


def draw_pose(pose: Pose) -> Drawing:
    """One pose with its props, no arrow."""
    return _framed(_pose_paths(pose, posed_skeleton(pose), pose_camera(pose)))


def draw_pictures(pictures: Pictures) -> tuple[Drawing, ...]:
    """The start (with its arrow) and end drawings, in boxes of one size so the figure keeps its scale."""
    skeletons = [posed_skeleton(pose) for pose in pictures.poses()]
    arrow: list[Path] = []
    if pictures.arrow is not None:
        camera = pose_camera(pictures.start)
        end = skeletons[1] if len(skeletons) > 1 and pictures.end.view is pictures.start.view else None
        outlines = [
            path.points
            for group in body_groups(skeletons[0], camera)
            for path in group.paths
            if path.fill is not None
        ]
        arrow = arrow_paths(motion_arrow(pictures.arrow, skeletons[0], end, camera, outlines))
    drawings = [
        _framed(_pose_paths(pose, skeleton, pose_camera(pose)) + (arrow if index == 0 else []))
        for index, (pose, skeleton) in enumerate(zip(pictures.poses(), skeletons, strict=True))
    ]
    width = max(d.width for d in drawings)
    bottom = min(d.bottom for d in drawings)  # floors line up: they are all at y = 0
    height = max(d.bottom + d.height for d in drawings) - bottom
    return tuple(
        replace(d, left=d.left - (width - d.width) / 2, bottom=bottom, width=width, height=height)
        for d in drawings
    )


def _pose_paths(pose: Pose, skeleton: Skeleton, camera: Camera) -> list[Path]:
    scene = PropScene(pose, skeleton, camera, prop_lift(pose, skeleton))
    groups = body_groups(skeleton, camera) + prop_groups(scene)
    paths = flatten(sorted(groups, key=lambda group: group.depth))
    if camera.looks_level():
        left, _, right, _ = bounds(tuple(paths))
        floor = Path(
            ((left - MARGIN, 0.0), (right + MARGIN, 0.0)), stroke=FLOOR_GREY, width=FLOOR_WIDTH, closed=False
        )
        paths.insert(0, floor)
    return paths


def _framed(paths: list[Path]) -> Drawing:
    left, bottom, right, top = bounds(tuple(paths))
    return Drawing(
        tuple(paths), left - MARGIN, bottom - MARGIN, right - left + 2 * MARGIN, top - bottom + 2 * MARGIN
    )
