"""Closed vocabularies used to file, filter and check exercises."""

from enum import StrEnum


class Category(StrEnum):
    PELVIC_STABILIZATION = "pelvic stabilization"
    CORE_STRENGTHENING = "core strengthening"
    HIP_STRENGTHENING = "hip strengthening"
    FLEXIBILITY = "flexibility and mobility"
    POSTURE = "posture and body mechanics"
    GAIT_BALANCE = "gait and balance"
    ACTIVITY = "gradual activity increase"


class Position(StrEnum):
    HOOK_LYING = "hook-lying"
    SUPINE = "supine"
    SIDE_LYING = "side-lying"
    PRONE = "prone"
    HANDS_AND_KNEES = "hands-and-knees"
    SITTING = "sitting"
    STANDING = "standing"


class Region(StrEnum):
    HIP = "hip"
    PELVIS = "pelvis"
    TRUNK = "trunk"
    LOW_BACK = "low back"
    KNEE = "knee"
    ANKLE = "ankle"
    WHOLE_BODY = "whole body"


class Muscle(StrEnum):
    GLUTES = "glutes"
    HIP_ABDUCTORS = "hip abductors"
    ADDUCTORS = "adductors"
    HIP_FLEXORS = "hip flexors"
    HAMSTRINGS = "hamstrings"
    QUADRICEPS = "quadriceps"
    DEEP_ABDOMINALS = "deep abdominals"
    OBLIQUES = "obliques"
    LOWER_BACK = "lower back"
    CALVES = "calves"
    UPPER_BACK = "upper back"
    DIAPHRAGM = "diaphragm"


class Equipment(StrEnum):
    MAT = "mat"
    PILLOW = "pillow"
    TOWEL = "towel"
    BAND = "band"
    CHAIR = "chair"
    WALL = "wall"
    COUNTER = "counter"
    STEP = "step"
    DOWEL = "dowel"
    BALL = "ball"
    BIKE = "bike"
    POOL = "pool"
    BED = "bed"
    WALKER = "walker"
    SOCK_AID = "sock aid"
    REACHER = "reacher"
    LONG_SHOEHORN = "long shoehorn"
    TOILET = "toilet"
    SHOWER_CHAIR = "shower chair"
    LONG_SPONGE = "long-handled sponge"
    SI_BELT = "SI belt"
    VACUUM = "vacuum cleaner"
    CANE = "cane"
    CAR = "car"
    SHOES = "shoes"


class Movement(StrEnum):
    """Spinal loads that post-fusion precautions restrict."""

    BENDING = "bending"
    LIFTING = "lifting"
    TWISTING = "twisting"


STAGE_NAMES = {1: "Protection", 2: "Stabilization", 3: "Functional strength", 4: "Return to activity"}
