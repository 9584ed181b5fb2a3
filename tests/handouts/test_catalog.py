"""The library catalog PDF: every exercise, embedded fonts, page numbers, safe with any text."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing

from ptplanner.core.library import Library, load_library
from ptplanner.handouts.catalog import PICTURE_GAP, _pictures, _styles, build_catalog
from ptplanner.resources import exercises_dir

LIBRARY = load_library(exercises_dir())


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("catalog") / "catalog.pdf"
    catalog = build_catalog(LIBRARY)
    out.write_bytes(catalog.pdf)
    return out, catalog.pages


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_catalog_names_every_exercise(catalog):
    out, _ = catalog
    text = " ".join(_text(out).split())
    missing = [e.name for e in LIBRARY.exercises.values() if " ".join(e.name.split()) not in text]
    assert missing == []


def test_the_returned_page_count_is_the_pdfs_and_every_page_says_so(catalog):
    out, pages = catalog
    reader = PdfReader(out)
    assert pages == len(reader.pages) > 1
    assert f"page 1 of {pages}" in reader.pages[0].extract_text()
    assert f"page {pages} of {pages}" in reader.pages[-1].extract_text()


def test_every_font_is_embedded(catalog):
    out, _ = catalog
    fonts = {}
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        assert "/FontDescriptor" in font, f"{name} is not embedded"
        assert any(key in font["/FontDescriptor"] for key in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_categories_head_their_exercises_sorted_by_name(catalog):
    out, _ = catalog
    text = " ".join(_text(out).split())
    hips = sorted((e.name for e in LIBRARY.active() if e.category == "hip strengthening"), key=str.lower)
    positions = [text.index(name) for name in hips]
    assert positions == sorted(positions)
    assert text.index("Hip strengthening") < positions[0]


def test_hostile_text_is_printed_as_written(tmp_path):
    exercise = next(iter(LIBRARY.exercises.values()))
    hostile = exercise.model_copy(
        update={
            "name": "<b>Ouch & <font size=60>big</font>",
            "steps": ('<img src="/etc/passwd"/> Łódź Иван step',),
            "stop_if": "Stop if pain > 3 & < 5",
        }
    )
    out = tmp_path / "hostile.pdf"
    out.write_bytes(build_catalog(Library({hostile.id: hostile})).pdf)
    text = _text(out)
    assert "<b>Ouch & <font size=60>big</font>" in text
    assert '<img src="/etc/passwd"/> Łódź Иван step' in text
    assert "Stop if pain > 3 & < 5" in text


def test_an_exercise_without_pictures_still_prints(tmp_path):
    exercise = next(iter(LIBRARY.exercises.values())).model_copy(update={"pictures": None})
    out = tmp_path / "plain.pdf"
    catalog = build_catalog(Library({exercise.id: exercise}), paper="a4")
    out.write_bytes(catalog.pdf)
    assert catalog.pages == 1
    assert "No picture yet" in _text(out)


def test_an_unknown_paper_size_is_refused(tmp_path):
    with pytest.raises(ValueError, match="letter, a4"):
        build_catalog(LIBRARY, paper="tabloid")


def test_each_exercise_shows_its_pictures_labelled_in_order(catalog):
    out, _ = catalog
    text = " ".join(_text(out).split())
    assert "Log roll in and out of bed Start Then End Every time you get in or out of bed." in text
    assert "Bridge Start End" in text
    drawings = [
        flowable
        for flowable in _pictures(LIBRARY.get("log-roll"), 500, _styles())._cellvalues[0]
        if isinstance(flowable, Drawing)
    ]
    assert len(drawings) == 3
    assert all(drawing.width == pytest.approx(500 / 3 - PICTURE_GAP / 2) for drawing in drawings)
