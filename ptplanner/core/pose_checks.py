"""What a picture must show, as data: checked on the drawing's geometry by figure.constraints.

Each picture of an exercise may list what its steps say about the body. In an exercise file,
after the pictures themselves:

    [pictures.checks.start]
    touching = ["knees", "forearms"]   # rest on what holds the body: floor, mat, bed, seat, step
    lifted = ["belly"]                 # clear of it
    hands_on = "counter"               # both hands; `hand_on` for at least one hand ("chair arms": an
                                       # armchair's arms; "seat": a chair's or toilet's seat)
    trunk = [20, 50]                   # trunk lean from upright in degrees: 0 upright, 90 lying
    head_in_line = true                # the head carried in line with the trunk (a straight back)
    top_leg = "near"                   # lying on one side: which leg is on top
    feet = "apart"                     # "together", "apart" (sideways), "staggered" (one ahead) or
                                       # "heel_to_toe" (in one line, the front heel at the back toes)
    ankle_on_knee = "near"             # that ankle rests on the other knee (figure four)
    arrow = "forward"                  # the picture's arrow moves this way
    counter = "ahead"                  # where a counter-beside stands: "ahead" of the body or "beside" it
    back_free = true                   # sitting on a chair: the back and buttocks clear of its backrest
    reaches_item = true                # a hand at the handle of the item on the floor (item-on-floor)

    [pictures.checks.end]
    touching = ["back", "feet"]

Every field is optional. Names of body parts in the plural mean both sides; `near_knee`,
`far_hand` and so on name one (near: the side nearer the viewer, the upper side when lying on
one side). Every picture is also checked, without any of this, for a body part that passes
through the floor or a prop. `ptplanner library check` reports a picture that breaks its checks.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import ConfigDict, Field, model_validator

from ptplanner.core.compact import Compact


class Part(StrEnum):
    HEAD = "head"
    BACK = "back"
    BELLY = "belly"
    SIDE = "side"
    BUTTOCKS = "buttocks"
    HANDS = "hands"
    FOREARMS = "forearms"
    ELBOWS = "elbows"
    THIGHS = "thighs"
    KNEES = "knees"
    SHINS = "shins"
    FEET = "feet"
    NEAR_HAND = "near_hand"
    FAR_HAND = "far_hand"
    NEAR_FOREARM = "near_forearm"
    FAR_FOREARM = "far_forearm"
    NEAR_ELBOW = "near_elbow"
    FAR_ELBOW = "far_elbow"
    NEAR_THIGH = "near_thigh"
    FAR_THIGH = "far_thigh"
    NEAR_KNEE = "near_knee"
    FAR_KNEE = "far_knee"
    NEAR_SHIN = "near_shin"
    FAR_SHIN = "far_shin"
    NEAR_FOOT = "near_foot"
    FAR_FOOT = "far_foot"


class Target(StrEnum):
    """Where hands rest or hold."""

    FLOOR = "floor"  # the floor, or a mat on it
    MAT = "mat"
    BED = "bed"
    BELLY = "belly"
    CHEST = "chest"
    HIPS = "hips"
    THIGH = "thigh"
    KNEES = "knees"
    ANKLE = "ankle"  # the hand holds the ankle of a bent leg (a thigh stretch)
    COUNTER = "counter"
    CHAIR = "chair"
    CHAIR_ARMS = "chair arms"  # resting on the arms of an armchair, to push up from
    SEAT = "seat"  # a chair's or toilet's seat, reached back for before sitting down
    WALL = "wall"
    BOX = "box"
    POOL_EDGE = "pool edge"


class Side(StrEnum):
    NEAR = "near"
    FAR = "far"


class Feet(StrEnum):
    TOGETHER = "together"
    APART = "apart"
    STAGGERED = "staggered"
    HEEL_TO_TOE = "heel_to_toe"  # in one line, the front heel against the back toes


class Placement(StrEnum):
    """Where a thing stands around the body, as its steps say."""

    AHEAD = "ahead"  # in front of the body, the way it faces
    BESIDE = "beside"  # at one of its sides


class Way(StrEnum):
    """Which way an arrow moves, said of the body, not of the page."""

    FORWARD = "forward"  # the way the body faces; on the floor or on all fours, toward the head
    BACKWARD = "backward"
    UP = "up"
    DOWN = "down"
    OUT = "out"  # away from the body's middle, to its own side
    IN = "in"
    SIDEWAYS = "sideways"  # to either side, as a weight shift
    TOWARD_HEAD = "toward_head"
    TOWARD_FEET = "toward_feet"


class PoseChecks(Compact):
    """What one picture must show; see the module docstring."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    _UNSAID_WHEN_UNUSED = (
        "touching", "lifted", "hands_on", "hand_on", "trunk", "head_in_line",
        "top_leg", "feet", "ankle_on_knee", "arrow", "counter", "back_free", "reaches_item",
    )  # fmt: skip

    touching: tuple[Part, ...] = ()
    lifted: tuple[Part, ...] = ()
    hands_on: Target | None = None
    hand_on: Target | None = None
    trunk: tuple[float, float] | None = None
    head_in_line: bool = False
    top_leg: Side | None = None
    feet: Feet | None = None
    ankle_on_knee: Side | None = None
    arrow: Way | None = None
    counter: Placement | None = None
    back_free: bool = False
    reaches_item: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> PoseChecks:
        both = set(self.touching) & set(self.lifted)
        if both:
            raise ValueError(f"{', '.join(sorted(both))} cannot be both touching and lifted")
        if self.trunk is not None:
            low, high = self.trunk
            if not 0 <= low <= high <= 180:
                raise ValueError("trunk is [lowest, highest] degrees from upright, within 0 to 180")
        return self


class PictureChecks(Compact):
    """The checks of each picture: start, middle, end."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    _UNSAID_WHEN_UNUSED = ("start", "middle", "end")

    start: PoseChecks | None = Field(default=None)
    middle: PoseChecks | None = None
    end: PoseChecks | None = None
