"""Pictures checked against their own steps after review: where a counter stands, a floor under a
standing body seen from above, a back view that shows the back of the head."""

import math

import pytest

from ptplanner.core.figure import draw_pose
from ptplanner.core.figure.constraints import pose_problems
from ptplanner.core.figure.props.ground import FLOOR_PATCH
from ptplanner.core.figure.scene import posed_skeleton
from ptplanner.core.figure.silhouette import HAIR_GREY
from ptplanner.core.library import load_library
from ptplanner.core.pose import Pose
from ptplanner.core.pose_checks import PoseChecks
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
REACH = dict(base="standing", props=["counter-beside"], near_shoulder_abduction=90, near_elbow=0)


def problems(checks: dict, **pose) -> list[str]:
    pose = Pose(**pose)
    return pose_problems(pose, posed_skeleton(pose), PoseChecks.model_validate(checks))


def test_a_counter_said_to_be_ahead_is_caught_when_drawn_behind_the_body():
    # Seen from the front, the counter is drawn beyond the body: behind it, not in front of it.
    assert problems({"counter": "ahead"}, view="front", **REACH) == [
        "counter not ahead of the body: it stands behind it"
    ]
    assert problems({"counter": "ahead"}, view="back", **REACH) == []  # seen from behind: beyond is ahead
    assert problems({"counter": "beside"}, view="side", **REACH) == []
    assert problems({"counter": "beside"}, view="back", **REACH)[0].endswith("it stands ahead of it")


def test_a_counter_check_without_a_counter_says_so():
    assert problems({"counter": "beside"}, base="standing") == ["has no counter-beside to place"]


@pytest.mark.parametrize("view", ["corner", "back"])
def test_a_standing_body_seen_from_above_stands_on_a_patch_of_floor(view):
    drawing = draw_pose(Pose(base="standing", view=view))
    assert any(path.fill == FLOOR_PATCH for path in drawing.paths)
    side = draw_pose(Pose(base="standing"))  # seen level, the floor is a line
    assert not any(path.fill == FLOOR_PATCH for path in side.paths)


def test_only_a_back_view_shows_hair_over_the_head():
    def hair(view: str) -> bool:
        return any(path.fill == HAIR_GREY for path in draw_pose(Pose(base="standing", view=view)).paths)

    assert hair("back")
    assert not any(hair(view) for view in ("front", "side", "corner"))


def test_the_hands_of_the_band_press_meet_at_the_chest_without_crossing():
    start = posed_skeleton(LIBRARY.exercises["anti-rotation-press"].pictures.start).joints
    assert start["near_hand"][2] > 0 > start["far_hand"][2]  # each hand on its own side of the middle
    assert abs(start["near_hand"][1] - start["chest"][1]) < 0.03  # at the middle of the chest


def test_sitting_near_the_front_of_the_chair_keeps_the_back_off_its_backrest():
    rocked_back = dict(base="sitting", props=["chair"], trunk=-6, pelvis_rock=22)
    assert problems({"back_free": True}, **rocked_back)[0].startswith("back not free of the chair's back")
    assert problems({"back_free": True, "touching": ["buttocks"]}, seat_forward=10, **rocked_back) == []
    assert problems({"back_free": True}, base="standing")[0].startswith("back cannot be free of a chair")


def test_turning_over_in_bed_is_seen_from_one_angle_from_start_to_end():
    views = {pose.view for pose in LIBRARY.exercises["turning-over-in-bed"].pictures.poses()}
    assert len(views) == 1


def test_the_golfers_reach_picks_up_an_item_that_stays_on_the_floor_where_it_was():
    from ptplanner.core.figure.props.activity import item_spot

    pictures = LIBRARY.exercises["golfers-reach"].pictures
    spots = [item_spot(posed_skeleton(pose)) for pose in pictures.poses()]
    assert abs(spots[0][0] - spots[1][0]) < 0.01
    old_reach = pictures.end.model_dump(exclude_defaults=True)
    old_reach |= dict(trunk=65, near_hip=-55, near_shoulder=65)  # as it was: the hand at the knees
    assert problems({"reaches_item": True}, **old_reach)[0].startswith("no hand at the item on the floor")
    assert problems({"reaches_item": True}, base="standing")[0] == "no item-on-floor to reach"


def test_the_side_lying_thigh_stretch_shows_leg_and_arm_apart_not_in_a_knot():
    import math

    from ptplanner.core.figure.scene import pose_camera

    pose = LIBRARY.exercises["quadriceps-stretch-side-lying"].pictures.end
    skeleton, camera = posed_skeleton(pose), pose_camera(pose)

    def seen(joint: str) -> tuple[float, float]:
        return camera.screen(skeleton.joints[joint])

    assert math.dist(seen("near_ankle"), seen("pelvis")) > 0.24  # the held foot clear of the buttock
    assert math.dist(seen("near_elbow"), seen("near_knee")) > 0.2  # the reaching arm clear of the thigh


def test_belly_breathing_starts_breathed_out_so_the_rise_shows_at_catalog_size():
    pictures = LIBRARY.exercises["diaphragmatic-breathing"].pictures
    start, end = (posed_skeleton(pose).joints for pose in (pictures.start, pictures.end))
    assert end["belly"][1] - start["belly"][1] > 0.09  # about 16 cm of a body 170 cm tall, out to in
    assert end["near_hand"][1] - start["near_hand"][1] > 0.06  # the hand on the belly rides up with it
    assert math.dist(end["far_hand"], start["far_hand"]) < 0.01  # the hand on the chest stays still
