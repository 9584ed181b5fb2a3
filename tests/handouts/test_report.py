"""The progress report, read back from the PDF: the patient's figures, flags and suggestion, hostile text
printed literally, embedded fonts, and never more than two pages whatever was typed or logged."""

from __future__ import annotations

import stat
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Line, PolyLine, String

from ptplanner.core.adherence import Measure, OutcomeScore
from ptplanner.core.clinic import Paper
from ptplanner.core.patient import MAX_NAME, MAX_NOTES, Patient
from ptplanner.core.program import MAX_ITEMS_PER_STAGE, MAX_STAGES, Program
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.handouts.charts import adherence_chart, pain_chart
from ptplanner.handouts.report import build_report
from ptplanner.handouts.report_sections import MAX_ITEMS
from tests.core.progress_samples import day, entry, item, program, stage

RULES = ProgressRules()
TODAY = day(14)
HOSTILE = '<b>Zoë</b> & "Ivan" <img src="/etc/passwd"/> <font size=60>Łódź</font> &lt;'


def patient(name: str = "Ada Lovelace", notes: str = "Right hip pain since surgery.") -> Patient:
    return Patient(
        name=name,
        date_of_birth=date(1950, 1, 1),
        surgery_date=day(-30),
        procedure="Posterolateral fusion",
        fused_levels=("L4-L5",),
        therapist="Sam Rivera, PT",
        notes=notes,
    )


def two_stages(**names: str) -> Program:
    return program(
        stage(
            item("bridge", name=names.get("exercise", "Bridge")),
            end_week=6,
            name=names.get("stage", "Protection"),
        ),
        stage(item("clamshell"), start_week=6, name="Stabilization"),
    )


# every other day done, pain up from 3 to 5: low adherence, pain up, and a flare to hold
EVERY_OTHER_DAY = [entry(n, bridge=int(n % 2 == 0), pain_back=3 if n < 7 else 5) for n in range(14)]
ODI = [
    OutcomeScore(measure=Measure.ODI, day=day(0), score=48),
    OutcomeScore(measure=Measure.ODI, day=day(13), score=33),
]


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())


def test_the_report_shows_the_patients_figures_flags_and_suggestion():
    prog = two_stages()
    report = build_report(patient(), prog, EVERY_OTHER_DAY, ODI, RULES, TODAY)
    text = text_of(report.pdf)
    figures = progress_figures(prog, EVERY_OTHER_DAY, ODI, RULES, TODAY)
    assert figures.overall.percent == 50 and (figures.streak_days, figures.missed_days) == (0, 1)
    for expected in [
        "Progress report",
        "Ada Lovelace",
        "Born January 1, 1950",
        "L4-L5",
        "Sam Rivera, PT",
        "“After fusion”, version 0",
        "Stage 1 of 2: Protection, weeks 0 to 6",
        "50% of prescribed sessions done since Mar 3",
        "0 days in a row with exercise",
        "1 day missed in a row",
        "Did 50% of the prescribed sessions in the last 2 weeks (flagged under 60%).",
        "Back pain is up 2.0 points",
        "Hold or step back after a flare.",
        "ODI (0 to 100, lower is better) 48 (Mar 3) 33 (Mar 16) \u221215 meaningfully better",
        "Right hip pain since surgery.",
        "Adherence per week",
        "Pain per week",
        "Stage 1",
        "Mar 10",
    ]:
        assert expected in text, expected
    assert report.pages == len(PdfReader(BytesIO(report.pdf)).pages)
    assert report.warnings == ()


def test_a_patient_with_no_log_gets_a_report_that_says_so():
    report = build_report(patient(), two_stages(), [], [], RULES, TODAY)
    text = text_of(report.pdf)
    assert "No log entries yet for this program, so there is nothing to chart." in text
    assert "Flags None." in text and "Outcome measures against baseline None recorded yet." in text
    assert "Adherence per week" not in text


def test_hostile_text_prints_literally():
    note = "<b>ouch & <font size=60>fever</font>"
    entries = [*EVERY_OTHER_DAY[:13], entry(13, note=note, bridge=1, pain_back=5)]
    prog = two_stages(exercise="<i>Bridge</i> & co", stage='Stage "<br/>" &amp;')
    text = text_of(
        build_report(patient(name=HOSTILE, notes="<b>ouch</b> &lt;"), prog, entries, ODI, RULES, TODAY).pdf
    )
    for literal in [
        HOSTILE,
        "<b>ouch</b> &lt;",
        "<b>ouch & <font size=60>fever</font>",
        "<i>Bridge</i> & co",
        'Stage "<br/>" &amp;',
    ]:
        assert literal in text, literal


