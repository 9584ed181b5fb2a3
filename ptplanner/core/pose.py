"""How an exercise is illustrated: a start pose, usually an end pose, sometimes a middle one, and arrows.

A pose is a named base posture plus joint angles in degrees (0 is upright standing with the
arms by the sides) and the props in the picture. The figure package turns it into drawing
primitives; nothing here knows how it is drawn.

In an exercise file:

    [pictures]
    start = { base = "hook-lying", props = ["bed"], mirrored = true }
    middle = { base = "side-lying", props = ["bed"] }  # optional, only with an end
    end = { base = "sitting", props = ["bed"] }         # optional
    arrow = { at = "near_knee" }                        # optional, on the start picture
    middle_arrow = { at = "head", direction = "up" }    # optional, on the middle picture
    single = "Walk tall, at an easy pace."              # only without an end: why one picture is enough,
                                                        # shown under it as its caption

    [pictures.checks.start]                             # optional: what each picture must show
    touching = ["back", "feet"]                         # (see pose_checks.py)

A pose may name the muscles that work (`working = ["glutes"]`): they are shaded, for holds where
nothing moves. An arrow may bend (`curve = -120`, degrees it turns, counter-clockwise as seen).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import ConfigDict, Field, model_validator

from ptplanner.core.compact import Compact as _Compact
from ptplanner.core.pose_checks import PictureChecks, PoseChecks


class BasePosture(StrEnum):
    HOOK_LYING = "hook-lying"
    SUPINE = "supine"
    SIDE_LYING = "side-lying"
    PRONE = "prone"
    PRONE_ON_ELBOWS = "prone-on-elbows"
    HANDS_AND_KNEES = "hands-and-knees"
    KNEELING = "kneeling"
    HALF_KNEELING = "half-kneeling"
    SITTING = "sitting"
    STANDING = "standing"


class View(StrEnum):
    SIDE = "side"
    FRONT = "front"
    BACK = "back"  # from behind: what the person faces (a counter in front of them) lies beyond them
    ABOVE = "above"  # the side view seen from higher up, for side-lying legs
    CORNER = "corner"  # from above, beyond the feet and in front: bent knees, knees falling out, side planks


class Prop(StrEnum):
    MAT = "mat"
    BED = "bed"
    PILLOW_UNDER_HEAD = "pillow-under-head"
    PILLOW_UNDER_KNEES = "pillow-under-knees"
    PILLOW_UNDER_BELLY = "pillow-under-belly"
    PILLOW_BETWEEN_KNEES = "pillow-between-knees"
    TOWEL_UNDER_KNEE = "towel-under-knee"
    TOWEL_BEHIND_BACK = "towel-behind-back"
    BAND_AROUND_KNEES = "band-around-knees"
    BAND_AROUND_ANKLES = "band-around-ankles"
    BAND_TO_DOOR = "band-to-door"
    BALL_BETWEEN_KNEES = "ball-between-knees"
    CHAIR = "chair"
    ARMCHAIR = "armchair"  # a firm chair with arms, the hands on them to push up from
    CHAIR_TO_HOLD = "chair-to-hold"
    COUNTER = "counter"
    WALL_BEHIND = "wall-behind"
    WALL_IN_FRONT = "wall-in-front"
    DOOR_FRAME = "door-frame"
    DOWEL = "dowel"
    STEP = "step"
    STAIRS = "stairs"
    POOL = "pool"
    POOL_EDGE = "pool-edge"
    POOL_SIDE_BEHIND = "pool-side-behind"  # the pool's wall just behind the body, not held: seen from the front
    OBSTACLE = "object-to-step-over"
    DESK = "desk"
    KNEELING_PAD = "kneeling-pad"
    GARDEN_BED = "garden-bed"
    GOLF_CLUB = "golf-club"
    SHELF = "shelf"
    CART = "cart"
    BIKE = "bike"
    RECUMBENT_BIKE = "recumbent-bike"
    WALKER = "walker"
    CANE = "cane"
    BAGS = "bags"
    BOX = "box"
    SOCK_AID = "sock-aid"
    LONG_SHOEHORN = "long-shoehorn"
    REACHER = "reacher"
    TOILET = "toilet"
    SHOWER_CHAIR = "shower-chair"
    LONG_SPONGE = "long-sponge"
    VACUUM = "vacuum"
    SI_BELT = "si-belt"
    STEP_BESIDE = "step-beside"  # under the far foot only: the near foot can reach down beside it
    BAND_FROM_SIDE = "band-from-side"  # tied to a door post beside the body, on its near side
    CAR = "car"
    COUNTER_BESIDE = "counter-beside"  # a counter just beside the body, within reach, not held
    # The same counter on the body's far side whatever the view: seen from the front, at the picture's side.
    COUNTER_AT_FAR_SIDE = "counter-at-far-side"
    RAIL_BESIDE = "rail-beside"  # a handrail just beside the body, on its far side
    SLOPE = "slope"  # the ground rising or falling along the line through both feet
    ITEM_ON_FLOOR = "item-on-floor"  # a light bag on the floor just ahead of the standing foot, to pick up


class BodyPoint(StrEnum):
    HEAD = "head"
    CHEST = "chest"
    BELLY = "belly"
    PELVIS = "pelvis"
    NEAR_HAND = "near_hand"
    FAR_HAND = "far_hand"
    NEAR_ELBOW = "near_elbow"
    FAR_ELBOW = "far_elbow"
    NEAR_KNEE = "near_knee"
    FAR_KNEE = "far_knee"
    NEAR_FOOT = "near_foot"
    FAR_FOOT = "far_foot"


class Muscle(StrEnum):
    """Muscles a picture can shade as the ones that work."""

    GLUTES = "glutes"
    INNER_THIGHS = "inner-thighs"
    OUTER_HIPS = "outer-hips"
    HAMSTRINGS = "hamstrings"
    FRONT_THIGHS = "front-thighs"
    BELLY = "belly"
    SIDE_OF_TRUNK = "side-of-trunk"  # the waist on the side nearer the floor: what holds up a side plank


class Direction(StrEnum):
    """Directions on the picture, as the reader sees it."""

    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"


def _angle(low: int, high: int):
    return Field(default=None, ge=low, le=high)


class Pose(_Compact):
    """A base posture with joint angles changed from its defaults, and the props around it.

    Angles are in degrees. `trunk` leans the trunk forward at the hips (the legs stay put);
    hip and shoulder angles are flexion (forward), `*_abduction` moves a limb out to the side
    (negative: across the body, as a top hand put on the floor in front when lying on one side),
    `*_hip_rotation` and `*_shoulder_rotation` turn the thigh or upper arm out (positive) or in
    (a bent elbow turned in brings the hand onto the belly), knees and elbows bend from straight,
    `ankle` points the toes (positive) or pulls them up (negative); `wrist` bends the hand the way
    the elbow bends (a hand laid flat on the belly); `pelvis_tilt` tips the pelvis sideways, the legs
    with it and the trunk upright, lifting the far hip; `pelvis_rock` rolls the pelvis back on the
    sitting bones, rounding the low back (negative: forward, arching it); `belly_rise` pushes the
    belly out that many centimetres of a body 170 cm tall (negative: draws it in), the back and chest
    staying put; `body_turn` turns the hips and trunk together, the chest toward the far side
    (counter-clockwise seen from above; negative: toward the near side), the legs below and the head
    still facing ahead, as in a golf swing (the trunk turns about its own leaning length, so the
    shoulder turning toward the ball drops). `near` is the side
    nearer the viewer (the upper side when lying on one side). `mirrored` draws the picture as
    in a mirror, head and feet at the other ends: lying on the back with the head to the right,
    as a body on its side has it, so pictures of one movement keep the head at one end.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    _UNSAID_WHEN_UNUSED = ("mirrored", "working")

    base: BasePosture
    view: View = View.SIDE
    mirrored: bool = False
    props: tuple[Prop, ...] = ()
    working: tuple[Muscle, ...] = ()
    trunk: float | None = _angle(-45, 100)
    head: float | None = _angle(-60, 60)
    near_shoulder: float | None = _angle(-60, 180)
    far_shoulder: float | None = _angle(-60, 180)
    near_shoulder_abduction: float | None = _angle(-60, 180)
    far_shoulder_abduction: float | None = _angle(-60, 180)
    near_shoulder_rotation: float | None = _angle(-90, 90)
    far_shoulder_rotation: float | None = _angle(-90, 90)
    near_elbow: float | None = _angle(0, 150)
    far_elbow: float | None = _angle(0, 150)
    near_hip: float | None = _angle(-90, 140)
    far_hip: float | None = _angle(-90, 140)
    near_hip_abduction: float | None = _angle(-30, 70)
    far_hip_abduction: float | None = _angle(-30, 70)
    near_hip_rotation: float | None = _angle(-60, 90)
    far_hip_rotation: float | None = _angle(-60, 90)
    near_knee: float | None = _angle(0, 150)
    far_knee: float | None = _angle(0, 150)
    near_ankle: float | None = _angle(-40, 90)
    far_ankle: float | None = _angle(-40, 90)
    pelvis_tilt: float | None = _angle(-20, 20)  # lifts the far hip (negative: the near one), as a hip hitch
    near_wrist: float | None = _angle(-80, 80)  # bends the hand from the forearm's line, as the elbow bends
    far_wrist: float | None = _angle(-80, 80)
    belly_rise: float | None = Field(default=None, ge=-8, le=16)  # cm the belly rises (negative: drawn in)
    pelvis_rock: float | None = _angle(-30, 30)  # rolls the pelvis back (negative: forward), the chest still
    body_turn: float | None = _angle(-90, 90)  # turns hips and trunk about the upright, the feet planted
    seat_forward: float | None = Field(default=None, ge=0, le=25)  # cm forward on a chair seat, off its back
    # The foot that stays where it stood in the picture before (a step forward moves the body over it).
    planted: Literal["near_foot", "far_foot"] | None = None

    @model_validator(mode="after")
    def _props_once(self) -> Pose:
        if len(set(self.props)) != len(self.props):
            raise ValueError("a prop is listed twice")
        if len(set(self.working)) != len(self.working):
            raise ValueError("a working muscle is listed twice")
        return self

    def angles(self) -> dict[str, float]:
        """The joint angles this pose sets, by field name."""
        return {name: value for name in ANGLE_FIELDS if (value := getattr(self, name)) is not None}


