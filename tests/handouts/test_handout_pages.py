"""The demo clinic's handouts read back from the PDFs: the safety page, whole exercise blocks, one line a
limit, and the page counts, in letter, A4 and both large prints."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from demo_handouts import DEMO_TODAY, demo_clinic
from handout_samples import app_translations, build, flat, library, make_patient

from ptplanner.core.language import Language
from ptplanner.core.limits import limits_in_force
from ptplanner.core.program import Program, ProgramItem, Stage
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.page import GAP
from ptplanner.handouts.styles import MARGIN, look

MODES = [("letter", False), ("a4", False), ("letter", True), ("a4", True)]
PAGE_TARGETS = {6: 5, 12: 8}  # exercises in the stage -> pages in normal print, letter, with the log sheet
LARGE_PRINT_FACTOR = 1.6


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    return demo_clinic(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def pdfs(clinic):
    """(patient index, paper, large print) -> the handout's PDF."""
    return {
        (index, paper, large): clinic.handout(index, paper=paper, large_print=large).pdf
        for index in range(len(clinic.patients))
        for paper, large in MODES
    }


@pytest.fixture(scope="module")
def printed(pdfs):
    """(patient index, paper, large print) -> the page texts of the handout, whitespace made single."""
    return {key: _page_texts(pdf) for key, pdf in pdfs.items()}


