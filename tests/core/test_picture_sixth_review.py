"""Pictures fixed after a sixth review, each against its own steps: a lifted box held close against the
belly, not out at arm's length; a side plank seen so that its bent knees and its forearm show, lying on the
hip before the lift; knees squeezing a pillow with an arrow that comes in toward it; a log roll whose trunk
stays in line with the hips. Checked on the posed bodies and the drawing's geometry."""

import math

from ptplanner.core.figure.arrows import motion_arrow
from ptplanner.core.figure.body import FOREARM, SHANK
from ptplanner.core.figure.contacts import LIFTED, TOUCH, Sample, gap_below, surfaces
from ptplanner.core.figure.geometry import dot, sub
from ptplanner.core.figure.props.equipment import box_to_lift
from ptplanner.core.figure.scene import placed_arrows, pose_camera, posed_skeleton, posed_skeletons
from ptplanner.core.pose import Arrow, Pictures, Pose, Prop
from tests.core.picture_scenes import LIBRARY, exercise_scenes


def _angle(a, b) -> float:
    """Degrees between two directions, in the world or on the picture."""
    cosine = sum(x * y for x, y in zip(a, b, strict=True)) / math.hypot(*a) / math.hypot(*b)
    return math.degrees(math.acos(max(-1.0, min(1.0, cosine))))


def _bend(joints, first: str, middle: str, last: str) -> float:
    """Degrees a limb bends at `middle`: 0 straight."""
    return _angle(sub(joints[middle], joints[first]), sub(joints[last], joints[middle]))


def _held_upright_with_a_box():
    """(exercise id, scene) of every bundled picture of a body standing tall with a box in its hands, held
    below the shoulders: carried, not being put up on a shelf."""
    for exercise_id, exercise in sorted(LIBRARY.exercises.items()):
        if exercise.pictures is None or not any(Prop.BOX in pose.props for pose in exercise.pictures.poses()):
            continue
        for scene in exercise_scenes(exercise_id):
            joints = scene.skeleton.joints
            upright = _angle(sub(joints["neck"], joints["pelvis"]), (0.0, 1.0, 0.0)) < 15
            if upright and all(joints[f"{s}_hand"][1] < joints[f"{s}_shoulder"][1] for s in ("near", "far")):
                yield exercise_id, scene


def test_a_box_lifted_or_carried_is_held_close_against_the_belly_elbows_bent():
    for exercise_id in ("lifting-technique", "turning-with-a-load", "reaching-overhead-safely"):
        assert any("close to your" in step for step in LIBRARY.exercises[exercise_id].steps)
    held = list(_held_upright_with_a_box())
    assert {
        "lifting-technique",
        "carrying-close-to-body",
        "turning-with-a-load",
        "reaching-overhead-safely",
    } <= {exercise_id for exercise_id, _ in held}
    for exercise_id, scene in held:
        joints = scene.skeleton.joints
        ahead = scene.skeleton.sections[2].front  # the way the belly faces
        belly = joints["belly"]  # on the belly's skin
        for side in ("near", "far"):
            # The hands a hand's breadth in front of the belly (20 cm of a 170 cm body), not at arm's length.
            assert dot(sub(joints[f"{side}_hand"], belly), ahead) < 0.12, exercise_id
            assert _bend(joints, f"{side}_shoulder", f"{side}_elbow", f"{side}_wrist") > 80, exercise_id
        # The box's side nearer the body touches the belly on the picture (within 4 cm).
        facing = math.copysign(1.0, dot(ahead, scene.camera.right))
        xs = [x for group in box_to_lift(scene) for path in group.paths for x, _ in path.points]
        back = min(xs) if facing > 0 else max(xs)
        assert (back - scene.at("belly")[0]) * facing < 0.025, exercise_id


def _seen_length(scene, start: str, end: str) -> float:
    return math.dist(scene.at(start), scene.at(end))


def _hip_gap(pose: Pose, side: str) -> float:
    skeleton = posed_skeleton(pose)
    return gap_below(Sample("hip", skeleton.joints[f"{side}_hip"], 0.06), surfaces(pose, skeleton))