def test_fonts_are_embedded_and_paper_is_the_one_asked_for():
    report = build_report(
        patient(name="Łódź Иван Ζωή"), two_stages(), EVERY_OTHER_DAY, ODI, RULES, TODAY, paper=Paper.A4
    )
    reader = PdfReader(BytesIO(report.pdf))
    fonts = {
        font.get_object()["/BaseFont"]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVu" in str(font) for font in fonts)
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    assert "Łódź Иван Ζωή" in text_of(report.pdf)


def test_the_report_is_written_privately_and_the_same_input_gives_the_same_bytes(tmp_path):
    out = tmp_path / "report.pdf"
    report = build_report(patient(), two_stages(), EVERY_OTHER_DAY, ODI, RULES, TODAY, out)
    assert out.read_bytes() == report.pdf
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert build_report(patient(), two_stages(), EVERY_OTHER_DAY, ODI, RULES, TODAY).pdf == report.pdf


def test_the_report_never_runs_past_two_pages():
    """The most a patient can have: the longest name and notes, 12 stages of 80 exercises, two years of
    daily entries each with a red-flag note, a flare and every outcome measure."""
    items = [
        item(f"s{s}-{i}", times=2, days=3, name=f"Exercise {i} " + "with a long name " * 5)
        for s in range(MAX_STAGES)
        for i in range(MAX_ITEMS_PER_STAGE)
    ]
    stages = [
        stage(
            *items[s * MAX_ITEMS_PER_STAGE : (s + 1) * MAX_ITEMS_PER_STAGE],
            start_week=4 * s,
            name="A stage name " * 15,
        )
        for s in range(MAX_STAGES)
    ]
    moves = tuple((s, 60 * s) for s in range(1, MAX_STAGES))
    prog = program(*stages, moves=moves)
    today = day(730)
    entries = [
        entry(
            n,
            note="Fell over, fever and numb " * 150,
            pain_back=(9 if n > 715 else 2),
            pain_back_after=10,
            **{i.id: 1 for i in prog.stages[min(n // 60, MAX_STAGES - 1)].items[:5]},
        )
        for n in range(730)
    ]
    outcomes = [OutcomeScore(measure=m, day=day(n), score=5) for m in Measure for n in range(0, 730, 30)]
    long_patient = patient(name="Name " * (MAX_NAME // 5), notes="Notes " * (MAX_NOTES // 6))
    report = build_report(long_patient, prog, entries, outcomes, RULES, today)
    assert report.pages == len(PdfReader(BytesIO(report.pdf)).pages) <= 2
    text = text_of(report.pdf)
    assert f"And {MAX_ITEMS_PER_STAGE - MAX_ITEMS} more exercises." in text
    assert "more flags: see the patient's page in ptplanner." in text
    assert "(shortened; the full notes are in ptplanner)" in text
    assert text.count("Stage 12") >= 2  # marked on both charts


def test_charts_mark_a_stage_change_and_tell_back_from_leg_pain_without_colour():
    moved = program(stage(item("bridge")), stage(item("clamshell"), start_week=6), moves=((1, 10),))
    entries = [
        entry(n, pain_back=4, pain_leg=2, **{"bridge" if n < 10 else "clamshell": 1}) for n in range(14)
    ]
    figures = progress_figures(moved, entries, [], RULES, TODAY)
    for drawing in (adherence_chart(figures, RULES, 500, 120), pain_chart(figures, 500, 130)):
        strings = {s.text: s for s in drawing.contents if isinstance(s, String)}
        assert [text for text in strings if text.startswith("Stage")] == ["Stage 1", "Stage 2"]
        (stage_line,) = [
            shape for shape in drawing.contents if isinstance(shape, Line) and shape.strokeDashArray == [2, 2]
        ]
        # week labels sit mid-week; the move on Thursday 13 March is 3/7 into the second week
        week = strings["Mar 10"].x - strings["Mar 3"].x
        assert stage_line.x1 == pytest.approx(strings["Mar 10"].x + (3 / 7 - 0.5) * week)
    pain_lines = [shape for shape in pain_chart(figures, 500, 130).contents if isinstance(shape, PolyLine)]
    assert len(pain_lines) == 2 and pain_lines[0].strokeDashArray != pain_lines[1].strokeDashArray