def _page_texts(pdf: bytes) -> list[str]:
    """In the order printed: a line beside the pictures is not merged with a picture's label level with it."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [flat(page.extract_text(use_text_flow=True) or "") for page in document.pages]


@pytest.mark.parametrize(("paper", "large"), MODES)
def test_no_letter_reaches_below_the_text_frame_into_the_footers_gap(clinic, pdfs, paper, large):
    for index, (patient, _program) in enumerate(clinic.patients):
        with pdfplumber.open(io.BytesIO(pdfs[index, paper, large])) as document:
            for number, page in enumerate(document.pages, start=1):
                # The footer's rule (one or two lines of footer under it): the lowest line across the page
                across = [line for line in page.lines if line["width"] > page.width / 2]
                rule = page.height - max(line["top"] for line in across)
                assert MARGIN < rule < MARGIN + 2 * look(large).footer.leading + GAP
                frame_bottom = rule + GAP / 2  # from the page's lower edge, as document.py places it
                body = [char for char in page.chars if page.height - char["top"] > rule]
                lowest = min(page.height - char["bottom"] for char in body)
                assert lowest >= frame_bottom, (patient.name, number, frame_bottom - lowest)


def _first_page_with(pages: list[str], text: str) -> int:
    return next(number for number, page in enumerate(pages) if text in page)


@pytest.mark.parametrize(("paper", "large"), MODES)
def test_every_exercise_block_keeps_its_title_and_stop_line_on_one_page(clinic, printed, paper, large):
    for index, (patient, program) in enumerate(clinic.patients):
        pages = printed[index, paper, large]
        stage = program.current_stage()
        for number, item in enumerate(stage.items, start=1):
            title = _first_page_with(pages, flat(f"{number}. {item.exercise.name}"))
            stop = _first_page_with(pages[title:], flat(item.exercise.stop_if))
            assert stop == 0, f"{patient.name}: the stop line of {item.exercise.name} is not on its page"


@pytest.mark.parametrize(("paper", "large"), MODES)
def test_page_1_holds_both_urgent_warning_groups_and_in_normal_print_the_limits(clinic, printed, paper, large):
    for index, (patient, _program) in enumerate(clinic.patients):
        first = printed[index, paper, large][0]
        assert "Call 911 now if:" in first, patient.name
        assert f"Call {patient.surgeon}'s office at {patient.surgeon_phone} today if:" in first, patient.name
        if not large:
            assert "Your limits" in first, patient.name


def test_each_limit_prints_once_and_a_replaced_stage_line_not_at_all(clinic, printed):
    for index, (patient, program) in enumerate(clinic.patients):
        text = " ".join(printed[index, "letter", False])
        content = HandoutContent.of(patient, program, clinic.clinic, None)
        dates = content.stage_dates()
        lines = limits_in_force(patient, content.stage, dates and dates[1], DEMO_TODAY, _words())
        for line in lines:
            assert text.count(flat(line.text)) == 1, (patient.name, line.text)
        own = {line.subject for line in lines if line.own}
        for precaution in content.stage.precautions:
            if precaution.about in own:  # printed as "Until <date>: do not..." had it not been replaced
                stage_line = ": " + precaution.text[:1].lower() + precaution.text[1:]
                assert flat(stage_line) not in text, (patient.name, precaution.text)


def _words():
    from ptplanner.core.dates import DateWords

    return DateWords(today=DEMO_TODAY)


def _stage_of(count: int) -> Program:
    """The sample program with its current stage holding `count` exercises of the bundled library."""
    patient = make_patient()
    exercises = [e for e in library().active() if e.category.value != "gradual activity increase"][:count]
    stage = Stage(name="Strength", start_week=6, end_week=12, items=tuple(ProgramItem.of(e) for e in exercises))
    return patient, Program(patient_id=patient.id, title="Test", created_on=DEMO_TODAY, stages=(stage,))


@pytest.mark.parametrize("count", sorted(PAGE_TARGETS))
def test_a_stage_in_normal_print_takes_at_most_the_issues_pages(count):
    patient, program = _stage_of(count)
    assert build(patient, program).pages <= PAGE_TARGETS[count]


# Spanish words run about a fifth longer: the blocks pack closer where that lets two share a page.
@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("count", sorted(PAGE_TARGETS))
def test_a_spanish_stage_in_normal_print_keeps_the_same_targets(count, paper):
    patient, program = _stage_of(count)
    assert build(patient, program, paper=paper, language=Language.SPANISH).pages <= PAGE_TARGETS[count]


# Large print at 1.6 times those pages (8 and 12) is not met, and cannot be while a block is never split,
# its words stay at 17 pt and its pictures' bodies are 6 cm long: page 1, page 2 and the two log-sheet weeks
# take 4 pages, so 6 blocks would need one page shared by two of them and 12 blocks four such pages. But no
# two blocks in a row of these stages fit on one page with their pictures (the test below: 861 pt against
# a 641 pt frame at the least, when this was written; without pictures two would fit, 614 pt).
# The xfail fails loudly (strict) once the target is met.
@pytest.mark.xfail(strict=True, reason="no two large-print blocks with their 6 cm pictures fit on a page")
@pytest.mark.parametrize("count", sorted(PAGE_TARGETS))
def test_large_print_reaches_the_issues_targets(count):
    patient, program = _stage_of(count)
    assert build(patient, program, large_print=True).pages <= PAGE_TARGETS[count] * LARGE_PRINT_FACTOR


def test_why_large_print_misses_them_no_two_blocks_with_their_pictures_share_a_page():
    from datetime import date
    from io import BytesIO

    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    from ptplanner.handouts.exercise_block import exercise_block
    from ptplanner.handouts.markup import TextMarkup
    from ptplanner.handouts.styles import Layout, stacked_height

    style = look(True)
    layout = Layout(style, TextMarkup(()), LETTER[0] - 2 * style.side_margin, 641, date(2025, 3, 1))
    _patient, program = _stage_of(max(PAGE_TARGETS))
    canvas = Canvas(BytesIO())
    items = program.stages[0].items
    blocks = [exercise_block(number, item, layout) for number, item in enumerate(items, start=1)]
    heights = [stacked_height([block], layout.width, canvas) for block in blocks]
    assert min(a + b for a, b in zip(heights, heights[1:])) > layout.height


# What large print reaches today (it was 12 to 14 pages, then 10 and 17): it must not grow.
LARGE_PRINT_REACHED = {6: 10, 12: 16}


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH])
@pytest.mark.parametrize("count", sorted(LARGE_PRINT_REACHED))
def test_large_print_page_counts_do_not_grow(count, language):
    patient, program = _stage_of(count)
    assert build(patient, program, large_print=True, language=language).pages <= LARGE_PRINT_REACHED[count]


@pytest.mark.parametrize(("paper", "large"), MODES)
def test_before_you_start_names_the_page_the_limits_are_on(clinic, printed, paper, large):
    # Large print said "Keep to your limits on page 1" with the limits on page 2.
    for index, (patient, _program) in enumerate(clinic.patients):
        pages = printed[index, paper, large]
        said = [page for page in pages if "Keep to your limits on page" in page]
        if "Your limits" not in " ".join(pages):
            assert not said, patient.name
            continue
        [page] = said
        named = int(page.split("Keep to your limits on page ")[1].split()[0])
        assert "Your limits" in pages[named - 1], f"{patient.name}: the limits are not on page {named}"


@pytest.mark.parametrize(("paper", "large"), MODES)
def test_the_goals_never_take_a_page_of_their_own(clinic, printed, paper, large):
    for index, (patient, program) in enumerate(clinic.patients):
        if not program.current_stage().goals:
            continue
        pages = printed[index, paper, large]
        page = pages[_first_page_with(pages, "Goals for this stage")]
        others = (
            "My exercise log", "How much:", "Walking this week", "Walking from now on", "walking plan starts",
            "Keep walking",
        )
        shares = any(other in page for other in others)
        assert shares, f"{patient.name}: the goals stand alone on a page"


@pytest.mark.parametrize(("paper", "large"), MODES)
def test_nothing_trails_alone_after_the_log_sheet(clinic, printed, paper, large):
    for index, (patient, _program) in enumerate(clinic.patients):
        assert "My exercise log" in printed[index, paper, large][-1], patient.name


@pytest.mark.parametrize(("sizes", "pages"), [([400], 2), ([400, 250], 1), ([700, 400], 2)])
def test_a_block_takes_its_least_size_rather_than_move_to_the_next_page(sizes, pages):
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from ptplanner.handouts.flowables import FittingBlock

    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=(400, 800), topMargin=50, bottomMargin=50)  # a frame 700 tall
    block = FittingBlock([[Spacer(10, height)] for height in sizes])
    document.build([Spacer(10, 700 - 12 - 300), block])  # 300 pt left on the page (the frame pads 6 + 6)
    assert document.page == pages


@pytest.mark.parametrize(("first", "follower", "pages"), [([400, 300], [350], 1), ([400, 350], [350], 2)])
def test_a_block_packs_closer_where_that_lets_the_next_block_share_its_page(first, follower, pages):
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from ptplanner.handouts.flowables import FittingBlock

    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=(400, 800), topMargin=50, bottomMargin=50)  # a frame 700 tall
    blocks = [FittingBlock([[Spacer(10, height)] for height in sizes]) for sizes in (first, follower)]
    blocks[0].follower = blocks[1]
    document.build(blocks)  # 688 pt of room (the frame pads 6 + 6): 300 + 350 fit, 400 + 350 and 350 + 350 not
    assert document.page == pages


@pytest.mark.parametrize(("room", "pages"), [(500, 1), (350, 2)])
def test_the_log_sheet_follows_on_the_same_page_where_the_end_and_it_fit_in_what_is_left(room, pages):
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from ptplanner.handouts.flowables import HereOrOverleaf

    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=(400, 800), topMargin=50, bottomMargin=50)  # a frame 700 tall
    end_and_log = HereOrOverleaf([Spacer(10, 100)], [Spacer(10, 300)], 688)
    document.build([Spacer(10, 688 - room), end_and_log])  # `room` left: 400 needed for the end and the log
    assert document.page == pages


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_demo_handouts_in_normal_print_take_at_most_the_target_for_their_exercise_count(clinic, pdfs, paper):
    from ptplanner.handouts.document import page_target

    for index, (patient, program) in enumerate(clinic.patients):
        pages = len(_page_texts(pdfs[index, paper, False]))
        target = page_target(len(program.current_stage().items))
        assert pages <= target, (patient.name, pages, target)


# The stage-1 demo handouts (six exercises) took 6 pages on letter, in both languages, until page 1 held
# "Before you start" (spaced closer) and the log roll's pictures stood in one row, so the walking exercise
# shares its page; the goals then go at the top of page 2 and the walking table with the log sheet.
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_demo_handouts_in_spanish_as_the_app_prints_them_take_at_most_the_target_too(clinic, paper):
    from ptplanner.handouts.document import build_handout, page_target
    from ptplanner.handouts.options import HandoutOptions

    over = []
    options = HandoutOptions(paper=paper, language=Language.SPANISH)
    for patient, program in clinic.patients:
        handout = build_handout(
            patient, program, clinic.clinic, options, DEMO_TODAY, font_folders=(), translations=app_translations()
        )
        target = page_target(len(program.current_stage().items))
        if handout.pages > target:
            over.append((patient.name, handout.pages, target))
    assert over == []


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_before_you_start_is_on_page_1_of_every_demo_handout_in_normal_print(clinic, printed, paper):
    for index, (patient, _program) in enumerate(clinic.patients):
        assert "Before you start" in printed[index, paper, False][0], patient.name


def test_page_1_is_spaced_closer_only_where_that_lets_it_hold_before_you_start(clinic):
    """Measured against a page so tall that everything fits as usual: the same parts and height where they
    fit on the real page as usual; the same parts, shorter, within the page, only where they do not."""
    from dataclasses import replace
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import PageBreak

    from ptplanner.handouts.document import page_layout
    from ptplanner.handouts.options import HandoutOptions
    from ptplanner.handouts.overview import overview
    from ptplanner.handouts.styles import stacked_height

    def page_1(content, layout) -> tuple[int, float]:
        story = overview(content, layout, [])
        first = story[: next(n for n, part in enumerate(story) if isinstance(part, PageBreak))]
        return len(first), stacked_height(first, layout.width, Canvas(BytesIO()))

    closer = []
    for patient, program in clinic.patients:
        content = HandoutContent.of(patient, program, clinic.clinic, None, DEMO_TODAY)
        layout, _footer = page_layout(patient, program, HandoutOptions(), DEMO_TODAY, ())
        parts, usual = page_1(content, replace(layout, height=10 * layout.height))
        if usual <= layout.height:
            assert page_1(content, layout) == (parts, usual), patient.name
        else:
            here = page_1(content, layout)
            assert here[0] == parts and here[1] <= layout.height < usual, patient.name
            closer.append(patient.name)
    assert closer == ["James Whitfield", "Margaret Okafor", "Zofia Łukasiewicz"]


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.SPANISH])
def test_the_log_rolls_three_pictures_stand_in_one_row_and_the_walking_exercise_shares_its_page(clinic, language):
    index = next(n for n, (patient, _) in enumerate(clinic.patients) if patient.name == "Margaret Okafor")
    pdf = clinic.handout(index, paper="letter", language=language).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [(page.extract_words(), flat(page.extract_text() or "")) for page in document.pages]
    log_roll = "Log roll in and out of bed" if language is Language.ENGLISH else "Girar como un tronco en la cama"
    walking = "6. Walking plan" if language is Language.ENGLISH else "6. Plan para caminar"
    words, text = next((words, text) for words, text in pages if log_roll in text)
    assert walking in text
    labels = ("Start", "Then", "End") if language is Language.ENGLISH else ("Inicio", "Después", "Final")
    tops = {label: {round(word["top"]) for word in words if word["text"] == label} for label in labels}
    assert set.intersection(*tops.values()), tops  # the three labels on one line: the pictures in one row


def test_the_page_target_is_the_issues_at_6_and_12_exercises_and_one_page_for_two_between():
    from ptplanner.handouts.document import page_target

    assert [page_target(count) for count in (1, 6, 7, 8, 10, 12)] == [5, 5, 6, 6, 7, 8]


@pytest.mark.parametrize(("paper", "large"), MODES)
def test_the_goals_print_once_at_the_end_or_at_the_top_of_page_2(clinic, printed, paper, large):
    for index, (patient, program) in enumerate(clinic.patients):
        if not program.current_stage().goals:
            continue
        pages = printed[index, paper, large]
        found = [number for number, page in enumerate(pages) if "Goals for this stage" in page]
        assert len(found) == 1 and " ".join(pages).count("Goals for this stage") == 1, patient.name
        if found[0] == 1:  # taken to page 2 to save a page: before the exercises there
            assert pages[1].index("Goals for this stage") < pages[1].index("Your exercises"), patient.name
        else:
            assert found[0] >= _first_page_with(pages, f"{len(program.current_stage().items)}. "), patient.name


MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "ene feb mar abr may jun jul ago sept oct nov dic"
).split()


def _split_dates(pdf: bytes) -> list[tuple[str, str]]:
    """Pairs of lines where a date runs from the end of one onto the next ("December" / "22")."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            lines = (page.extract_text() or "").splitlines()
            for line, after in zip(lines, lines[1:]):
                last, first = (line.split() or [""])[-1].strip(",."), (after.split() or [""])[0].strip(",.:")
                month_then_day = last in MONTHS and first[:1].isdigit()
                day_then_month = last.isdigit() and (first in MONTHS or first == "de")
                if month_then_day or day_then_month:
                    found.append((line, after))
    return found


@pytest.mark.parametrize(("paper", "large"), MODES)
def test_no_date_is_split_between_two_lines(clinic, pdfs, paper, large):
    for index, (patient, _program) in enumerate(clinic.patients):
        assert _split_dates(pdfs[index, paper, large]) == [], patient.name
        spanish = clinic.handout(index, paper=paper, large_print=large, language=Language.SPANISH).pdf
        assert _split_dates(spanish) == [], patient.name
