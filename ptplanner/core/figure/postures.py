"""The base postures: how the body lies in the world and its usual joint angles."""

from __future__ import annotations

from dataclasses import dataclass, field

from ptplanner.core.figure.geometry import Vec
from ptplanner.core.pose import ANGLE_FIELDS, BasePosture, Pose


@dataclass(frozen=True)
class Posture:
    up: Vec  # where the head points from the pelvis
    front: Vec  # where the belly faces
    angles: dict[str, float] = field(default_factory=dict)
    rests_on_trunk: bool = False  # lying or on all fours: the body settles onto what holds it up


HEAD_LEFT_FACE_UP = ((-1.0, 0.0, 0.0), (0.0, 1.0, 0.0))
HEAD_RIGHT_FACE_DOWN = ((1.0, 0.0, 0.0), (0.0, -1.0, 0.0))
UPRIGHT_FACING_RIGHT = ((0.0, 1.0, 0.0), (1.0, 0.0, 0.0))


def both(**angles: float) -> dict[str, float]:
    """The same angle for the near and far side: both(knee=90) -> near_knee, far_knee."""
    return {f"{side}_{name}": value for name, value in angles.items() for side in ("near", "far")}


POSTURES = {
    BasePosture.STANDING: Posture(*UPRIGHT_FACING_RIGHT, both(elbow=8, ankle=0)),
    BasePosture.SITTING: Posture(*UPRIGHT_FACING_RIGHT, both(hip=90, knee=90, shoulder=20, elbow=55)),
    BasePosture.KNEELING: Posture(
        *UPRIGHT_FACING_RIGHT, both(knee=90, ankle=88, elbow=8), rests_on_trunk=True
    ),
    BasePosture.HALF_KNEELING: Posture(
        *UPRIGHT_FACING_RIGHT,
        {"near_hip": 90, "near_knee": 90, "far_hip": -10, "far_knee": 100, "far_ankle": 70, **both(elbow=8)},
    ),
    BasePosture.SUPINE: Posture(*HEAD_LEFT_FACE_UP, both(elbow=5), rests_on_trunk=True),
    BasePosture.HOOK_LYING: Posture(
        *HEAD_LEFT_FACE_UP, both(hip=40, knee=118, ankle=26, elbow=5), rests_on_trunk=True
    ),
    BasePosture.PRONE: Posture(
        *HEAD_RIGHT_FACE_DOWN, {**both(ankle=60, elbow=5), "head": -15}, rests_on_trunk=True
    ),
    BasePosture.PRONE_ON_ELBOWS: Posture(
        *HEAD_RIGHT_FACE_DOWN,
        # Lying on the stomach, chest up on the forearms: belly, thighs and forearms on the floor.
        {**both(ankle=60, shoulder=60, elbow=90), "trunk": -30, "head": 0},
        rests_on_trunk=True,
    ),
    BasePosture.HANDS_AND_KNEES: Posture(
        # Hands under the shoulders, knees under the hips, both resting on the floor.
        *HEAD_RIGHT_FACE_DOWN, both(shoulder=100, elbow=15, hip=90, knee=100, ankle=60), rests_on_trunk=True
    ),
    BasePosture.SIDE_LYING: Posture(
        (1.0, 0.0, 0.0),
        (0.0, 0.0, 1.0),
        {
            # Knees bent in front, the lower arm stretched out under the head, the upper arm along
            # the side with the hand on the hip: clear from any view, never pointing into the floor.
            **both(hip=45, knee=90, ankle=20),
            "far_shoulder": 165,
            "far_elbow": 10,
            "near_shoulder": 5,
            "near_shoulder_abduction": 8,
            "near_elbow": 5,
            **both(hip_abduction=-10),
        },
        rests_on_trunk=True,
    ),
}


def resolved_angles(pose: Pose) -> dict[str, float]:
    """Every joint angle of the pose: its own, else its base posture's, else 0."""
    return {**dict.fromkeys(ANGLE_FIELDS, 0.0), **POSTURES[pose.base].angles, **pose.angles()}
