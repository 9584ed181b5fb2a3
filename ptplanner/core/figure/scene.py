"""A pose, its props and its arrow as one drawing; the pictures of one exercise framed alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ptplanner.core.figure.arrows import arrow_paths, motion_arrow
from ptplanner.core.figure.body import Skeleton, pose_skeleton, translate
from ptplanner.core.figure.camera import Camera, camera_for
from ptplanner.core.figure.geometry import Point, Vec, cross, dot, scale, sub
from ptplanner.core.figure.muscles import muscle_shading
from ptplanner.core.figure.placement import rest_on, settle
from ptplanner.core.figure.postures import POSTURES, resolved_angles
from ptplanner.core.figure.primitives import Box, Drawing, Path, bounds
from ptplanner.core.figure.props import PropScene, prop_cushions, prop_groups, prop_lift
from ptplanner.core.figure.props.ground import floor_patch
from ptplanner.core.figure.silhouette import body_groups, flatten
from ptplanner.core.pose import BasePosture, Direction, Pictures, Pose

FLOOR_GREY = 0.35
FLOOR_WIDTH = 0.008
FLOOR_OVERHANG = 0.03  # the floor line reaches this far past what stands on it
MARGIN = 0.01  # around everything drawn (strokes included): a frame tight on the body and its props


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


def posed_skeletons(poses: Sequence[Pose]) -> list[Skeleton]:
    """The bodies of one exercise's pictures, in order: a pose's `planted` foot stays where it stood in
    the picture before, so a step forward moves the body forward, past the props that stay put."""
    skeletons = [posed_skeleton(pose) for pose in poses]
    for index, pose in enumerate(poses[1:], start=1):
        if pose.planted is not None:
            joint = pose.planted.replace("_foot", "_ankle")
            (bx, _, bz), (nx, _, nz) = skeletons[index - 1].joints[joint], skeletons[index].joints[joint]
            skeletons[index] = translate(skeletons[index], (bx - nx, 0.0, bz - nz))
    return skeletons


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
    return _picture(pose, *_pose_paths(pose, posed_skeleton(pose), pose_camera(pose)))


def draw_pictures(pictures: Pictures) -> tuple[Drawing, ...]:
    """The drawings of `pictures.poses()` with their arrows, in boxes of one size: one scale for all."""
    poses = pictures.poses()
    skeletons = posed_skeletons(poses)
    drawings = []
    placed_all = placed_arrows(pictures, skeletons)
    for pose, skeleton, placed, arrow in zip(poses, skeletons, placed_all, pictures.arrows(), strict=True):
        paths, body = _pose_paths(pose, skeleton, pose_camera(pose), fellows(poses, skeletons, pose))
        if placed is not None and arrow is not None:
            paths += arrow_paths(placed[0], -arrow.curve if pose.mirrored else arrow.curve)
        drawings.append(_picture(pose, paths, body))
    width = max(d.width for d in drawings)
    # Floors seen edge-on line up: they are all at y = 0. A picture seen from above has no such
    # line; it is centred up and down instead, so it does not make the shared frame taller.
    level = [pose_camera(pose).looks_level() for pose in poses]
    flat = [d for d, is_level in zip(drawings, level, strict=True) if is_level] or drawings
    bottom = min(d.bottom for d in flat)
    height = max([d.bottom + d.height - bottom for d in flat] + [d.height for d in drawings])
    return tuple(
        replace(
            d,
            left=d.left - (width - d.width) / 2,
            bottom=bottom if is_level else d.bottom - (height - d.height) / 2,
            width=width,
            height=height,
        )
        for d, is_level in zip(drawings, level, strict=True)
    )


# An arrow as (tail, tip), or None when its point does not move; and the outlines it keeps clear of.
PlacedArrow = tuple[tuple[Point, Point] | None, list[tuple[Point, ...]]]


def placed_arrows(pictures: Pictures, skeletons: Sequence[Skeleton]) -> list[PlacedArrow | None]:
    """Each picture's arrow (None for a picture without one) and the body outlines it was kept clear of,
    as the picture is before it is mirrored. An arrow without a direction points to where its body
    point is in the next picture, when that is seen the same way."""
    poses = pictures.poses()
    placed: list[PlacedArrow | None] = []
    for index, (pose, skeleton, arrow) in enumerate(zip(poses, skeletons, pictures.arrows(), strict=True)):
        if arrow is None:
            placed.append(None)
            continue
        camera = pose_camera(pose)
        following = None
        if index + 1 < len(poses) and poses[index + 1].view is pose.view:
            following = skeletons[index + 1]
            if poses[index + 1].mirrored is not pose.mirrored:  # where it is seen, not where it is
                following = _reflected(following, camera)
        if pose.mirrored:  # drawn before the picture is mirrored: as the reader will see it, after
            direction = MIRRORED_DIRECTIONS.get(arrow.direction, arrow.direction)
            arrow = arrow.model_copy(update={"direction": direction, "curve": -arrow.curve})
        outlines = [
            path.points
            for group in body_groups(skeleton, camera)
            for path in group.paths
            if path.fill is not None
        ]
        placed.append((motion_arrow(arrow, skeleton, following, camera, outlines), outlines))
    return placed


MIRRORED_DIRECTIONS = {Direction.LEFT: Direction.RIGHT, Direction.RIGHT: Direction.LEFT}


def _reflected(skeleton: Skeleton, camera: Camera) -> Skeleton:
    """The skeleton as its mirrored picture shows it: reflected across the camera's upright plane."""

    def reflect(v: Vec) -> Vec:
        return sub(v, scale(camera.right, 2 * dot(v, camera.right)))

    return skeleton.moved(reflect, reflect)


