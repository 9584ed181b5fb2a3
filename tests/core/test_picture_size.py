"""Drawings are framed tight on the body and its props, and say how big the body prints."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.figure import (
    body_extent,
    draw_pictures,
    draw_pose,
    height_for_body_length,
    printed_body_length,
)
from ptplanner.core.figure.primitives import bounds
from ptplanner.core.figure.scene import MARGIN
from ptplanner.core.library import load_library
from ptplanner.core.pose import BasePosture, Pose
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
EXERCISES = sorted(LIBRARY.exercises.values(), key=lambda e: e.id)
DRAWINGS = [drawing for exercise in EXERCISES for drawing in draw_pictures(exercise.pictures)]
CM = 72 / 2.54  # points in a centimetre


@pytest.mark.parametrize("base", list(BasePosture))
def test_a_plain_pose_is_framed_tight_with_the_body_filling_its_longer_side(base):
    drawing = draw_pose(Pose(base=base))
    left, bottom, right, top = bounds(drawing.paths)
    assert drawing.left == pytest.approx(left - MARGIN) and drawing.bottom == pytest.approx(bottom - MARGIN)
    assert drawing.width == pytest.approx(right - left + 2 * MARGIN)
    assert drawing.height == pytest.approx(top - bottom + 2 * MARGIN)
    body = body_extent(drawing)
    longer = 0 if drawing.width >= drawing.height else 1
    # Only the floor line's overhang and the margin are left around a pose with no props.
    assert body[longer] >= 0.85 * (drawing.width, drawing.height)[longer]


def test_the_body_box_holds_the_figure_and_lies_inside_the_frame_in_every_bundled_picture():
    for drawing in DRAWINGS:
        left, bottom, right, top = drawing.body
        assert drawing.left <= left < right <= drawing.left + drawing.width
        assert drawing.bottom <= bottom < top <= drawing.bottom + drawing.height
        assert max(body_extent(drawing)) > 0.3  # a whole body, not a part of it (height is 1)


def test_a_mirrored_pose_keeps_its_body_box_mirrored_too():
    plain = draw_pose(Pose(base="hook-lying"))
    mirrored = draw_pose(Pose(base="hook-lying", mirrored=True))
    assert body_extent(plain) == pytest.approx(body_extent(mirrored))
    assert mirrored.body[0] == pytest.approx(-plain.body[2])


@given(
    index=st.integers(0, len(DRAWINGS) - 1),
    width=st.floats(20, 2000),
    height=st.floats(20, 2000),
)
def test_printed_body_length_is_the_longer_body_side_at_the_fitted_scale(index, width, height):
    drawing = DRAWINGS[index]
    length = printed_body_length(drawing, width, height)
    factor = min(width / drawing.width, height / drawing.height)
    assert length == pytest.approx(max(body_extent(drawing)) * factor)
    assert length <= max(width, height) * (1 + 1e-9)
    assert printed_body_length(drawing, 2 * width, 2 * height) == pytest.approx(2 * length)


@given(index=st.integers(0, len(DRAWINGS) - 1), width=st.floats(50, 1000), length=st.floats(1, 400))
def test_the_height_for_a_body_length_gives_that_length_or_says_the_width_is_too_narrow(index, width, length):
    drawing = DRAWINGS[index]
    height = height_for_body_length(drawing, width, length)
    if height is None:
        assert printed_body_length(drawing, width, 1e9) < length
    else:
        assert printed_body_length(drawing, width, height) == pytest.approx(length)


def test_a_standing_figure_in_a_box_a_hand_wide_prints_at_least_6_cm():
    # 8.5 cm is half the text width of a letter page; the body is the drawing's tallest part.
    drawing = draw_pose(Pose(base="standing"))
    height = height_for_body_length(drawing, 8.5 * CM, 6 * CM)
    assert height is not None and height < 6.6 * CM
