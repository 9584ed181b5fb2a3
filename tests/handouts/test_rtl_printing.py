"""Hebrew and Arabic read back from the printed PDFs with pdfplumber: each character where it is drawn.

A right-to-left line read left to right on paper is the typed text backwards; Arabic comes back in
its joined forms, which NFKC folds to the typed letters.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from io import BytesIO

import pdfplumber
from handout_samples import build, make_patient, make_program

from ptplanner.core.patient import Precaution, PrecautionKind
from tests.handouts.test_report import EVERY_OTHER_DAY, ODI, report_of, two_stages
from tests.handouts.test_report import TODAY as REPORT_DAY
from tests.handouts.test_report import patient as report_patient

HEBREW_NAME = "שרה לוי-כהן"
ARABIC_NAME = "محمد عبد الرحمن"
HEBREW_PRECAUTION = (
    "אל תרים את הנכד שלך עד שהרופא יאמר שזה בסדר, גם אם הוא בוכה. "
    "בקש מבן המשפחה לעזור לך בבית בשבועות הראשונים אחרי הניתוח."
)
ARABIC_NOTE = (
    "يرجى القيام بهذا التمرين ببطء شديد مع التنفس بعمق، وتوقف إذا شعرت بألم حاد في الظهر أو الساق. "
    "اشرب الماء بعد كل تمرين، ولا تحمل أي شيء ثقيل حتى يسمح لك الطبيب بذلك."
)


@dataclass(frozen=True)
class Line:
    text: str  # left to right, as drawn
    left: float
    right: float


def printed_lines(pdf: bytes) -> list[list[Line]]:
    """Each page's lines, top to bottom, their characters in the order they sit on the line."""
    pages = []
    with pdfplumber.open(BytesIO(pdf)) as document:
        for page in document.pages:
            rows: list[list[dict]] = []
            for char in sorted(page.chars, key=baseline):
                if rows and abs(baseline(rows[-1][0]) - baseline(char)) < 2:
                    rows[-1].append(char)
                else:
                    rows.append([char])
            lines = []
            for row in rows:
                row.sort(key=lambda c: c["x0"])  # stable: a mark drawn after its letter stays after it
                lines.append(Line("".join(c["text"] for c in row), row[0]["x0"], max(c["x1"] for c in row)))
            pages.append(lines)
    return pages


def baseline(char: dict) -> float:
    """How far down the page the character sits on its line (fonts of one line differ in height)."""
    return -char["matrix"][5]


def typed(drawn: str) -> str:
    """A right-to-left run as drawn, back in typing order with plain letters."""
    return unicodedata.normalize("NFKC", drawn[::-1])


def is_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def first_right_to_left_line(pages: list[list[Line]]) -> str:
    """On page 1 of a handout, the patient's name: the first line with right-to-left letters."""
    return next(line.text for line in pages[0] if is_right_to_left(line.text))


def test_a_hebrew_name_prints_right_to_left_in_the_title_and_every_footer():
    pages = printed_lines(build(make_patient(name=HEBREW_NAME)).pdf)
    assert first_right_to_left_line(pages) == HEBREW_NAME[::-1]
    for lines in pages:
        assert any(line.text.startswith(HEBREW_NAME[::-1]) and "Page" in line.text for line in lines)


def test_an_arabic_name_prints_right_to_left_with_its_letters_joined():
    handout = build(make_patient(name=ARABIC_NAME))
    drawn = first_right_to_left_line(printed_lines(handout.pdf))
    assert typed(drawn) == ARABIC_NAME
    muhammad = drawn.split(" ")[-1][::-1]  # the first word typed is the rightmost drawn
    assert [unicodedata.name(ch) for ch in muhammad] == [
        "ARABIC LETTER MEEM INITIAL FORM",
        "ARABIC LETTER HAH MEDIAL FORM",
        "ARABIC LETTER MEEM MEDIAL FORM",
        "ARABIC LETTER DAL FINAL FORM",
    ]
    assert all(ord(ch) >= 0xFB50 for ch in drawn if ch != " ")  # every letter in a joined form
    assert handout.warnings == ()


def _flush_right_paragraph(lines: list[Line], first: int) -> list[Line]:
    """The run of right-to-left lines starting at `first`."""
    run = []
    for line in lines[first:]:
        if not is_right_to_left(line.text):
            break
        run.append(line)
    return run


def test_a_wrapped_hebrew_precaution_reads_in_order_line_by_line_and_is_set_flush_right():
    precautions = (*make_patient().precautions, Precaution(kind=PrecautionKind.OTHER, note=HEBREW_PRECAUTION))
    patient = make_patient(name=HEBREW_NAME, precautions=precautions)
    pages = printed_lines(build(patient, make_program(patient)).pdf)
    lines = next(page for page in pages if any(line.text == "Your limits" for line in page))
    start = next(i for i, line in enumerate(lines) if is_right_to_left(line.text) and "•" in line.text)
    run = _flush_right_paragraph(lines[:-2], start)  # not the footer
    assert len(run) >= 2
    words = [line.text.replace("•", "").strip()[::-1] for line in run]
    assert " ".join(words) == HEBREW_PRECAUTION  # wrapped first, then each line reordered
    assert max(line.right for line in run) - min(line.right for line in run) < 1
    assert run[-1].left > run[0].left + 20  # the short last line starts further right


