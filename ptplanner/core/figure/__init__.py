"""Exercise pictures as drawing primitives, from a pose: pure Python, no drawing library."""

from ptplanner.core.figure.primitives import (
    Drawing,
    Path,
    body_extent,
    height_for_body_length,
    printed_body_length,
)
from ptplanner.core.figure.scene import draw_pictures, draw_pose

__all__ = [
    "Drawing",
    "Path",
    "body_extent",
    "draw_pictures",
    "draw_pose",
    "height_for_body_length",
    "printed_body_length",
]
