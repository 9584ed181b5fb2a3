"""Things within reach for safety but not held: a counter beside the body for balance work."""

from __future__ import annotations

from ptplanner.core.figure.primitives import Group
from ptplanner.core.figure.props.base import PropScene, behind, box

COUNTER_BESIDE_TOP = 0.54  # about 92 cm: the hands can drop onto it at once


def counter_beside(scene: PropScene) -> list[Group]:
    """A kitchen counter at its usual height just beside the body, on its far side, longer than the
    body and its reach: there to grab, while the hands do something else."""
    left, right = scene.extent
    top = COUNTER_BESIDE_TOP
    return behind(
        box(left - 0.06, 0.04, right + 0.06, top - 0.04, radius=0.004),
        box(left - 0.1, top - 0.045, right + 0.1, top, radius=0.006, fill=0.8),
    )
