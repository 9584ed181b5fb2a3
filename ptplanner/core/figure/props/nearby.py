"""Things beside the body for safety: a counter within reach for balance work, a handrail to hold."""

from __future__ import annotations

from ptplanner.core.figure.primitives import Group
from ptplanner.core.figure.props.base import PropScene, behind, box

COUNTER_BESIDE_TOP = 0.54  # about 92 cm: the hands can drop onto it at once
RAIL_BESIDE_TOP = 0.56  # a handrail about 95 cm above the floor


def counter_beside(scene: PropScene) -> list[Group]:
    """A kitchen counter at its usual height just beside the body, on its far side, longer than the
    body and its reach: there to grab, while the hands do something else."""
    left, right = scene.extent
    top = COUNTER_BESIDE_TOP
    return behind(
        box(left - 0.06, 0.04, right + 0.06, top - 0.04, radius=0.004),
        box(left - 0.1, top - 0.045, right + 0.1, top, radius=0.006, fill=0.8),
    )


def rail_beside(scene: PropScene) -> list[Group]:
    """A handrail on two posts just beside the body, on its far side, at one height above the floor
    whatever the body does: the far hand holds it."""
    left, right = scene.extent
    top = RAIL_BESIDE_TOP
    return behind(
        box(left - 0.04, 0.0, left - 0.015, top, radius=0.004, fill=0.6),
        box(right + 0.015, 0.0, right + 0.04, top, radius=0.004, fill=0.6),
        box(left - 0.06, top - 0.025, right + 0.06, top, radius=0.012, fill=0.6),
    )
