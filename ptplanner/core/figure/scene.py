"""A pose, its props and its arrow as one drawing; start and end pictures framed alike."""

from __future__ import annotations

from dataclasses import replace

from ptplanner.core.figure.arrows import arrow_paths, motion_arrow
from ptplanner.core.figure.body import Skeleton, pose_skeleton, translate
from ptplanner.core.figure.camera import CAMERAS, Camera
from ptplanner.core.figure.geometry import Point
from ptplanner.core.figure.placement import rest_on, settle
from ptplanner.core.figure.postures import POSTURES, resolved_angles
from ptplanner.core.figure.primitives import Drawing, Path, bounds
from ptplanner.core.figure.props import BACK, PropScene, prop_cushions, prop_groups, prop_lift
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
    skeleton = rest_on(skeleton, prop_lift(pose), cushions)
    anchor = "pelvis" if pose.base is not BasePosture.STANDING else "near_ankle"
    return translate(skeleton, (-skeleton.joints[anchor][0], 0.0, 0.0))


def draw_pose(pose: Pose, arrow: list[Path] | None = None) -> Drawing:
    camera = CAMERAS[pose.view]
    return _framed(_pose_paths(pose, posed_skeleton(pose), camera) + (arrow or []))


def draw_pictures(pictures: Pictures) -> tuple[Drawing, ...]:
    """The start (with its arrow) and end drawings, in boxes of one size so the figure keeps its scale."""
    skeletons = [posed_skeleton(pose) for pose in pictures.poses()]
    arrow: list[Path] = []
    if pictures.arrow is not None:
        camera = CAMERAS[pictures.start.view]
        end = skeletons[1] if len(skeletons) > 1 and pictures.end.view is pictures.start.view else None
        start_paths = _pose_paths(pictures.start, skeletons[0], camera)
        arrow = arrow_paths(motion_arrow(pictures.arrow, skeletons[0], end, camera, bounds(tuple(start_paths))))
    drawings = [
        _framed(_pose_paths(pose, skeleton, CAMERAS[pose.view]) + (arrow if index == 0 else []))
        for index, (pose, skeleton) in enumerate(zip(pictures.poses(), skeletons))
    ]
    width = max(d.width for d in drawings)
    height = max(d.height for d in drawings)
    bottom = min(d.bottom for d in drawings)
    return tuple(
        replace(d, left=d.left - (width - d.width) / 2, bottom=bottom, width=width, height=height) for d in drawings
    )


def _pose_paths(pose: Pose, skeleton: Skeleton, camera: Camera) -> list[Path]:
    scene = PropScene(pose, skeleton, camera)
    groups = body_groups(skeleton, camera) + prop_groups(scene)
    paths = flatten(sorted(groups, key=lambda group: group.depth))
    if camera.looks_level():
        left, _, right, _ = bounds(tuple(paths))
        floor = Path(((left - MARGIN, 0.0), (right + MARGIN, 0.0)), stroke=FLOOR_GREY, width=FLOOR_WIDTH, closed=False)
        paths.insert(0, floor)
    return paths


def _framed(paths: list[Path]) -> Drawing:
    left, bottom, right, top = bounds(tuple(paths))
    return Drawing(tuple(paths), left - MARGIN, bottom - MARGIN, right - left + 2 * MARGIN, top - bottom + 2 * MARGIN)


__all__ = ["BACK", "draw_pictures", "draw_pose", "posed_skeleton"]
