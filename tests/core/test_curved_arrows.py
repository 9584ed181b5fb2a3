"""A curved arrow (a roll) bends the way the exercise file says, as the reader sees the picture."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.figure import draw_pictures
from ptplanner.core.figure.arrows import ARROW_GREY, HEAD_LENGTH, arc_points, arrow_paths
from ptplanner.core.library import load_library
from ptplanner.core.pose import Arrow, Pictures, Pose
from ptplanner.resources import exercises_dir


def turning(points) -> float:
    """Signed degrees the line turns through, counter-clockwise positive."""
    total = 0.0
    for a, b, c in zip(points, points[1:], points[2:]):
        first = math.atan2(b[1] - a[1], b[0] - a[0])
        second = math.atan2(c[1] - b[1], c[0] - b[0])
        total += (second - first + math.pi) % (2 * math.pi) - math.pi
    return math.degrees(total)


@given(
    tail=st.tuples(st.floats(-1, 1), st.floats(-1, 1)),
    angle=st.floats(0, 2 * math.pi),
    length=st.floats(0.05, 0.5),
    curve=st.floats(-270, 270).filter(lambda c: abs(c) >= 5),
)
def test_an_arc_runs_from_tail_to_tip_and_turns_by_its_curve(tail, angle, length, curve):
    tip = (tail[0] + length * math.cos(angle), tail[1] + length * math.sin(angle))
    line = arc_points(tail, tip, curve)
    assert line[0] == pytest.approx(tail, abs=1e-9) and line[-1] == pytest.approx(tip, abs=1e-9)
    # Each step turns by curve / steps; the end tangents turn by the whole curve.
    steps = len(line) - 1
    assert turning(line) == pytest.approx(curve * (steps - 1) / steps, abs=1e-6)


def test_a_straight_arrow_stays_straight():
    assert arc_points((0.0, 0.0), (1.0, 0.0), 0.0) == [(0.0, 0.0), (1.0, 0.0)]


@pytest.mark.parametrize("curve", [-150, 150])
def test_the_head_points_the_way_the_arc_arrives(curve):
    tail, tip = (0.0, 0.0), (0.2, 0.0)
    head = next(path for path in arrow_paths((tail, tip), curve) if path.fill == ARROW_GREY)
    point, *base = head.points
    base_middle = ((base[0][0] + base[1][0]) / 2, (base[0][1] + base[1][1]) / 2)
    heading = math.degrees(math.atan2(point[1] - base_middle[1], point[0] - base_middle[0]))
    # The chord points along +x; the arc arrives turned by half the curve from it, and the head sits
    # on the arc: its tip at the arc's end, the middle of its base on the arc.
    assert 0 < heading / (curve / 2) <= 1
    assert point == pytest.approx(tip)
    assert math.dist(point, base_middle) == pytest.approx(HEAD_LENGTH)
    line = arc_points(tail, tip, curve, steps=400)
    assert min(math.dist(base_middle, p) for p in line) < 0.005


def drawn_turning(pictures: Pictures) -> float:
    start = draw_pictures(pictures)[0]
    shaft = next(p for p in start.paths if p.stroke == ARROW_GREY and not p.closed)
    return turning(shaft.points)


@pytest.mark.parametrize("mirrored", [False, True])
@pytest.mark.parametrize("curve", [-150, 120])
def test_a_curve_turns_as_written_whether_or_not_the_picture_is_mirrored(curve, mirrored):
    lying = Pose(base="hook-lying", mirrored=mirrored, props=["bed"])
    roll = Arrow(at="chest", direction="down", curve=curve)
    pictures = Pictures(start=lying, end=Pose(base="sitting", props=["bed"]), arrow=roll)
    assert math.copysign(1, drawn_turning(pictures)) == math.copysign(1, curve)


def test_the_log_roll_shows_the_roll_with_a_curved_arrow():
    pictures = load_library(exercises_dir()).exercises["log-roll"].pictures
    assert abs(drawn_turning(pictures)) > 90


def test_a_straight_arrow_is_written_without_a_curve():
    assert "curve" not in Arrow(at="head", direction="up").model_dump()
    assert Arrow(at="head", direction="up", curve=-90).model_dump()["curve"] == -90
