"""Pictures cut to what they show, in rows, with the words beside the rows that leave them room."""

from datetime import date
from io import BytesIO

import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ptplanner.core.figure.primitives import bounds
from ptplanner.core.library import load_library
from ptplanner.core.program import ProgramItem
from ptplanner.handouts.block_words import block_words
from ptplanner.handouts.exercise_block import (
    GUTTER,
    _least_text_width,
    _rows_with_words,
    _words,
    content_boxes,
    core_drawings,
)
from ptplanner.handouts.flowables import HeadedLines
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.picture_rows import body_scale, cut_rows, row_sizes
from ptplanner.handouts.styles import Layout, look
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())


def _layout(large_print: bool = True) -> Layout:
    style = look(large_print)
    return Layout(style, TextMarkup(()), LETTER[0] - 2 * style.side_margin, 642, date(2025, 3, 1))


def test_pictures_go_in_rows_every_way_in_their_order():
    assert row_sizes(1) == [(1,)]
    assert row_sizes(3) == [(3,), (2, 1), (1, 2), (1, 1, 1)]
    assert all(sum(sizes) == 4 for sizes in row_sizes(4)) and len(row_sizes(4)) == 8


@pytest.mark.parametrize("exercise_id", ["car-transfer", "log-roll", "getting-down-to-the-floor", "bird-dog"])
def test_each_picture_is_cut_to_what_it_shows_and_keeps_all_of_it(exercise_id):
    pictures = LIBRARY.get(exercise_id).pictures
    drawings = core_drawings(pictures)
    count = len(drawings)
    rows = cut_rows(drawings, content_boxes(pictures), ["Start"] * count, _layout(), 10.0, [1] * count)
    for drawing, row in zip(drawings, rows, strict=True):
        cut = row.pictures[0].drawing
        assert cut.width <= drawing.width and cut.height <= drawing.height
        # Everything drawn but a floor line (which is cut to the new sides) stays inside the box.
        left, bottom, right, top = bounds(tuple(p for p in cut.paths if len({y for _, y in p.points}) > 1))
        assert cut.left - 0.02 <= left and right <= cut.left + cut.width + 0.02
        assert cut.bottom - 1e-6 <= bottom and top <= cut.bottom + cut.height + 1e-6
    # One scale for all: the printed box is the cut box times the scale.
    assert all(row.pictures[0].height == pytest.approx(row.pictures[0].drawing.height * 10) for row in rows)


def test_a_drawing_with_empty_sides_prints_narrower_than_the_box_the_pictures_share():
    pictures = LIBRARY.get("getting-down-to-the-floor").pictures  # standing, kneeling, on hands and knees
    drawings = core_drawings(pictures)
    standing = cut_rows(drawings, content_boxes(pictures), ["Start"] * 3, _layout(), 100.0, [1, 1, 1])[0]
    assert standing.pictures[0].drawing.width < 0.7 * drawings[0].width


def _words_of(exercise, layout: Layout) -> list:
    return _words(block_words(1, ProgramItem.of(exercise), layout, False, False), layout, 0)


def test_words_beside_the_rows_are_all_printed_once_in_their_order():
    layout, canvas = _layout(), Canvas(BytesIO())
    exercise = LIBRARY.get("log-roll")
    drawings = core_drawings(exercise.pictures)
    scale = body_scale(drawings, 6.0)
    expected = _texts(_words_of(exercise, layout))
    for sizes in row_sizes(3):
        labels = ["Start", "Then", "End"]
        rows = cut_rows(drawings, content_boxes(exercise.pictures), labels, layout, scale, sizes)
        if max(row.width for row in rows) > layout.width:
            continue
        parts = _rows_with_words(rows, _words_of(exercise, layout), layout, canvas)
        assert "".join(_texts(parts)).replace(" ", "") == "".join(expected).replace(" ", ""), sizes


def test_no_sentence_is_split_around_a_row_of_pictures_without_words_beside_it():
    from reportlab.lib.pagesizes import A4

    style = look(True)
    layout = Layout(style, TextMarkup(()), A4[0] - 2 * style.side_margin, 692, date(2025, 3, 1))
    # A row that leaves room beside it, then one that leaves none: a standing body (narrow), then the bird
    # dog's arm and leg out on its mat (as wide as the mat), at the bird dog's scale.
    exercise, standing = LIBRARY.get("bird-dog"), LIBRARY.get("standing-march")
    drawings = [core_drawings(standing.pictures)[0], core_drawings(exercise.pictures)[1]]
    boxes = (content_boxes(standing.pictures)[0], content_boxes(exercise.pictures)[1])
    scale = body_scale(core_drawings(exercise.pictures), 6.0)
    rows = cut_rows(drawings, boxes, ["Start", "End"], layout, scale, [1, 1])
    least = layout.width - _least_text_width(layout) - GUTTER
    assert rows[0].width <= least < rows[1].width  # room beside the first row only
    parts = _rows_with_words(rows, _words_of(exercise, layout), layout, Canvas(BytesIO()))
    whole = set(_texts(_words_of(exercise, layout)))
    beside_the_first = _texts(parts[:1])
    assert beside_the_first and set(beside_the_first) <= whole  # whole sentences only
    assert len(parts) > 2  # the second row stands alone across the page, the rest of the words under it


def _texts(parts) -> list[str]:
    """The words of `parts` in reading order (a row's pictures first, then the words beside them)."""
    found = []
    for part in parts:
        if isinstance(part, Paragraph):
            if part.style.name != "picture-label":
                found.append(part.getPlainText())
        elif isinstance(part, HeadedLines):
            found += _texts(part.parts)
        elif hasattr(part, "_cellvalues"):
            for row in part._cellvalues:
                for cell in row:
                    found += _texts(cell if isinstance(cell, list | tuple) else [cell])
    return found


def test_reminders_split_between_lines_never_leaving_the_heading_alone():
    layout = _layout()
    lines = [Paragraph(f"line {n}", layout.look.body) for n in range(4)]
    block = HeadedLines([Paragraph("Remember:", layout.look.body), *lines])
    line = lines[0].wrap(200, 1e6)[1]
    heading = block.parts[0].wrap(200, 1e6)[1]
    assert block.split(200, heading + line / 2) == []  # the heading alone: not split, moved whole
    first, rest = block.split(200, heading + 2.5 * line)
    assert [p.getPlainText() for p in first.parts] == ["Remember:", "line 0", "line 1"]
    assert [p.getPlainText() for p in rest.parts] == ["line 2", "line 3"]
    assert rest.split(200, line * 1.5)[0].parts == [lines[2]]  # what is left splits after any line


def test_reminders_across_the_page_stand_in_two_columns_where_that_is_shorter():
    layout = _layout(large_print=False)
    lines = [Paragraph(f"line {n}", layout.look.body) for n in range(4)]
    block = HeadedLines([Paragraph("Remember:", layout.look.body), *lines], columns_from=400, gutter=12)
    heading, line = (part.wrap(500, 1e6)[1] for part in block.parts[:2])
    assert block.wrap(500, 1e6)[1] == pytest.approx(heading + 2 * line)  # two lines a column
    assert block.split(500, heading + line) == []  # in columns it moves whole
    assert block.wrap(300, 1e6)[1] == pytest.approx(heading + 4 * line)  # beside pictures: one column
    long = [Paragraph("a reminder long enough to need two lines in half a column " * 2, layout.look.body)] * 3
    single = HeadedLines([Paragraph("Remember:", layout.look.body), *long], columns_from=400, gutter=12)
    assert single.wrap(500, 1e6)[1] == pytest.approx(sum(p.wrap(500, 1e6)[1] for p in single.parts))