def test_a_long_arabic_note_wraps_then_reads_right_to_left_after_an_english_label():
    patient = make_patient()
    program = make_program(patient)
    items = program.stages[1].items
    noted = program.stages[1].model_copy(
        update={"items": (items[0].model_copy(update={"note": ARABIC_NOTE}), *items[1:])}
    )
    program = program.model_copy(update={"stages": (program.stages[0], noted, *program.stages[2:])})
    lines = next(page for page in printed_lines(build(patient, program).pdf) if "Note from" in str(page))
    start = next(i for i, line in enumerate(lines) if line.text.startswith("Note from your therapist: "))
    label = "Note from your therapist: "
    run = [lines[start], *_flush_right_paragraph(lines, start + 1)]
    assert len(run) >= 2
    parts = [run[0].text[len(label) :], *(line.text for line in run[1:])]
    assert " ".join(typed(part.strip()) for part in parts) == ARABIC_NOTE


def test_the_report_prints_names_notes_and_stage_names_in_visual_order():
    notes = ARABIC_NOTE + " " + ARABIC_NOTE
    report = report_of(
        report_patient(name=HEBREW_NAME, assessment=notes, surgeon="Dr. Maria Lee"),
        two_stages(stage="הגנה", exercise="גשר"),
        EVERY_OTHER_DAY,
        ODI,
        today=REPORT_DAY,
    )
    assert report.warnings == ()
    pages = printed_lines(report.pdf)
    texts = [line.text for page in pages for line in page]
    assert f"Patient:{HEBREW_NAME[::-1]}" in texts  # the name on a line of its own
    assert any(text.startswith("Current program: stage 1, הנגה, weeks") for text in texts)
    assert all(page[-1].text.startswith(f"Progress report · {HEBREW_NAME[::-1]} · March") for page in pages)
    lines = [line for page in pages for line in page[:-1]]  # not the footers
    start = next(i for i, line in enumerate(lines) if line.text == "Assessment and plan") + 1
    run = _flush_right_paragraph(lines, start)
    assert len(run) >= 3
    assert " ".join(typed(line.text.strip()) for line in run) == notes
    assert max(line.right for line in run) - min(line.right for line in run) < 1


def test_a_hebrew_exercise_name_prints_right_to_left_in_its_heading_and_on_the_log_sheet():
    patient = make_patient()
    program = make_program(patient)
    items = program.stages[1].items
    hebrew = items[0].exercise.model_copy(update={"name": "החלקת עקב"})
    renamed = items[0].model_copy(update={"exercise": hebrew})
    program = program.model_copy(
        update={
            "stages": (
                program.stages[0],
                program.stages[1].model_copy(update={"items": (renamed, *items[1:])}),
                *program.stages[2:],
            )
        }
    )
    pages = printed_lines(build(patient, program, log_sheet=True).pdf)
    texts = [line.text for page in pages for line in page]
    assert "בקע תקלחה .1" in texts  # "1. " is part of the right-to-left heading, so it reads first
    log_pages = [page for page in pages if any("My exercise log" in line.text for line in page)]
    assert log_pages and all(any("בקע תקלחה .1" in line.text for line in page) for page in log_pages)


def test_the_same_right_to_left_handout_gives_the_same_bytes():
    patient = make_patient(name=ARABIC_NAME)
    assert build(patient).pdf == build(patient).pdf


def test_markup_in_right_to_left_text_is_printed_not_obeyed():
    name = "<b>שרה</b> & <font size=60>כהן</font>"
    handout = build(make_patient(name=name))
    drawn = first_right_to_left_line(printed_lines(handout.pdf))

    def brackets_alike(text: str) -> list[str]:  # a mirrored "<" prints as ">"
        return sorted(text.replace("<", "?").replace(">", "?"))

    assert brackets_alike(drawn) == brackets_alike(name)
    assert "שרה"[::-1] in drawn and "כהן"[::-1] in drawn


def test_a_report_for_a_patient_without_right_to_left_text_is_unchanged_by_any_of_this():
    """The visual-order drawing only touches lines with right-to-left letters: the report of an English
    patient is byte for byte what reportlab draws unaided."""
    from reportlab.platypus.paragraph import Paragraph

    from ptplanner.handouts import visual_lines

    def report() -> bytes:
        return report_of(report_patient(), two_stages(), EVERY_OTHER_DAY, ODI, today=REPORT_DAY).pdf

    reordering = report()
    Paragraph.drawPara = visual_lines._draw_in_typing_order
    try:
        unaided = report()
    finally:
        visual_lines.draw_paragraphs_in_visual_order()
    assert reordering == unaided
