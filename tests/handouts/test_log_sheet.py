"""The log sheet, measured in the PDF (pdfplumber): boxes a pen can use, a walking row whenever the
stage walks, a notes row, and row names whole (on two lines at most; one in large print), for every demo
patient."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO

import pdfplumber
import pytest
from hypothesis import given
from hypothesis import strategies as st
from demo_handouts import DEMO_TODAY, demo_clinic
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ptplanner.core.dates import DateStyle, DateWords
from ptplanner.core.language import Language, speaking, tr
from ptplanner.core.walking_program import stage_walks
from ptplanner.core.translation import Translations
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts import document
from ptplanner.handouts.document import localized_content
from ptplanner.handouts.options import HandoutOptions
from ptplanner.handouts.log_sheet import (
    NOTES,
    PLANNED,
    WALKED,
    log_sheet_start,
    log_title,
    one_line,
    row_names,
    wrapped,
)
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.styles import Layout, look

PRINTS = {
    "letter": {"paper": "letter"},
    "a4": {"paper": "a4"},
    "letter large print": {"paper": "letter", "large_print": True},
    "a4 large print": {"paper": "a4", "large_print": True},
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_clinic(tmp_path_factory.mktemp("demo"))


TITLE_START = {Language.ENGLISH: "My exercise log", Language.SPANISH: "Mi registro"}


def log_pages(pdf: bytes, language: Language = Language.ENGLISH) -> list[pdfplumber.page.Page]:
    """The pages with a log sheet, from its title down (the walking plan's table may stand above it)."""
    document = pdfplumber.open(BytesIO(pdf))
    pages = []
    for page in document.pages:
        found = page.search(TITLE_START[language])
        if found:
            pages.append(page.crop((0, min(match["top"] for match in found) - 1, page.width, page.height)))
    return pages


def first_column(page) -> list[str]:
    """The text of each cell of the log table's first column, top to bottom, lines kept apart by "\\n".

    Cells are found from the table's grid lines (the boxes inside the cells are rectangles, not lines)."""
    verticals = [line for line in page.lines if line["height"] > 0]
    top, bottom = min(line["top"] for line in verticals), max(line["bottom"] for line in verticals)
    inside = [line for line in page.lines if line["width"] > 0 and top - 1 <= line["top"] <= bottom + 1]
    across = sorted({round(line["top"], 1) for line in inside})
    down = sorted({round(line["x0"], 1) for line in verticals})
    left, right = down[0], down[1]
    return [
        page.crop((left, top, right, bottom)).extract_text() for top, bottom in zip(across, across[1:])
    ]


@pytest.mark.parametrize("name", list(PRINTS))
def test_every_box_on_every_demo_log_sheet_is_big_enough_to_tick(demo, name):
    smallest = (7 if "large" in name else 5) * mm
    for index in range(len(demo.patients)):
        pages = log_pages(demo.handout(index, **PRINTS[name]).pdf)
        assert pages
        for page in pages:
            boxes = [rect for rect in page.rects if rect["stroke"] and not rect["fill"]]
            assert boxes
            assert min(min(box["width"], box["height"]) for box in boxes) >= smallest


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH])
@pytest.mark.parametrize("name", list(PRINTS))
def test_every_row_is_there_its_name_on_two_lines_at_most_and_on_one_in_large_print(demo, name, language):
    whole = 0
    for index, (patient, program) in enumerate(demo.patients):
        options = HandoutOptions(language=language)
        content = localized_content(
            patient, program, demo.clinic, options, DEMO_TODAY, Translations(), language
        )
        with speaking(language):  # the names in the language printed, as demo.handout prints them
            expected = [tr("Exercise"), *row_names(content)]
        for page in log_pages(demo.handout(index, language=language, **PRINTS[name]).pdf, language):
            # Between two weeks' tables on one page lies the second week's heading, not a cell.
            column = [cell for cell in first_column(page) if not cell.startswith(TITLE_START[language])]
            weeks = column.count(expected[0])  # a short week's sheet may share its page with the next
            assert weeks >= 1 and len(column) == weeks * len(expected), (patient.name, name, column)
            for cell, row in zip(column, expected * weeks):
                assert cell.count("\n") < (1 if "large" in name else 2), (patient.name, name, cell)
                shown = " ".join(cell.split())
                assert shown == row or cut_from(shown, row), (shown, row)
                whole += shown == row
                if row.endswith("10)"):  # a pain row's scale is never cut off, nor broken
                    assert shown.endswith("(0 to 10)" if language is Language.ENGLISH else "(0 a 10)")
                    assert "10)" in cell.splitlines()[-1] and "(0" in cell.splitlines()[-1]
    assert whole


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_names_whole_on_two_lines_never_cost_a_page(demo, paper, monkeypatch):
    language = Language.SPANISH  # the longer names
    printed = {
        index: demo.handout(index, language=language, paper=paper) for index in range(len(demo.patients))
    }
    two_lines = 0
    for handout in printed.values():
        for page in log_pages(handout.pdf, language):
            two_lines += sum("\n" in cell for cell in first_column(page))
    assert two_lines  # some names took two lines, whole
    monkeypatch.setattr(document, "NAME_LINES", 1)  # every name on one line, cut where it is too long
    for index, handout in printed.items():
        cut = demo.handout(index, language=language, paper=paper)
        assert handout.pages <= cut.pages, demo.patients[index][0].name


