"""Working muscles are shaded on the body; a bent arm turned in rests its hand on the belly."""

import pytest

from ptplanner.core.figure import draw_pose
from ptplanner.core.figure.geometry import inside
from ptplanner.core.figure.muscles import SHADE
from ptplanner.core.figure.scene import posed_skeleton
from ptplanner.core.figure.silhouette import FAR_GREY, NEAR_GREY
from ptplanner.core.pose import Muscle, Pose, Prop


def patches(pose: Pose):
    return [path for path in draw_pose(pose).paths if path.fill == SHADE]


def body_outlines(pose: Pose):
    return [path.points for path in draw_pose(pose).paths if path.fill in (NEAR_GREY, FAR_GREY)]


@pytest.mark.parametrize("muscle", list(Muscle))
@pytest.mark.parametrize("base", ["hook-lying", "standing", "sitting", "side-lying"])
def test_a_working_muscle_is_shaded_on_the_body(muscle, base):
    pose = Pose(base=base, props=[Prop.MAT] if "lying" in base else [], working=[muscle])
    shaded = patches(pose)
    assert shaded, "nothing shaded"
    outlines = body_outlines(pose)
    for patch in shaded:
        xs, ys = [x for x, _ in patch.points], [y for _, y in patch.points]
        middle = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        assert any(inside(middle, outline) for outline in outlines), "the shading is off the body"


def test_no_muscle_is_shaded_unless_the_pose_says_so():
    assert patches(Pose(base="hook-lying")) == []


def test_a_working_muscle_listed_twice_is_refused():
    with pytest.raises(ValueError, match="twice"):
        Pose(base="standing", working=["glutes", "glutes"])


def test_a_bent_arm_turned_in_brings_the_hand_across_to_the_belly():
    bent = {"near_elbow": 100, "near_shoulder": 20, "near_shoulder_abduction": 20}
    out = posed_skeleton(Pose(base="hook-lying", **bent)).joints
    turned = posed_skeleton(Pose(base="hook-lying", **bent, near_shoulder_rotation=-80)).joints
    belly = turned["belly"]
    assert abs(turned["near_hand"][2] - belly[2]) < abs(out["near_hand"][2] - belly[2]) - 0.08
    assert abs(turned["near_hand"][1] - belly[1]) < 0.06  # at the belly's height, not up in the air