ANGLE_FIELDS = tuple(
    name
    for name in Pose.model_fields
    if name not in ("base", "view", "mirrored", "props", "working", "planted")
)


class Arrow(_Compact):
    """A movement arrow on a picture at a body point.

    Without a direction it points from where the point is in that picture to where it is in the next.
    `curve` bends it into an arc that turns that many degrees on its way, counter-clockwise as the
    reader sees the picture (negative: clockwise), as for a roll.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    _UNSAID_WHEN_UNUSED = ("curve",)

    at: BodyPoint
    direction: Direction | None = None
    curve: float = Field(default=0.0, ge=-270, le=270)


class Pictures(_Compact):
    """The start picture and, for exercises that move, the end picture; a middle picture between
    them for a movement done in two parts (the log roll: on the back, on the side, sitting).

    `arrow` is drawn on the start picture, `middle_arrow` on the middle one. `checks` says what
    each picture must show (pose_checks.py); `ptplanner library check` checks it on the drawing.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    _UNSAID_WHEN_UNUSED = ("middle", "middle_arrow", "single", "checks")

    start: Pose
    middle: Pose | None = None
    end: Pose | None = None
    arrow: Arrow | None = None
    middle_arrow: Arrow | None = None
    single: str | None = Field(default=None, min_length=3, max_length=80)
    checks: PictureChecks = PictureChecks()

    @model_validator(mode="after")
    def _pictures_differ(self) -> Pictures:
        if self.end is not None and self.end == self.start:
            raise ValueError("the end picture is the same as the start; leave it out")
        if self.middle is not None:
            if self.end is None:
                raise ValueError("a middle picture needs an end picture after it")
            if self.middle in (self.start, self.end):
                which = "start" if self.middle == self.start else "end"
                raise ValueError(f"the middle picture is the same as the {which}; leave it out")
        if self.middle_arrow is not None and self.middle is None:
            raise ValueError("a middle arrow needs a middle picture")
        if self.arrow is not None and self.arrow.direction is None and self.end is None:
            raise ValueError("an arrow needs a direction when there is no end picture")
        if self.single is not None and self.end is not None:
            raise ValueError("`single` is for one picture only; leave it out when there is an end picture")
        for name in ("middle", "end"):
            if getattr(self.checks, name) is not None and getattr(self, name) is None:
                raise ValueError(f"checks.{name} are for a {name} picture, and there is none")
        return self

    def poses(self) -> tuple[Pose, ...]:
        """The pictures in the order they are shown: start, middle, end."""
        return tuple(pose for pose in (self.start, self.middle, self.end) if pose is not None)

    def arrows(self) -> tuple[Arrow | None, ...]:
        """The arrow on each picture of `poses()`, None where there is none (always on the end)."""
        middle = () if self.middle is None else (self.middle_arrow,)
        return (self.arrow, *middle, None) if self.end is not None else (self.arrow,)

    def named_checks(self) -> tuple[tuple[str, PoseChecks | None], ...]:
        """Each picture of `poses()` by its field name, with its checks (None where it has none)."""
        names = [name for name in ("start", "middle", "end") if getattr(self, name) is not None]
        return tuple((name, getattr(self.checks, name)) for name in names)

    def labels(self) -> tuple[str, ...]:
        """Plain words under each picture of `poses()` for patients: "Start", "Then", "End"; a lone
        picture is not a start: it gets its `single` words, else "Do it like this"."""
        if self.end is None:
            return (self.single or LONE_PICTURE_LABEL,)
        return ("Start", "Then", "End") if self.middle is not None else ("Start", "End")


LONE_PICTURE_LABEL = "Do it like this"
