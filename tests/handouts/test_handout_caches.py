"""What a handout keeps from earlier work gives the very bytes that doing the work again gives: pictures
printed from the operators kept of an earlier print (handouts/pictures.py: draw_picture), paragraphs from
markup parsed before, lines broken before and heights measured before (handouts/paragraphs.py), blocks in
the layouts chosen before (handouts/block_plans.py, tested in test_block_plans.py). Speed never changes the
print."""

from __future__ import annotations

from io import BytesIO

import pytest
from handout_samples import build, library, make_patient, page_texts, program_with_items
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ptplanner.core.figure import Drawing, Path
from ptplanner.core.program import ProgramItem
from ptplanner.handouts import block_plans, paragraphs, picture_rows, pictures
from ptplanner.handouts.exercise_block import core_drawings
from ptplanner.handouts.fonts import register_fonts
from ptplanner.handouts.styles import look

# Pool exercises draw the water see-through (a named transparency on the page); the rest plain lines.
POOL = ("pool-leg-swings", "pool-marching", "pool-heel-raises")


@pytest.fixture(autouse=True, scope="module")
def _fonts():
    register_fonts()  # the pictures' labels are set in DejaVu Sans: a test run alone found it unregistered


def drawn_afresh(canvas, drawing, width, height, font, size):
    """How every picture was printed before its operators were kept."""
    pictures.picture_flowable(drawing, width, height, font, size).drawOn(canvas, 0, 0)


class NeverKept(dict):
    """With this as the kept markup and plain Paragraphs, every paragraph is made as before: its markup
    parsed each time, its lines broken again at every measure."""

    def get(self, key, default=None):
        return default

    def __setitem__(self, key, value):
        pass


def items() -> list[ProgramItem]:
    illustrated = [e for e in library().active() if e.pictures is not None and e.id not in POOL][:9]
    return [ProgramItem.of(library().get(exercise_id)) for exercise_id in POOL] + [
        ProgramItem.of(exercise) for exercise in illustrated
    ]


@pytest.mark.parametrize("large_print", [False, True])
def test_a_handout_prints_the_same_bytes_with_kept_work_as_done_afresh(monkeypatch, large_print):
    patient = make_patient(name="Zoë <b>O'Brien</b> & אבי כהן")  # markup, and right-to-left words
    program = program_with_items(patient, items())
    pictures._printed.cache_clear()
    paragraphs.forget()
    block_plans.forget_plans()
    first = build(patient, program, large_print=large_print).pdf  # keeps operators, markup, heights, layouts
    again = build(patient, program, large_print=large_print).pdf  # prints from them
    assert pictures._printed.cache_info().hits >= 12 and paragraphs._kept and paragraphs._heights
    monkeypatch.setattr(picture_rows, "draw_picture", drawn_afresh)
    monkeypatch.setattr(paragraphs, "_kept", NeverKept())
    monkeypatch.setattr(paragraphs, "MeasuredParagraph", Paragraph)
    monkeypatch.setattr(block_plans, "_plans", block_plans.OrderedDict())
    monkeypatch.setattr(block_plans, "MOST_PLANS", 0)
    monkeypatch.setattr(block_plans, "_ways", block_plans.OrderedDict())
    monkeypatch.setattr(block_plans, "_fitted", block_plans.OrderedDict())
    monkeypatch.setattr(block_plans, "MOST_WAYS", 0)
    fresh = build(patient, program, large_print=large_print).pdf
    assert first == again == fresh
    assert "pool" in " ".join(page_texts(fresh)).lower()


