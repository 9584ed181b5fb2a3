"""Exercise pictures on screen: every bundled exercise paints into a QPixmap; the detail pane shows them."""

import re

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from ptplanner.core.exercise import Origin
from ptplanner.core.library import load_library
from ptplanner.core.pose import Pose
from ptplanner.gui.library.detail import ExerciseDetail
from ptplanner.gui.library.pictures import ExercisePictures
from ptplanner.gui.pictures import render_pictures_pixmaps, render_pose_pixmap
from ptplanner.resources import exercises_dir

pytestmark = pytest.mark.gui

LIBRARY = load_library(exercises_dir())
EXERCISES = sorted(LIBRARY.exercises.values(), key=lambda e: e.id)
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
    for index, image in enumerate(images):
        assert all(image != later for later in images[index + 1 :])


@pytest.fixture
def detail(qtbot):
    pane = ExerciseDetail(ExercisePictures().pictures)
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def shown_pictures(pane: ExerciseDetail) -> list[tuple[str, QImage]]:
    """The captions under the pane's pictures, in order, with the images they name."""
    cells = re.findall(r'<img src="(picture-\d+)" /><br /><span[^>]*>([^<]*)</span>', pane.toHtml())
    document = pane.document()
    return [
        (caption, document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name)))
        for name, caption in cells
    ]


def test_the_detail_pane_shows_the_log_roll_in_three_labelled_pictures(detail):
    detail.show_exercise(LIBRARY.get("log-roll"), LIBRARY)
    shown = shown_pictures(detail)
    assert [caption for caption, _ in shown] == ["Start", "Then", "End"]
    sizes = {image.size().toTuple() for _, image in shown}
    assert len(sizes) == 1  # one size, side by side
    width, _ = sizes.pop()
    assert 3 * width <= detail.viewport().width()  # all three fit across the pane
    assert width >= 160  # at 700 px wide, still well above the narrowest


@pytest.mark.parametrize("exercise_id", ["bridge", "bird-dog", "ankle-pumps"])
def test_the_detail_pane_shows_other_exercises_in_two_labelled_pictures(detail, exercise_id):
    detail.show_exercise(LIBRARY.get(exercise_id), LIBRARY)
    shown = shown_pictures(detail)
    assert [caption for caption, _ in shown] == ["Start", "End"]
    assert shown[0][1].size() == shown[1][1].size()


def test_three_pictures_still_fit_a_narrow_pane(detail, qtbot):
    detail.resize(380, 600)
    detail.show_exercise(LIBRARY.get("log-roll"), LIBRARY)
    qtbot.waitUntil(lambda: len(shown_pictures(detail)) == 3)
    width = shown_pictures(detail)[0][1].width()
    assert 3 * width + 48 <= detail.viewport().width()
    assert not detail.horizontalScrollBar().isVisible() or detail.horizontalScrollBar().maximum() == 0


def test_a_clinic_copy_of_the_log_roll_with_photos_shows_its_two_photos(qapp):
    photo = QImage(400, 300, QImage.Format.Format_RGB32)
    photo.fill(QColor("darkGray"))
    asked = []
    pictures = ExercisePictures(load_photo=lambda exercise_id, kind: asked.append(kind) or photo)
    copy = LIBRARY.get("log-roll").model_copy(update={"id": "our-log-roll", "origin": Origin.CLINIC})

    def size_for(count: int) -> QSize:
        return QSize(480 // count, 360 // count)

    shown = pictures.pictures(copy, size_for)

    assert asked == ["start", "end"]  # the photo slots are as they were
    assert [label for label, _ in shown] == ["Start", "End"]
    assert all(image.width() == 240 for _, image in shown)  # sized for two across
    drawn = ExercisePictures().pictures(copy, size_for)
    assert [label for label, _ in drawn] == ["Start", "Then", "End"]
    assert all(image.width() == 160 for _, image in drawn)  # without photos: three drawn, sized for three
