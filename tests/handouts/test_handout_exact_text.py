"""Names and notes print exactly as typed, in embedded fonts, at readable sizes."""

from io import BytesIO

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from handout_samples import (
    build,
    flat,
    font_sizes,
    library,
    make_patient,
    make_program,
    page_texts,
    pdf_text,
    program_with_items,
)
from pypdf import PdfReader

from ptplanner.core.program import ProgramItem
from ptplanner.handouts.markup import REPLACEMENT, TextMarkup
from ptplanner.handouts.styles import look

HOSTILE_NAMES = [
    "<b>Zoë</b> & 'O\"Brien'",
    '<img src="/etc/passwd"/> Smith',
    "<font size=60>Big</font> &lt;Ann&gt; &amp;",
    "Zofia Łukasiewicz-Żółć",
    "Ελένη Παπαδοπούλου",
    "Иван Петров",
    "José Ñúñez Müller",
]
CJK = "王小明"


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_and_non_latin_names_print_exactly(name):
    patient = make_patient(name=name)
    handout = build(patient, make_program(patient))
    first = page_texts(handout.pdf)[0]
    assert f"{name} Home exercise program" in first
    assert handout.warnings == ()


def test_markup_in_a_note_is_printed_not_obeyed():
    patient = make_patient()
    program = make_program(patient)
    note = '<font size=60>HUGE</font> <b>bold?</b> & <img src="/etc/hostname"/> "quoted"'
    items = program.stages[1].items
    noted = program.stages[1].model_copy(
        update={"items": (items[0].model_copy(update={"note": note}), *items[1:])}
    )
    handout = build(
        patient, program.model_copy(update={"stages": (program.stages[0], noted, *program.stages[2:])})
    )
    assert f"Note from your therapist: {note}" in pdf_text(handout.pdf)
    assert 60.0 not in font_sizes(handout.pdf)
    reader = PdfReader(BytesIO(handout.pdf))
    assert all("/XObject" not in page["/Resources"] for page in reader.pages)  # no image was loaded


def test_only_embedded_fonts_are_used():
    for options in ({}, {"large_print": True}):
        reader = PdfReader(BytesIO(build(**options).pdf))
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert font["/Subtype"] == "/TrueType", font["/BaseFont"]  # never a base-14 Type1 font
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_large_print_body_is_at_least_16_pt_and_normal_at_least_12():
    large, normal = font_sizes(build(large_print=True).pdf), font_sizes(build().pdf)
    assert max(large, key=large.get) >= 16  # the size most text is set in
    assert min(large) >= 14
    assert max(normal, key=normal.get) >= 12
    assert look(True).body.fontSize >= 16 and look(False).body.fontSize >= 12
    headings = [look(False).title, look(False).section, look(False).exercise]
    assert all(14 <= style.fontSize <= 18 for style in headings)


def test_characters_no_font_has_are_replaced_visibly_and_reported():
    patient = make_patient(name=f"{CJK} Wang")
    handout = build(patient, make_program(patient), font_folders=())
    assert f"{REPLACEMENT * 3} Wang" in page_texts(handout.pdf)[0]
    assert len(handout.warnings) == 1
    warning = handout.warnings[0]
    assert "王 (U+738B)" in warning and "the patient's name" in warning and REPLACEMENT in warning


def test_an_installed_font_with_the_characters_is_used_and_embedded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fonts")
    _make_font(folder / "wqy-microhei.ttf", CJK)
    patient = make_patient(name=f"{CJK} Wang")
    handout = build(patient, make_program(patient), font_folders=(folder,))
    assert handout.warnings == ()
    assert f"{CJK} Wang Home exercise program" in page_texts(handout.pdf)[0]
    fonts = PdfReader(BytesIO(handout.pdf)).pages[0]["/Resources"]["/Font"].values()
    assert any("TestCJK" in font.get_object()["/BaseFont"] for font in fonts)


def test_controls_print_as_spaces_and_invisible_marks_are_dropped():
    markup = TextMarkup(font_folders=())
    assert markup("a\tb\x07c\u2066d<", "a note") == "a b cd&lt;"  # U+2066: an isolate mark no font draws
    assert markup.warnings == []


def test_long_names_and_notes_and_40_exercises_paginate_with_blocks_whole():
    patient = make_patient(name="Bartholomew " * 800)  # 9,600 characters
    exercises = library().active()[:40]
    items = [
        ProgramItem.of(e, note=f"note-{n} " + "Keep it slow. " * 120) for n, e in enumerate(exercises, 1)
    ]
    handout = build(patient, program_with_items(patient, items))
    pages = page_texts(handout.pdf)
    assert handout.pages == len(pages) > 40
    for number, item in enumerate(items, start=1):
        heading = f"{number}. {flat(item.exercise.name)}"
        page = next(i for i, text in enumerate(pages) if heading in text)
        assert f"note-{number} " in pages[page], f"exercise {number} was split across pages"
    assert all("Page" in text and "…" in text for text in pages)  # the footer shortens the name


def _make_font(path, characters):
    """A tiny TrueType font whose glyphs for `characters` are squares."""
    names = [".notdef", "space"] + [f"uni{ord(ch):04X}" for ch in characters]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({32: "space"} | {ord(ch): f"uni{ord(ch):04X}" for ch in characters})
    glyphs = {name: _square() for name in names}
    glyphs["space"] = TTGlyphPen(None).glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "TestCJK", "styleName": "Regular", "psName": "TestCJK-Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))


def _square():
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((900, 700))
    pen.lineTo((900, 0))
    pen.closePath()
    return pen.glyph()


def test_a_pipe_named_like_a_fallback_font_is_passed_over_rather_than_read(tmp_path):
    import os

    from ptplanner.handouts.fonts import load_fallback_font

    pipe = tmp_path / "wqy-microhei-pipe.ttf"
    os.mkfifo(pipe)
    assert load_fallback_font(pipe) is None  # returns at once: nothing opened the pipe