def _picture(pose: Pose, paths: list[Path], body: Box) -> Drawing:
    if pose.mirrored:
        paths = [replace(path, points=tuple((-x, y) for x, y in path.points)) for path in paths]
        body = (-body[2], body[1], -body[0], body[3])
    return _framed(paths, body)


def fellows(
    poses: Sequence[Pose], skeletons: Sequence[Skeleton], pose: Pose
) -> tuple[tuple[Pose, Skeleton], ...]:
    """The pictures seen the same way as `pose`, in order, as (pose, body): a prop that stays put is placed
    from them, so it stands at the same place in each."""
    return tuple(
        (other, body) for other, body in zip(poses, skeletons, strict=True) if other.view is pose.view
    )


def _pose_paths(
    pose: Pose, skeleton: Skeleton, camera: Camera, others: tuple[tuple[Pose, Skeleton], ...] = ()
) -> tuple[list[Path], Box]:
    """Everything drawn for the pose, back to front, and the box around the body alone."""
    scene = PropScene(pose, skeleton, camera, prop_lift(pose, skeleton), others)
    shading = muscle_shading(pose.working, skeleton, camera)
    body = body_groups(skeleton, camera, shading)
    body_box = bounds(tuple(path for group in body for path in group.paths if path.fill is not None))
    props = prop_groups(scene)
    if not camera.looks_level() and pose.base is BasePosture.STANDING:
        props += floor_patch(scene)  # the floor line's stand-in: seen from above, a standing body floats
    paths = flatten(sorted(body + props, key=lambda group: group.depth))
    if camera.looks_level():
        left, _, right, _ = bounds(tuple(paths))
        floor = Path(
            ((left - FLOOR_OVERHANG, 0.0), (right + FLOOR_OVERHANG, 0.0)),
            stroke=FLOOR_GREY,
            width=FLOOR_WIDTH,
            closed=False,
        )
        paths.insert(0, floor)
    return paths, body_box


def _framed(paths: list[Path], body: Box) -> Drawing:
    left, bottom, right, top = bounds(tuple(paths))
    return Drawing(
        tuple(paths),
        left - MARGIN,
        bottom - MARGIN,
        right - left + 2 * MARGIN,
        top - bottom + 2 * MARGIN,
        body=body,
    )