def cut_from(cell: str, row: str) -> bool:
    """`cell` is `row` with words left out before an ellipsis (and what follows it kept)."""
    head, ellipsis, tail = cell.partition("\u2026")
    return bool(ellipsis) and row.startswith(head.rstrip()) and row.endswith(tail)


def test_a_name_too_long_for_one_line_takes_two_in_normal_print_and_is_cut_only_beyond_them():
    font, size, width = "Helvetica", 10, 100
    name = "3. Caminar con un pie delante del otro"
    assert one_line(name, width, font, size).endswith("\u2026")  # on one line, it was cut
    two = wrapped(name, width, font, size, 2)
    assert two == name  # on two, whole
    assert wrapped(name, width, font, size, 1) == one_line(name, width, font, size)
    longer = name + " y luego camine hacia atrás despacio con cuidado"
    cut = wrapped(longer, width, font, size, 2)
    assert cut.endswith("\u2026") and longer.startswith(cut[:-1].rstrip())
    assert all(stringWidth(line, font, size) <= width for line in _lines(cut, width, font, size))
    pain = "Dolor de espalda de cada noche (0 a 10)"
    kept = wrapped(pain, width, font, size, 1, kept_end=" (0 a 10)")
    assert kept.endswith("\u2026 (0\u00a0a\u00a010)") and stringWidth(kept, font, size) <= width
    glued = wrapped(pain, width, font, size, 2, kept_end=" (0 a 10)")
    assert glued.endswith(" (0\u00a0a\u00a010)") and len(_lines(glued, width, font, size)) == 2
    assert _lines(glued, width, font, size)[-1].endswith("(0\u00a0a\u00a010)")


WORDS = st.text(alphabet="aeiouáéñlmnrstcdpASC.,0123456789", min_size=1, max_size=10)


@given(
    words=st.lists(WORDS, min_size=1, max_size=12),
    width=st.floats(min_value=70, max_value=220),
    lines=st.integers(min_value=1, max_value=2),
    scale=st.booleans(),
)
def test_a_wrapped_name_keeps_to_its_lines_and_is_whole_or_cut_after_its_own_words(
    words, width, lines, scale
):
    font, size = "Helvetica", 10
    end = " (0 a 10)" if scale else ""
    name = " ".join(words) + end
    shown = wrapped(name, width, font, size, lines, kept_end=end)
    broken = _lines(shown, width, font, size)
    assert len(broken) <= lines and all(drawn_width(line, font, size) <= width + 0.01 for line in broken)
    plain = shown.replace("\u00a0", " ")
    if "\u2026" in plain:  # cut: what is left is the name's own start, and the scale stays whole after it
        head, _, tail = plain.partition("\u2026")
        assert name.startswith(head.rstrip()) and tail == end
    else:
        assert plain == name
    if scale:
        assert shown.endswith(" (0\u00a0a\u00a010)") and broken[-1].endswith("(0\u00a0a\u00a010)")


def drawn_width(line: str, font: str, size: float) -> float:
    """A paragraph's line as drawn: its spaces may shrink by the style's spaceShrinkage to fit the width."""
    from reportlab.lib.styles import ParagraphStyle

    shrink = ParagraphStyle("cell").spaceShrinkage * stringWidth(" ", font, size) * line.count(" ")
    return stringWidth(line, font, size) - shrink


