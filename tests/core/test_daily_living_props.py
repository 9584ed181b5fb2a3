"""The aids of daily tasks, the step beside one foot and the hip hitch's pelvis tilt, on the drawn figure."""

import pytest

from ptplanner.core.figure import draw_pose
from ptplanner.core.figure.constraints import pose_problems
from ptplanner.core.figure.scene import posed_skeleton
from ptplanner.core.pose import BasePosture, Pose, Prop, View
from ptplanner.core.pose_checks import PoseChecks

DAILY_PROPS = [
    Prop.SOCK_AID, Prop.LONG_SHOEHORN, Prop.REACHER, Prop.TOILET, Prop.SHOWER_CHAIR,
    Prop.LONG_SPONGE, Prop.VACUUM, Prop.SI_BELT, Prop.STEP_BESIDE, Prop.BAND_FROM_SIDE,
]  # fmt: skip
HIP_HITCH = dict(pelvis_tilt=15, near_hip_abduction=15, far_hip_abduction=-15)


def problems(checks: dict, **pose) -> list[str]:
    pose = Pose(**pose)
    return pose_problems(pose, posed_skeleton(pose), PoseChecks.model_validate(checks))


def sole(pose: Pose, side: str) -> float:
    joints = posed_skeleton(pose).joints
    return min(joints[f"{side}_heel"][1], joints[f"{side}_foot"][1])


@pytest.mark.parametrize("prop", DAILY_PROPS)
@pytest.mark.parametrize("base", [BasePosture.STANDING, BasePosture.SITTING])
@pytest.mark.parametrize("view", [View.SIDE, View.FRONT, View.CORNER])
def test_each_daily_prop_adds_to_the_picture_in_every_view(prop, base, view):
    bare = draw_pose(Pose(base=base, view=view))
    with_prop = draw_pose(Pose(base=base, view=view, props=(prop,)))
    assert len(with_prop.paths) > len(bare.paths)


def test_a_pelvis_tilt_lifts_the_far_foot_with_the_legs_hanging_straight():
    level, hitched = Pose(base="standing", view="front"), Pose(base="standing", view="front", **HIP_HITCH)
    assert sole(level, "far") == pytest.approx(sole(level, "near"))
    assert sole(hitched, "far") - sole(hitched, "near") > 0.04
    joints = posed_skeleton(hitched).joints
    for side in ("near", "far"):  # each leg hangs plumb under its hip
        assert joints[f"{side}_ankle"][2] == pytest.approx(joints[f"{side}_hip"][2], abs=0.005)


def test_no_pelvis_tilt_draws_the_body_as_before():
    plain = posed_skeleton(Pose(base="standing", near_hip=20))
    zero = posed_skeleton(Pose(base="standing", near_hip=20, pelvis_tilt=0))
    assert plain.joints == zero.joints


def test_a_pelvis_tilt_outside_its_range_is_refused():
    with pytest.raises(ValueError, match="pelvis_tilt"):
        Pose(base="standing", pelvis_tilt=30)


def test_a_hip_hitch_is_caught_when_the_foot_stays_down():
    checks = {"touching": ["near_foot"], "lifted": ["far_foot"]}
    assert problems(checks, base="standing", view="front", **HIP_HITCH) == []
    assert problems(checks, base="standing", view="front") == ["far_foot not lifted (far foot only 0 cm up)"]


def test_the_step_beside_carries_the_body_only_when_the_far_foot_stands_on_it():
    on_step = Pose(base="standing", props=("step-beside",), near_hip=10, near_knee=30)
    stepping_down = Pose(base="standing", props=("step-beside",), far_hip=50, far_knee=65, far_ankle=-25)
    assert min(sole(on_step, "near"), sole(on_step, "far")) > 0.05  # both up off the floor
    assert sole(stepping_down, "near") < 0.05 < sole(stepping_down, "far")  # the free foot reaches down


@pytest.mark.parametrize("seat", ["toilet", "shower-chair"])
def test_a_sitter_rests_on_the_toilet_or_shower_chair(seat):
    assert problems({"touching": ["buttocks", "feet"]}, base="sitting", props=[seat]) == []
    assert problems({"touching": ["buttocks"]}, base="sitting") != []
