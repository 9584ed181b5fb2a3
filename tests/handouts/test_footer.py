"""The foot of every handout page, for any patient name: one line where the name and the program fit
beside the page number, else two with the name cut; never across the rule above it or the page number."""

from __future__ import annotations

from io import BytesIO

import pdfplumber
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.page import GAP, Footer
from ptplanner.handouts.styles import MARGIN, look

PAGES = "Page 12 of 12"
LETTERS = st.sampled_from(list("WMil .-'") + ["\u00e9", "\u0142", "\u05e9", "\u0633", "\n"])


def _drawn(footer: Footer) -> list[dict]:
    out = BytesIO()
    canvas = Canvas(out, pagesize=LETTER)
    footer.draw(canvas, 12, 12)
    canvas.save()
    with pdfplumber.open(BytesIO(out.getvalue())) as pdf:
        return pdf.pages[0].chars


# Names from a few letters to far more than a line holds (hypothesis alone keeps most of them short).
NAMES = st.one_of(st.text(LETTERS, min_size=1, max_size=30), st.text(LETTERS, min_size=60, max_size=160))


@settings(max_examples=60, deadline=None)
@given(name=NAMES.filter(str.strip), large=st.booleans())
def test_the_footer_takes_one_line_where_it_fits_and_never_crosses_its_rule_or_the_page_number(name, large):
    style = look(large)
    width = LETTER[0] - 2 * style.side_margin
    footer = Footer(name, "Program of March 1, 2025, version 3", style.footer, TextMarkup(()),
                    "Page {number} of {total}", style.side_margin, width)
    chars = _drawn(footer)
    rule = LETTER[1] - (MARGIN + footer.height - GAP / 2)  # from the top, as pdfplumber measures
    assert all(char["bottom"] <= LETTER[1] - MARGIN + style.footer.fontSize * 0.35 for char in chars)
    assert all(char["top"] >= rule for char in chars)
    number, words = chars[-len(PAGES):], chars[: -len(PAGES)]  # the page number is drawn last
    assert "".join(char["text"] for char in number) == PAGES
    assert not words or max(char["x1"] for char in words) < min(char["x0"] for char in number)
    lines = {round(char["top"]) for char in words if char["text"].strip()}
    assert len(lines) == (1 if footer.height < 2 * style.footer.leading else 2), (name, lines)


def test_a_short_name_takes_one_line_and_a_long_one_two():
    style = look(False)
    width = LETTER[0] - 2 * style.side_margin

    def footer(name: str) -> Footer:
        return Footer(name, "Program of March 1, 2025, version 3", style.footer, TextMarkup(()),
                      "Page {number} of {total}", style.side_margin, width)

    short, long = footer("Ana Silva"), footer("Maria " * 20)
    assert short.height == style.footer.leading + GAP
    assert long.height == 2 * style.footer.leading + GAP
    assert len({round(char["top"]) for char in _drawn(long)}) == 2
