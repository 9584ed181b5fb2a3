"""The log sheet, measured in the PDF (pdfplumber): boxes a pen can use, a walking row whenever the
stage walks, a notes row, and no row name wrapping onto a second line, for every demo patient."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO

import pdfplumber
import pytest
from demo_handouts import DEMO_TODAY, demo_clinic
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm

from ptplanner.core.dates import DateStyle, DateWords
from ptplanner.core.language import Language, speaking
from ptplanner.core.walking_program import stage_walks
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.log_sheet import NOTES, PLANNED, WALKED, log_sheet_start, log_title, row_names
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


def log_pages(pdf: bytes) -> list[pdfplumber.page.Page]:
    """The pages with a log sheet, from its title down (the walking plan's table may stand above it)."""
    document = pdfplumber.open(BytesIO(pdf))
    pages = []
    for page in document.pages:
        found = page.search("My exercise log")
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


@pytest.mark.parametrize("name", list(PRINTS))
def test_no_row_name_wraps_and_every_row_is_there(demo, name):
    for index, (patient, program) in enumerate(demo.patients):
        content = HandoutContent.of(patient, program, demo.clinic, None)
        expected = ["Exercise", *row_names(content)]
        for page in log_pages(demo.handout(index, **PRINTS[name]).pdf):
            # Between two weeks' tables on one page lies the second week's heading, not a cell.
            column = [cell for cell in first_column(page) if not cell.startswith("My exercise log")]
            weeks = column.count("Exercise")  # a short week's sheet may share its page with the next
            assert weeks >= 1 and len(column) == weeks * len(expected), (patient.name, name, column)
            for cell, row in zip(column, expected * weeks):
                assert "\n" not in cell, (patient.name, name, cell)
                assert cell == row or cut_from(cell, row), (cell, row)


def cut_from(cell: str, row: str) -> bool:
    """`cell` is `row` with words left out before an ellipsis (and what follows it kept)."""
    head, ellipsis, tail = cell.partition("\u2026")
    return bool(ellipsis) and row.startswith(head.rstrip()) and row.endswith(tail)


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
