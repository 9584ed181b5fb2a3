"""Exercise pictures on screen: every bundled exercise paints into a QPixmap."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from ptplanner.core.library import load_library
from ptplanner.core.pose import Pose
from ptplanner.gui.pictures import render_pictures_pixmaps, render_pose_pixmap
from ptplanner.resources import exercises_dir

pytestmark = pytest.mark.gui

EXERCISES = sorted(load_library(exercises_dir()).exercises.values(), key=lambda e: e.id)
SIZE = QSize(120, 80)


def _dark_share(image: QImage) -> float:
    dark = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    return dark / (image.width() * image.height())


def test_a_pose_is_painted_on_white(qapp):
    image = render_pose_pixmap(Pose(base="standing"), SIZE).toImage()
    assert image.size() == SIZE
    assert QColor(image.pixel(0, 0)) == QColor("white")
    assert 0.03 < _dark_share(image) < 0.6


def test_the_device_pixel_ratio_sharpens_without_changing_the_size(qapp):
    pixmap = render_pose_pixmap(Pose(base="sitting", props=["chair"]), SIZE, device_pixel_ratio=2.0)
    assert pixmap.size() == SIZE * 2
    assert pixmap.deviceIndependentSize().toSize() == SIZE


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_bundled_exercise_renders(qapp, exercise):
    pixmaps = render_pictures_pixmaps(exercise.pictures, SIZE)
    assert len(pixmaps) == len(exercise.pictures.poses())
    images = [pixmap.toImage() for pixmap in pixmaps]
    for image in images:
        assert _dark_share(image) > 0.02
    if len(images) == 2:
        assert images[0] != images[1]
