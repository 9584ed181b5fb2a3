"""The bundled exercises' pictures as their props see them, for tests that check a picture's geometry."""

import math

from ptplanner.core.figure.props import PropScene, prop_lift
from ptplanner.core.figure.scene import fellows, pose_camera, posed_skeletons
from ptplanner.core.library import load_library
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())


def exercise_scenes(exercise_id: str) -> list[PropScene]:
    """Each picture of the exercise as its props see it, with the pictures that place the fixed props."""
    poses = LIBRARY.exercises[exercise_id].pictures.poses()
    bodies = posed_skeletons(poses)
    return [
        PropScene(pose, body, pose_camera(pose), prop_lift(pose, body), fellows(poses, bodies, pose))
        for pose, body in zip(poses, bodies, strict=True)
    ]


def to_segment(point, a, b) -> float:
    """How far a point on the picture is from the line drawn from a to b."""
    ab = (b[0] - a[0], b[1] - a[1])
    t = max(0.0, min(1.0, ((point[0] - a[0]) * ab[0] + (point[1] - a[1]) * ab[1]) / (ab[0] ** 2 + ab[1] ** 2)))
    return math.dist(point, (a[0] + ab[0] * t, a[1] + ab[1] * t))