def test_a_kept_transparency_takes_the_pages_next_name_and_a_picture_inside_one_is_drawn_afresh():
    drawing = core_drawings(library().get("pool-marching").pictures)[0]
    args = (drawing, 120.0, 90.0, "DejaVuSans", 9.0)

    def page(draw, inside_transparency: bool) -> list[str]:
        canvas = Canvas(BytesIO())
        canvas.saveState()
        canvas.setFillAlpha(0.5)  # the page names this transparency first: gRLs0
        if not inside_transparency:
            canvas.restoreState()
        draw(canvas, *args)
        return canvas._code

    for inside in (False, True):
        kept = page(pictures.draw_picture, inside)
        assert kept == page(drawn_afresh, inside)
        assert "/gRLs1 gs" in kept  # the water, after the page's own


def rendered(draw, drawing, size=(120.0, 90.0), font=("DejaVuSans", 9.0)) -> tuple[list[str], dict]:
    canvas = Canvas(BytesIO())
    start = len(canvas._code)
    draw(canvas, drawing, *size, *font)
    return canvas._code[start:], dict(canvas._extgstate._c)


def test_every_bundled_picture_is_drawn_as_reportlabs_renderer_draws_it():
    """The pictures' operators come straight from their paths, not through reportlab shapes: the same."""
    for exercise in library().active():
        for drawing in core_drawings(exercise.pictures) if exercise.pictures else ():
            for size, font in (((120.0, 90.0), ("DejaVuSans", 9.0)), ((201.3, 77.7), ("DejaVuSans-Bold", 14.0))):
                assert rendered(pictures._render, drawing, size, font) == rendered(
                    drawn_afresh, drawing, size, font
                ), exercise.id


def test_paths_of_every_kind_are_drawn_as_reportlabs_renderer_draws_them():
    square = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    paths = [
        Path(square, fill=0.5, stroke=0.2, width=0.03, opacity=0.4),  # see-through fill and stroke
        Path(square, fill=None, stroke=None),  # nothing to paint
        Path(square[:2], fill=0.3, stroke=None, closed=False),  # an open line with no stroke
        Path(square[:3], stroke=0.1, width=0.02, closed=False, dashed=True),
        Path(square, fill=0.9, stroke=0.0, width=0.01, dashed=True, opacity=0.4),
    ]
    drawing = Drawing(tuple(paths), left=-0.5, bottom=-0.5, width=2.0, height=2.0)
    assert rendered(pictures._render, drawing) == rendered(drawn_afresh, drawing)


def drawn(paragraph: Paragraph, width: float) -> list[str]:
    canvas = Canvas(BytesIO())
    paragraph.wrapOn(canvas, width, 1e6)
    paragraph.drawOn(canvas, 0, 0)
    return canvas._code


def test_a_paragraph_told_its_height_breaks_its_lines_when_drawn_for_the_width_last_asked():
    style = look(False).body
    text = "Lie on your back with your knees bent. <b>Slowly</b> slide one heel away &amp; back. " * 3
    paragraphs.forget()
    measured = paragraphs.paragraph(text, style)
    heights = {width: measured.wrap(width, 1e6)[1] for width in (150.0, 300.0)}
    told = paragraphs.paragraph(text, style)
    assert told.wrap(150.0, 1e6)[1] == heights[150.0] and told.wrap(300.0, 1e6)[1] == heights[300.0]
    assert "blPara" not in told.__dict__  # known heights: no line broken yet
    assert drawn(told, 300.0) == drawn(Paragraph(text, style), 300.0)
    halves = paragraphs.paragraph(text, style)
    halves.wrap(150.0, 1e6)
    split = halves.split(150.0, heights[150.0] / 2)  # its lines broken when splitting needs them
    fresh = Paragraph(text, style)
    fresh.wrap(150.0, 1e6)
    expected = fresh.split(150.0, heights[150.0] / 2)
    assert len(split) == 2
    assert [drawn(part, 150.0) for part in split] == [drawn(part, 150.0) for part in expected]


def test_the_heights_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(paragraphs, "MOST_HEIGHTS", 10)
    paragraphs.forget()
    style = look(False).body
    for number in range(25):
        paragraphs.paragraph(f"Line {number}", style).wrap(200.0, 1e6)
    assert 0 < len(paragraphs._heights) <= 10
