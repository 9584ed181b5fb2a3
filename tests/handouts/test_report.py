"""The progress report, read back from the PDF: the patient's figures, flags and suggestion, hostile text
printed literally, embedded fonts, and never more than two pages whatever was typed or logged."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Line, PolyLine, String

from ptplanner.core.adherence import Measure, OutcomeItem, OutcomeScore
from ptplanner.core.clinic import ClinicSettings, Paper
from ptplanner.core.dates import DateWords
from ptplanner.core.patient import MAX_NAME, MAX_NOTES, Patient, Precaution, PrecautionKind, Subject, Unit
from ptplanner.core.program import MAX_ITEMS_PER_STAGE, MAX_STAGES, Program
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.stage_precaution import StagePrecaution
from ptplanner.core.walking import WalkingPlan
from ptplanner.handouts.charts import adherence_chart, pain_chart
from ptplanner.handouts.report import NO_SURGEON, ReportInputs, build_report
from ptplanner.handouts.report_styles import TIGHT
from tests.core.progress_samples import day, entry, item, program, stage
from tests.core.test_outcome_meaning import psfs

RULES = ProgressRules()
WORDS = DateWords()
TODAY = day(14)
HOSTILE = '<b>Zoë</b> & "Ivan" <img src="/etc/passwd"/> <font size=60>Łódź</font> &lt;'


def patient(name: str = "Ada Lovelace", notes: str = "Right hip pain since surgery.", **more) -> Patient:
    fields = {
        "date_of_birth": date(1950, 1, 1),
        "surgery_date": day(-30),
        "procedure": "Posterolateral fusion",
        "fused_levels": ("L4-L5",),
        "therapist": "Sam Rivera, PT",
    }
    return Patient(name=name, notes=notes, **(fields | more))


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
PSFS = [
    psfs(day(0), ("Walking to the shop", 3), ("Getting out of a car", 4), ("Sitting through a meal", 5)),
    psfs(day(13), ("walking to the  shop", 6), ("Getting out of a car", 5), ("Climbing stairs", 7)),
]
ODI = [
    OutcomeScore(measure=Measure.ODI, day=day(0), score=48),
    OutcomeScore(measure=Measure.ODI, day=day(13), score=33),
]


def report_of(who, prog, entries, outcomes, today=TODAY, **options):
    inputs = ReportInputs(who, prog, entries, outcomes, RULES, ClinicSettings(name="Riverside PT"), today)
    return build_report(inputs, **options)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())


def test_the_report_shows_the_patients_figures_flags_and_suggestion():
    prog = two_stages()
    who = patient(
        surgeon="Dr. Maria Lee",
        surgeon_phone="555-0199",
        assessment="Hip pain easing.\n\nPlan: add side-lying abduction next visit.",
        precautions=(
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=day(40)),
            Precaution(kind=PrecautionKind.NO_TWISTING, until=day(1)),  # ended before TODAY
        ),
    )
    outcomes = [*ODI, *PSFS]
    report = report_of(who, prog, EVERY_OTHER_DAY, outcomes, today=TODAY)
    text = text_of(report.pdf)
    figures = progress_figures(prog, EVERY_OTHER_DAY, outcomes, RULES, TODAY)
    assert figures.overall.percent == 50 and (figures.streak_days, figures.missed_days) == (0, 1)
    for expected in [
        "Progress report",
        "To: Dr. Maria Lee (office 555-0199)",
        "From: Sam Rivera, PT, Riverside PT",
        "Date: March 17, 2025",
        "Patient: Ada Lovelace Born January 1, 1950",
        "L4-L5",
        "“After fusion”, version 0; stage 1 of 2: Protection, weeks 0 to 6",
        "Precautions in force • Lifting: Do not lift more than 10 lb until April 12.",
        "Assessment and plan Hip pain easing. Plan: add side-lying abduction next visit.",
        "50% of prescribed sessions done since Mar 3",
        "0 days in a row with exercise",
        "1 day missed in a row",
        "Did 50% of the prescribed sessions in the last 2 weeks (flagged under 60%).",
        "Back pain in the daily log is up 2.0 points",
        "Hold or step back after a flare.",
        (
            "ODI (0 to 100, lower is better) 48, severe disability (41–60), Mar 3 33, moderate disability "
            "(21–40), Mar 16 −15 meaningfully better"
        ),
        (
            "PSFS activities, baseline → latest (0 to 10): Walking to the shop 3 → 6; Getting out of a car "
            "4 → 5; Sitting through a meal 5 → —; Climbing stairs — → 7."
        ),
        "1 Bridge 10 reps, 1/day, 7/wk 50%",
        "Adherence per week",
        "Pain per week",
        "Stage 1",
        "Mar 10",
    ]:
        assert expected in text, expected
    assert "twist" not in text  # a precaution that has ended is not in force
    assert "Right hip pain since surgery." not in text  # the therapist's own notes stay in ptplanner
    assert report.pages == len(PdfReader(BytesIO(report.pdf)).pages)
    assert report.warnings == ()



def test_each_limit_in_force_is_labelled_with_its_subject_and_a_programs_line_says_so():
    prog = two_stages()
    lines = (
        StagePrecaution(text="Roll like a log to get out of bed.", about=Subject.GETTING_UP),
        StagePrecaution(text="Do not lift anything heavy.", about=Subject.LIFTING),  # the record's line wins
        StagePrecaution(text="Walk a little every hour."),  # about nothing in particular
    )
    first = prog.stages[0].model_copy(update={"precautions": lines})
    prog = prog.model_copy(update={"stages": (first, *prog.stages[1:])})
    lifting = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=day(40))
    text = text_of(report_of(patient(precautions=(lifting,)), prog, EVERY_OTHER_DAY, ODI, today=TODAY).pdf)
    assert "• Lifting: Do not lift more than 10 lb until April 12." in text
    assert "• Getting in and out of bed (program): Until March 15: roll like a log to get out of bed." in text
    assert "• Program: Until March 15: walk a little every hour." in text
    assert "anything heavy" not in text

def test_a_report_with_no_surgeon_on_record_says_so_in_print_and_to_the_person_printing():
    report = report_of(patient(), two_stages(), EVERY_OTHER_DAY, ODI)
    assert "To: the surgeon's office (no surgeon is named on the patient's record)" in text_of(report.pdf)
    assert report.warnings == (NO_SURGEON,) and "Edit details" in NO_SURGEON


def test_a4_writes_every_date_day_first_flags_and_suggestions_included():
    note = entry(13, note="Felt numb in the left foot", bridge=1, pain_back=5)
    report = report_of(
        patient(), two_stages(), [*EVERY_OTHER_DAY[:13], note], ODI, today=TODAY, paper=Paper.A4
    )
    text = text_of(report.pdf)
    assert "Date: 17 March 2025" in text and "since 3 Mar" in text
    assert "The note of 16 Mar mentions" in text  # a flag
    assert "repeat the week of" not in text or "Mar 3 to" not in text  # the suggestion's dates too
    assert "Mar 16" not in text and "March 17" not in text


def test_a_patient_with_no_log_gets_a_report_that_says_so():
    report = report_of(patient(), two_stages(), [], [], today=TODAY)
    text = text_of(report.pdf)
    assert "No log entries yet for this program, so there is nothing to chart." in text
    assert "Flags None." in text and "Outcome measures against baseline None recorded yet." in text
    assert "Adherence per week" not in text


def test_hostile_text_prints_literally():
    note = "<b>ouch & <font size=60>fever</font>"
    entries = [*EVERY_OTHER_DAY[:13], entry(13, note=note, bridge=1, pain_back=5)]
    prog = two_stages(exercise="<i>Bridge</i> & co", stage='Stage "<br/>" &amp;')
    text = text_of(
        report_of(patient(name=HOSTILE, assessment="<b>ouch</b> &lt;"), prog, entries, ODI, today=TODAY).pdf
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
    report = report_of(
        patient(name="Łódź Иван Ζωή"), two_stages(), EVERY_OTHER_DAY, ODI, today=TODAY, paper=Paper.A4
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


def test_the_same_input_gives_the_same_bytes():
    report = report_of(patient(), two_stages(), EVERY_OTHER_DAY, ODI, today=TODAY)
    assert report_of(patient(), two_stages(), EVERY_OTHER_DAY, ODI, today=TODAY).pdf == report.pdf


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
    long_patient = patient(
        name="Name " * (MAX_NAME // 5),
        notes="Notes " * (MAX_NOTES // 6),
        assessment="Assessment " * (MAX_NOTES // 11),
        surgeon="Dr. " + "Surgeon " * 24,
        surgeon_phone="5" * 40,
        therapist="Therapist " * 50,
        precautions=tuple(
            Precaution(kind=PrecautionKind.OTHER, note="No heavy housework " * 50, until=day(800 + n))
            for n in range(20)
        ),
    )
    outcomes += [
        OutcomeScore(
            measure=Measure.PSFS,
            day=day(n),
            score=5,
            items=tuple(OutcomeItem(label=f"Activity {k} " * 18, score=5) for k in range(5)),
        )
        for n in (0, 700)
    ]
    report = report_of(long_patient, prog, entries, outcomes, today=today)
    assert report.pages == len(PdfReader(BytesIO(report.pdf)).pages) <= 2
    text = text_of(report.pdf)
    assert f"And {MAX_ITEMS_PER_STAGE - TIGHT.items} more exercises." in text  # the tight caps were needed
    assert "more flags: see the patient's page in ptplanner." in text
    assert "(shortened; the full text is in ptplanner)" in text  # the assessment
    assert "more: see the patient's record." in text  # the precautions
    assert "Notes Notes" not in text  # the therapist's own notes stay in ptplanner
    assert text.count("Stage 12") >= 2  # marked on both charts


def test_charts_mark_a_stage_change_and_tell_back_from_leg_pain_without_colour():
    moved = program(stage(item("bridge")), stage(item("clamshell"), start_week=6), moves=((1, 10),))
    entries = [
        entry(n, pain_back=4, pain_leg=2, **{"bridge" if n < 10 else "clamshell": 1}) for n in range(14)
    ]
    figures = progress_figures(moved, entries, [], RULES, TODAY)
    for drawing in (adherence_chart(figures, RULES, 500, 120, WORDS), pain_chart(figures, 500, 130, WORDS)):
        strings = {s.text: s for s in drawing.contents if isinstance(s, String)}
        assert [text for text in strings if text.startswith("Stage")] == ["Stage 1", "Stage 2"]
        (stage_line,) = [
            shape for shape in drawing.contents if isinstance(shape, Line) and shape.strokeDashArray == [2, 2]
        ]
        # week labels sit mid-week; the move on Thursday 13 March is 3/7 into the second week
        week = strings["Mar 10"].x - strings["Mar 3"].x
        assert stage_line.x1 == pytest.approx(strings["Mar 10"].x + (3 / 7 - 0.5) * week)
    pain_lines = [
        shape for shape in pain_chart(figures, 500, 130, WORDS).contents if isinstance(shape, PolyLine)
    ]
    assert len(pain_lines) == 2 and pain_lines[0].strokeDashArray != pain_lines[1].strokeDashArray


def test_the_footer_stays_on_one_line_whatever_the_name():
    import pdfplumber

    for paper in Paper:
        report = report_of(patient(name="WMW" * 30), two_stages(), EVERY_OTHER_DAY, ODI, paper=paper)
        with pdfplumber.open(BytesIO(report.pdf)) as pdf:
            for page in pdf.pages:
                footer = [c for c in page.chars if c["top"] > page.height - 0.6 * 72 - 16]
                assert footer and len({round(c["top"]) for c in footer}) == 1


def test_walking_logged_is_set_against_the_plan_week_by_week():
    plan = WalkingPlan(baseline_minutes_per_day=10, weekly_increase_minutes=5, target_minutes_per_day=30)
    prog = program(stage(item("bridge"), end_week=12, walking=plan, name="Protection"))
    walked = [entry(n, bridge=1).model_copy(update={"walking_minutes": 20}) for n in range(14)]
    text = text_of(report_of(patient(), prog, walked, []).pdf)  # surgery on day -30: week 5 from day -2
    assert "Walking: minutes a day logged against the plan" in text
    assert "Stage 1, week 4 Feb 22 to Feb 28 24 min/day \u2014 0" in text  # nothing logged that week
    assert "Stage 1, week 5 Mar 1 to Mar 7 30 min/day 20 min/day (67% of plan) 5" in text
    # the week in progress says so: its days so far, not read as a short week
    in_progress = "Stage 1, week 7 Mar 15 to Mar 17, so far 30 min/day 20 min/day (67% of plan) so far 2 so"
    assert in_progress in text
    assert "Stage 1, week 3" not in text  # only the last four weeks
    without = text_of(report_of(patient(), prog, [entry(n, bridge=1) for n in range(14)], []).pdf)
    assert "No walking minutes logged since Feb 22; the plan gives 30 min/day from Mar 15." in without
