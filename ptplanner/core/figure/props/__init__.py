"""Props drawn around the figure, placed from its joints so they fit every pose."""

from __future__ import annotations

from ptplanner.core.figure.body import Skeleton
from ptplanner.core.figure.geometry import Point
from ptplanner.core.figure.primitives import Group
from ptplanner.core.figure.props.base import PropScene
from ptplanner.core.figure.props.catalog import CUSHIONS, DRAWERS, LIFTS
from ptplanner.core.pose import Pose

__all__ = ["PropScene", "prop_cushions", "prop_groups", "prop_lift"]


def prop_lift(pose: Pose, skeleton: Skeleton) -> float:
    """How high the body rests: on the floor, a mat, a bed, a step or bike pedals."""
    return max((LIFTS[prop](pose, skeleton) for prop in pose.props if prop in LIFTS), default=0.0)


def prop_cushions(pose: Pose, skeleton: Skeleton) -> list[Point]:
    """Points below the body that props hold up, as extra places it can rest on."""
    return [point for prop in pose.props if prop in CUSHIONS for point in CUSHIONS[prop](skeleton)]


def prop_groups(scene: PropScene) -> list[Group]:
    return [group for prop in scene.pose.props for group in DRAWERS[prop](scene)]
