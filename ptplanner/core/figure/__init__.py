"""Exercise pictures as drawing primitives, from a pose: pure Python, no drawing library."""

from ptplanner.core.figure.primitives import Drawing, Path
from ptplanner.core.figure.scene import draw_pictures, draw_pose

__all__ = ["Drawing", "Path", "draw_pictures", "draw_pose"]
