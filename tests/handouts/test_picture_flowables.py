"""Exercise pictures as vector drawings in a PDF."""

import pytest
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from ptplanner.core.library import load_library
from ptplanner.core.pose import Pose
from ptplanner.handouts.pictures import pictures_flowables, pose_flowable
from ptplanner.resources import exercises_dir

EXERCISES = sorted(load_library(exercises_dir()).exercises.values(), key=lambda e: e.id)


def test_a_pose_becomes_a_flowable_of_the_asked_size():
    flowable = pose_flowable(Pose(base="standing"), 200, 120)
    assert (flowable.width, flowable.height) == (200, 120)
    assert flowable.wrap(500, 500) == (200, 120)


def test_the_figure_is_scaled_into_the_box():
    flowable = pose_flowable(Pose(base="supine", props=["mat"]), 300, 100)
    left, bottom, right, top = flowable.getBounds()
    assert 0 <= left and right <= 300 + 1e-6 and 0 <= bottom and top <= 100 + 1e-6
    assert right - left > 280  # a lying figure fills the width


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_bundled_exercise_gives_one_flowable_per_picture(exercise):
    flowables = pictures_flowables(exercise.pictures, 180, 120)
    assert len(flowables) == len(exercise.pictures.poses())


def test_every_bundled_picture_goes_into_a_pdf(tmp_path):
    story = [f for e in EXERCISES for f in pictures_flowables(e.pictures, 240, 150)]
    out = tmp_path / "pictures.pdf"
    SimpleDocTemplate(str(out)).build(story)
    assert len(PdfReader(out).pages) >= len(EXERCISES) // 5