def test_side_plank_shows_the_knees_bent_behind_and_the_forearm_under_the_shoulder_hips_down_then_up():
    steps = " ".join(LIBRARY.exercises["side-plank"].steps)
    assert "knees bent behind you" in steps and "elbow right under your shoulder" in steps
    start, end = LIBRARY.exercises["side-plank"].pictures.poses()
    for scene in exercise_scenes("side-plank"):
        joints = scene.skeleton.joints
        front = scene.skeleton.sections[2].front
        for side in ("near", "far"):
            assert _bend(joints, f"{side}_hip", f"{side}_knee", f"{side}_ankle") > 60  # knees bent
            assert dot(sub(joints[f"{side}_ankle"], joints[f"{side}_knee"]), front) < -0.15  # behind
            # ... and the picture shows them so: no shin seen end-on, as a straight leg would look.
            assert _seen_length(scene, f"{side}_knee", f"{side}_ankle") > 0.5 * SHANK
        # The lower forearm flat on the mat, its elbow under the shoulder, seen along its length: not a
        # straight arm propping the body up.
        shoulder, elbow, wrist = (joints[f"far_{joint}"] for joint in ("shoulder", "elbow", "wrist"))
        assert math.hypot(elbow[0] - shoulder[0], elbow[2] - shoulder[2]) < 0.05
        assert _bend(joints, "far_shoulder", "far_elbow", "far_wrist") > 60
        assert _seen_length(scene, "far_elbow", "far_wrist") > 0.5 * FOREARM
    # Lying on the side first, the lower hip on the mat; only the end lifts it.
    assert abs(_hip_gap(start, "far")) <= TOUCH
    assert _hip_gap(end, "far") > LIFTED


def _squeeze_arrows():
    """(exercise id, start scene, arrow as (tail, tip)) of every bundled picture of knees squeezing a
    pillow or ball."""
    for exercise_id, exercise in sorted(LIBRARY.exercises.items()):
        pictures = exercise.pictures
        if pictures is None or pictures.arrow is None or "knee" not in pictures.arrow.at:
            continue
        if not {Prop.PILLOW_BETWEEN_KNEES, Prop.BALL_BETWEEN_KNEES} & set(pictures.start.props):
            continue
        placed = placed_arrows(pictures, posed_skeletons(pictures.poses()))[0]
        yield exercise_id, exercise_scenes(exercise_id)[0], placed[0]


def test_knees_squeezing_a_pillow_have_an_arrow_that_comes_in_toward_it_from_outside_the_knee():
    found = list(_squeeze_arrows())
    assert "adductor-pillow-squeeze" in {exercise_id for exercise_id, _, _ in found}
    for exercise_id, scene, (tail, tip) in found:
        at = LIBRARY.exercises[exercise_id].pictures.arrow.at.value
        knee = scene.at(at)
        middle = [(a + b) / 2 for a, b in zip(scene.at("near_knee"), scene.at("far_knee"), strict=True)]
        drawn = sub((*tip, 0.0), (*tail, 0.0))[:2]
        # It points at the pillow between the knees, and arrives at the knee from its outer side: its
        # tail is further from the pillow than the knee is, so it never starts on the pillow and points away.
        assert _angle(drawn, sub((*middle, 0.0), (*tail, 0.0))[:2]) < 30, exercise_id
        assert math.dist(tail, middle) > math.dist(tip, middle) > math.dist(knee, middle), exercise_id


def test_an_arrow_on_a_knee_squeezing_in_arrives_at_it_and_one_on_knees_rolling_together_leaves_it():
    def pose(near: float, far: float) -> Pose:
        return Pose(base="hook-lying", view="corner", near_hip_abduction=near, far_hip_abduction=far)

    def arrow(start: Pose, end: Pose, at: str) -> tuple:
        start_body, end_body = posed_skeletons((start, end))
        tail, tip = motion_arrow(Arrow(at=at), start_body, end_body, pose_camera(start))
        knee = pose_camera(start).screen(start_body.joints[at])
        return math.dist(tail, knee), math.dist(tip, knee)

    for at in ("near_knee", "far_knee"):
        tail, tip = arrow(pose(10, 10), pose(0, 0), at)  # both knees in: squeezing
        assert tip < tail  # it comes in to the knee
        tail, tip = arrow(pose(-8, -8), pose(-30, 28), at)  # both knees over to the far side
        assert tail < tip  # it leads the knee the way it goes


def test_log_roll_keeps_the_trunk_in_line_with_the_hips_while_on_the_side():
    exercise = LIBRARY.exercises["log-roll"]
    assert any("Keep your back straight" in cue for cue in exercise.cues)
    pictures: Pictures = exercise.pictures
    assert pictures.middle is not None
    assert not any(
        getattr(pictures.middle, name) for name in ("trunk", "pelvis_tilt", "body_turn", "pelvis_rock")
    )
    middle = exercise_scenes("log-roll")[1]
    joints = middle.skeleton.joints
    trunk = sub(joints["neck"], joints["pelvis"])
    seen_trunk = sub((*middle.at("neck"), 0.0), (*middle.at("pelvis"), 0.0))[:2]
    for side in ("near", "far"):
        # The thighs carry on from the trunk, as a log: not folded up at the hips, as on all fours.
        thigh = sub(joints[f"{side}_hip"], joints[f"{side}_knee"])
        assert _angle(trunk, thigh) < 40
        seen_thigh = sub((*middle.at(f"{side}_hip"), 0.0), (*middle.at(f"{side}_knee"), 0.0))[:2]
        assert _angle(seen_trunk, seen_thigh) < 30
        assert _bend(joints, f"{side}_hip", f"{side}_knee", f"{side}_ankle") > 40  # the knees still bent
