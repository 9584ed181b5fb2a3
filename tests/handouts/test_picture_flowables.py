"""Exercise pictures as vector drawings in a PDF."""

from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing as PdfDrawing
from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import SimpleDocTemplate, Table

from ptplanner.core.library import load_library
from ptplanner.core.pose import Pictures, Pose
from ptplanner.core.program import ProgramItem
from ptplanner.handouts.document import MARGIN
from ptplanner.handouts.exercise_block import PICTURE_GAP, exercise_block
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.pictures import pictures_flowables, pose_flowable
from ptplanner.handouts.styles import Layout, look
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())
EXERCISES = sorted(LIBRARY.exercises.values(), key=lambda e: e.id)


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


def _picture_row(exercise_id: str, large_print: bool = False):
    """The pictures table of the exercise's handout block: its drawings and their labels."""
    layout = Layout(look(large_print), TextMarkup(()), LETTER[0] - 2 * MARGIN, 600, date(2025, 3, 1))
    block = exercise_block(1, ProgramItem.of(LIBRARY.get(exercise_id)), layout)
    table = next(
        part
        for part in block._content
        if isinstance(part, Table) and isinstance(part._cellvalues[0][0], PdfDrawing)
    )
    drawings = table._cellvalues[0]
    labels = [cell.getPlainText() for cell in table._cellvalues[1]] if len(table._cellvalues) > 1 else []
    return layout, drawings, labels


def _scale(drawing: PdfDrawing) -> float:
    """Points per body height in a picture."""
    return round(drawing.contents[0].transform[0], 6)


@pytest.mark.parametrize("large_print", [False, True])
def test_the_handout_shows_the_log_roll_in_three_labelled_pictures_across_the_page(large_print):
    layout, drawings, labels = _picture_row("log-roll", large_print)
    assert labels == ["Start", "Then", "End"]
    assert len(drawings) == 3
    for drawing in drawings:
        # A third of the text width each, less the gap; as tall as two pictures get.
        assert drawing.width == pytest.approx(layout.width / 3 - PICTURE_GAP)
        assert drawing.height == layout.look.picture_height
    widest = max(drawing.getBounds()[2] - drawing.getBounds()[0] for drawing in drawings)
    assert widest > 0.85 * drawings[0].width  # as big as a third of the page allows
    # Still big enough to see: the body is drawn as large as in the two upright pictures of sit to stand.
    _, upright, _ = _picture_row("sit-to-stand")
    assert len({_scale(drawing) for drawing in drawings}) == 1
    assert _scale(drawings[0]) >= _scale(upright[0])


@pytest.mark.parametrize("exercise_id", ["bridge", "ankle-pumps", "sit-to-stand"])
def test_other_exercises_keep_two_labelled_pictures_across_the_page(exercise_id):
    layout, drawings, labels = _picture_row(exercise_id)
    assert labels == ["Start", "End"]
    assert [drawing.width for drawing in drawings] == [pytest.approx(layout.width / 2 - PICTURE_GAP)] * 2


def test_a_single_picture_has_no_label_and_half_the_width(monkeypatch):
    # Every bundled exercise has two pictures now; a clinic's own exercise may still have one.
    walking = LIBRARY.get("graded-walking")
    single = walking.model_copy(
        update={"id": "walk-alone", "pictures": Pictures(start=walking.pictures.start, single="Walk tall.")}
    )
    monkeypatch.setitem(LIBRARY.exercises, single.id, single)
    layout, drawings, labels = _picture_row(single.id)
    assert labels == []
    assert [drawing.width for drawing in drawings] == [pytest.approx(layout.width / 2 - PICTURE_GAP)]