def _lines(text: str, width: float, font: str, size: float) -> list[str]:
    """`text` broken into lines as a paragraph of that width breaks it."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    paragraph = Paragraph(text, ParagraphStyle("cell", fontName=font, fontSize=size))
    paragraph.wrap(width, 1e6)
    return [" ".join(words) for _extra, words in paragraph.blPara.lines]


def test_a_walking_stage_has_planned_and_walked_minutes_and_every_sheet_a_notes_row(demo):
    walking = 0
    for index, (patient, program) in enumerate(demo.patients):
        content = HandoutContent.of(patient, program, demo.clinic, None)
        text = " ".join(" ".join(page.extract_text().split()) for page in log_pages(demo.handout(index).pdf))
        assert NOTES in text and "Under Notes, write any flare-up or warning sign." in text
        walks = stage_walks(program, content.stage_index)
        assert (WALKED in text) == walks and (PLANNED in text) == walks, patient.name
        walking += walks
    assert walking >= len(demo.patients) // 2  # the fusion and walking templates walk in every stage


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH])
@pytest.mark.parametrize("name", list(PRINTS))
def test_how_many_times_a_day_is_never_cut_off_a_count_rows_name(demo, name, language):
    # A name too long for its column loses words before an ellipsis, never the "(12 a day)" after it.
    counted = 0
    for index, (patient, program) in enumerate(demo.patients):
        content = HandoutContent.of(patient, program, demo.clinic, None)
        many = [item for item in content.stage.items if item.dosage.times_per_day > 4]
        if not many:
            continue
        pdf = demo.handout(index, language=language, **PRINTS[name]).pdf
        text = " ".join(" ".join(page.extract_text().split()) for page in pdfplumber.open(BytesIO(pdf)).pages)
        a_day = "a day" if language is Language.ENGLISH else "al día"
        for item in many:
            assert f"({item.dosage.times_per_day} {a_day})" in text, (patient.name, name)
            counted += 1
    assert counted


def test_an_exercise_done_more_often_than_there_are_boxes_gets_a_count_box_with_its_unit(demo):
    for index, (patient, program) in enumerate(demo.patients):
        content = HandoutContent.of(patient, program, demo.clinic, None)
        many = [item for item in content.stage.items if item.dosage.times_per_day > 4]
        if not many:
            continue
        text = " ".join(" ".join(page.extract_text().split()) for page in log_pages(demo.handout(index).pdf))
        for item in many:
            assert f"{item.exercise.name} ({item.dosage.times_per_day} a day)" in text
        assert "In a long box, write how many times you did it." in text and " times " in text
        return
    pytest.fail("no demo patient does an exercise more than 4 times a day")


def test_a_coming_stage_logs_from_its_first_day(demo):
    index = next(i for i, (p, program) in enumerate(demo.patients) if program.current_stage_index() == 0)
    patient, program = demo.patients[index]
    content = HandoutContent.of(patient, program, demo.clinic, 1)
    first_day = content.stage_dates()[0]
    assert first_day > DEMO_TODAY
    assert log_sheet_start(content, DEMO_TODAY) == first_day
    text = " ".join(log_pages(demo.handout(index, 1).pdf)[0].extract_text().split())
    assert f"My exercise log: {DateWords(today=DEMO_TODAY).long(first_day)} to" in text


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize(
    "paper, style", [(LETTER, DateStyle.MONTH_FIRST), (A4, DateStyle.DAY_FIRST)], ids=["letter", "a4"]
)
def test_a_log_title_that_wraps_breaks_after_its_colon_never_inside_the_dates(language, large_print, paper, style):
    # The class of "December 5 to December" with "18" alone below: every start day of a year, one and
    # two weeks, every language and print.
    # (A log of one table has no week numbers: "My exercise log: December 5 to December 18", `alone`.)
    width = paper[0] - 2 * look(large_print).side_margin  # the text frame's, as document.py makes it
    layout = Layout(look(large_print), TextMarkup(()), width, 641, date(2027, 1, 1), style)
    with speaking(language):
        for offset in range(0, 366, 2):
            for count, alone in ((1, False), (2, False), (1, True), (2, True)):
                first = date(2027, 1, 1) + timedelta(days=offset)
                days = [first + timedelta(days=day) for day in range(7 * count)]
                title = log_title(2 * (offset % 3), count, days, layout, alone)
                title.wrap(layout.width, 1000)
                lines = [_line_text(line) for line in title.blPara.lines]
                span = layout.dates.first_to_last(days[0], days[-1])
                assert len(lines) == 1 or lines[0].endswith(":"), lines
                assert len(lines) <= 2 or lines[1:] == [lines[1], span], lines


def _line_text(line) -> str:
    """A wrapped line's words: plain lines are (width, words), lines with markup hold fragments."""
    if hasattr(line, "words"):
        return "".join(fragment.text for fragment in line.words).strip()
    return " ".join(line[1])
