"""Right-to-left paragraphs wrap in typing order and are drawn in visual order, whatever the width, and
across pages; the catalog prints a clinic's own exercises in Hebrew and Arabic."""

from __future__ import annotations

import unicodedata
from io import BytesIO

from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph, SimpleDocTemplate
from test_rtl_printing import printed_lines, typed

from ptplanner.core.exercise import Origin
from ptplanner.core.library import Library
from ptplanner.handouts.catalog import build_catalog
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.styles import look
from tests.handouts.handout_samples import library

HEBREW = "אבגדהוזחטיכלמנסעפצקרשתםןףךץ"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
EDGE = 10


def one_paragraph(text: str, width: float, height: float) -> bytes:
    """A PDF of `text` as one body paragraph in a frame `width` wide, on pages `height` high."""
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(width + 2 * EDGE, height),
        leftMargin=EDGE,
        rightMargin=EDGE,
        topMargin=EDGE,
        bottomMargin=EDGE,
        invariant=1,
    )
    document.build([Paragraph(TextMarkup(font_folders=())(text), look(False).body)])
    return buffer.getvalue()


def sentences(letters: str) -> st.SearchStrategy[str]:
    word = st.text(alphabet=letters, min_size=1, max_size=7)
    ending = st.sampled_from(["", "", "", ",", ".", "!", "?"])
    return st.lists(st.tuples(word, ending), min_size=1, max_size=40).map(
        lambda pairs: " ".join(word + end for word, end in pairs)
    )


@settings(max_examples=30, deadline=None)
@given(sentences(HEBREW), st.integers(110, 400), st.integers(90, 220))
@example("א אאאא אאאאאא אאאאאא אא אאא", 110, 90)  # one line goes on to the next page, still flush right
def test_hebrew_reads_back_in_typing_order_line_by_line_and_page_by_page(text, width, height):
    lines = [line for page in printed_lines(one_paragraph(text, width, height)) for line in page]
    assert " ".join(line.text[::-1] for line in lines) == text
    if len(lines) > 1:  # a wrapped right-to-left paragraph is set flush right
        assert max(line.right for line in lines) - min(line.right for line in lines) < 1


@settings(max_examples=30, deadline=None)
@given(sentences(ARABIC), st.integers(110, 400), st.integers(90, 220))
def test_arabic_reads_back_in_typing_order_with_every_letter_joined(text, width, height):
    lines = [line for page in printed_lines(one_paragraph(text, width, height)) for line in page]
    assert " ".join(typed(line.text) for line in lines) == text
    assert all(ord(ch) >= 0xFB50 for line in lines for ch in line.text if ch in ARABIC or ord(ch) > 0x600)


def test_the_catalog_prints_hebrew_and_arabic_exercises_right_to_left(tmp_path):
    model = library().active()[0]
    hebrew = model.model_copy(
        update={"id": "heel-he", "name": "החלקת עקב", "steps": ("שכב על הגב.",), "origin": Origin.CLINIC}
    )
    arabic = model.model_copy(update={"id": "heel-ar", "name": "رفع الحوض", "origin": Origin.CLINIC})
    catalog = build_catalog(Library({e.id: e for e in (hebrew, arabic)}), font_folders=())
    texts = [line.text for page in printed_lines(catalog.pdf) for line in page]
    assert "בקע תקלחה" in texts and any(".בגה לע בכש" in line for line in texts)
    assert any(typed(line) == "رفع الحوض" for line in texts)
    assert catalog.warnings == ()


MIXED = HEBREW[:8] + ARABIC[:8] + "abcXYZ019 ,.:!?()[]<>&\"'-"
MIRRORED = str.maketrans("()[]<>", "(([[<<")  # a mirrored bracket counts as itself


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=MIXED, min_size=1, max_size=120), st.integers(110, 400))
def test_mixed_text_after_an_english_label_loses_and_gains_no_character(text, width):
    """Whatever the mix (markup characters, brackets, digits, both directions), every character
    typed is printed once: none lost, none doubled, in a paragraph of several styled pieces."""
    buffer = BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=(width + 2 * EDGE, 2000), leftMargin=EDGE, rightMargin=EDGE)
    markup = TextMarkup(font_folders=())
    document.build([Paragraph(f"<b>Note:</b> {markup(text)}", look(False).body)])
    printed = "".join(line.text for page in printed_lines(buffer.getvalue()) for line in page)

    def counted(text: str) -> list[str]:
        plain = unicodedata.normalize("NFKC", text).translate(MIRRORED)
        return sorted(ch for ch in plain if not ch.isspace())

    assert counted(printed) == counted("Note:" + text)


def test_vowel_marks_are_drawn_from_the_origin_of_their_letter():
    """The bundled fonts' Hebrew and Arabic marks have no width and sit over a letter drawn from the
    same point, so each mark must be drawn where its letter starts."""
    import pdfplumber

    typed_text = "מֹשֶׁה مُحَمَّد ہُما"
    with pdfplumber.open(BytesIO(one_paragraph(typed_text, 300, 200))) as document:
        chars = document.pages[0].chars
    is_mark = [unicodedata.category(c["text"]) == "Mn" for c in chars]
    assert sum(is_mark) == sum(unicodedata.category(ch) == "Mn" for ch in typed_text)
    letters = [n for n in range(1, len(chars)) if is_mark[n - 1] and not is_mark[n]]
    for n in letters:  # a letter drawn right after marks: they are its own, from its origin
        first = n
        while first > 0 and is_mark[first - 1]:
            first -= 1
        own = "".join(c["text"] for c in reversed(chars[first:n]))
        assert unicodedata.normalize("NFKC", chars[n]["text"]) + own in typed_text
        assert all(abs(c["x0"] - chars[n]["x0"]) < 0.01 for c in chars[first:n])
    assert len(letters) == 6  # every letter that has marks
