"""The bundled fonts draw Hebrew and joined Arabic; a fallback font's file name cannot become markup."""

import unicodedata
from io import BytesIO

import pdfplumber
import pytest
from fontTools.ttLib import TTFont
from handout_samples import build, make_patient, page_texts
from test_handout_exact_text import _make_font
from test_rtl_printing import baseline

from ptplanner.handouts.shaping import shaped
from ptplanner.resources import fonts_dir

HEBREW_LETTERS = [chr(c) for c in range(0x05D0, 0x05EB)]
# hamza to ghain, feh to yeh: the Arabic alphabet
ARABIC_LETTERS = [chr(c) for c in [*range(0x0621, 0x063B), *range(0x0641, 0x064B)]]
PERSIAN_LETTERS = list("پچژگکی")


@pytest.mark.parametrize("file", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"])
def test_each_bundled_font_has_every_hebrew_letter_and_every_joined_arabic_form(file):
    cmap = TTFont(fonts_dir() / file).getBestCmap()
    assert all(ord(ch) in cmap for ch in HEBREW_LETTERS)
    for letter in ARABIC_LETTERS + PERSIAN_LETTERS:
        for word in (letter, f"ب{letter}", f"{letter}ب", f"ب{letter}ب"):  # alone, last, first, between
            forms, problems = shaped(word, lambda ch: True)
            assert problems == set()
            assert all(ord(ch) in cmap for ch in forms), (file, word, [hex(ord(ch)) for ch in forms])


def test_urdu_prints_joined_in_the_bundled_arabic_font_without_warnings():
    name = "ہما پروین"  # heh goal: a letter DejaVu Sans lacks
    handout = build(make_patient(name=name))
    assert handout.warnings == ()
    with pdfplumber.open(BytesIO(handout.pdf)) as document:
        chars = document.pages[0].chars
    line = next(baseline(c) for c in chars if ord(c["text"]) >= 0x600)  # the title, the first such line
    title = [c for c in chars if abs(baseline(c) - line) < 2]
    letters = {c["fontname"].split("+")[-1] for c in title if c["text"] != " "}
    assert letters == {"NotoSansArabic-Regular"}  # one design for every letter
    drawn = "".join(c["text"] for c in sorted(title, key=lambda c: c["x0"]))
    assert unicodedata.normalize("NFKC", drawn[::-1]) == name
    assert all(ord(ch) >= 0xFB50 for ch in drawn if ch != " ")


def test_plain_arabic_stays_in_dejavu_sans_so_bold_headings_stay_bold():
    handout = build(make_patient(name="محمد"))
    with pdfplumber.open(BytesIO(handout.pdf)) as document:
        fonts = {c["fontname"].split("+")[-1] for c in document.pages[0].chars if ord(c["text"]) >= 0x600}
    assert fonts == {"DejaVuSans-Bold", "DejaVuSans"}  # the title and the footer


def test_a_fallback_font_whose_file_name_looks_like_markup_still_prints(tmp_path):
    _make_font(tmp_path / 'wqy-microhei"><b>x.ttf', "王")
    handout = build(make_patient(name="王 Wang"), font_folders=(tmp_path,))
    assert handout.warnings == ()
    assert "王 Wang" in page_texts(handout.pdf)[0]
