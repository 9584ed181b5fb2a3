"""The progress report read back character by character (pdfplumber), for every demo patient on letter and
A4 paper: no text under 9 pt, no page but the last more than half empty, no table header word split."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ptplanner.app.clinic import Clinic
from ptplanner.core.clinic import Paper
from ptplanner.app.demo import add_demo_clinic
from ptplanner.handouts.markup import TextMarkup
from ptplanner.handouts.report import FOOTER_ROOM, MARGIN, build_report
from ptplanner.app.report_inputs import gather_report_inputs
from ptplanner.handouts.report_styles import SMALLEST_PT, ReportStyles
from ptplanner.handouts.report_tables import grid
from ptplanner.app.workspace import Workspace

TODAY = date(2026, 12, 4)
ASSESSMENT = (
    "Hip and buttock pain easing; walks further without a rest. Core control good in supine, "
    "fair in standing.\n\nPlan: add side-lying abduction and stairs next visit; see again in two weeks."
)
HEADERS = [
    "Measure",
    "Baseline",
    "Latest",
    "Change",
    "Meaning",
    "Week of plan",
    "Dates",
    "Plan",
    "Logged (average)",
    "Days logged",
    "#",
    "Exercise",
    "Dose",
    "Done",
]


@pytest.fixture(scope="module")
def demo_inputs(tmp_path_factory):
    workspace = Workspace.open(tmp_path_factory.mktemp("demo") / "data")
    try:
        add_demo_clinic(Clinic(workspace), TODAY)
        patients = workspace.store.list_patients()
        return [gather_report_inputs(Clinic(workspace), p.id, None, TODAY) for p in patients]
    finally:
        workspace.close()


def filled_in(inputs):
    """The patient with a surgeon, an assessment and walking minutes on most logged days."""
    patient = inputs.patient.model_copy(
        update={"surgeon": "Dr. Maria Lee", "surgeon_phone": "555-0142", "assessment": ASSESSMENT}
    )
    entries = [
        e.model_copy(update={"walking_minutes": 10 + e.day.toordinal() % 25}) if e.day.day % 3 else e
        for e in inputs.entries
    ]
    return replace(inputs, patient=patient, entries=entries)


def reports(demo_inputs):
    for inputs in demo_inputs:
        for variant in (inputs, filled_in(inputs)):
            for paper in Paper:
                yield variant, paper, build_report(variant, paper=paper)


def test_every_demo_report_prints_no_text_under_9_pt_and_leaves_no_page_but_the_last_half_empty(demo_inputs):
    checked = 0
    for inputs, paper, report in reports(demo_inputs):
        where = f"{inputs.patient.name} on {paper.value}"
        assert report.pages <= 2, where
        with pdfplumber.open(BytesIO(report.pdf)) as pdf:
            assert len(pdf.pages) == report.pages
            for number, page in enumerate(pdf.pages, start=1):
                sizes = {round(char["size"], 2) for char in page.chars}
                assert sizes and min(sizes) >= SMALLEST_PT, f"{where}, page {number}: {sorted(sizes)[:3]}"
                if number < len(pdf.pages):
                    footer_top = page.height - (MARGIN + FOOTER_ROOM)
                    shapes = page.chars + page.rects + page.lines + page.curves
                    lowest = max(s["bottom"] for s in shapes if s["top"] < footer_top)
                    assert lowest > page.height / 2, f"{where}: page {number} is more than half empty"
                checked += 1
    assert checked >= 48


def test_every_demo_report_is_addressed_and_keeps_its_table_headers_whole(demo_inputs):
    for inputs, paper, report in reports(demo_inputs):
        with pdfplumber.open(BytesIO(report.pdf)) as pdf:
            words = {w["text"] for page in pdf.pages for w in page.extract_words()}
            text = " ".join(page.extract_text() for page in pdf.pages)
        for header in ("Measure", "Baseline", "Latest", "Change", "Meaning", "Exercise", "Dose", "Done"):
            assert header in words, f"{header} split in the report of {inputs.patient.name} on {paper.value}"
        surgeon, phone = inputs.patient.surgeon, inputs.patient.surgeon_phone
        if surgeon:
            assert f"To: {surgeon} (office {phone})" in text
        if inputs.patient.assessment == ASSESSMENT:
            assert "Plan: add side-lying abduction" in text
            assert "Walking: minutes a day logged against the plan" in text or "Walking plan" not in text
        assert "From: " in text and "Riverside" in text


@settings(max_examples=40, deadline=None)
@given(
    headers=st.lists(
        st.sampled_from(HEADERS + ["Meaningfulness", "Characteristically", "Change (points)"]),
        min_size=2,
        max_size=6,
    ),
    data=st.data(),
)
def test_no_header_word_is_ever_split_whatever_the_column_shares(headers, data):
    shares = data.draw(st.lists(st.floats(0.02, 1), min_size=len(headers), max_size=len(headers)))
    from reportlab.platypus import SimpleDocTemplate

    buffer = BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=(612, 792), leftMargin=36, rightMargin=36)
    styles = ReportStyles.make()
    document.build([grid([headers, ["x"] * len(headers)], shares, 540, styles, TextMarkup(()))])
    with pdfplumber.open(buffer) as pdf:
        words = [w["text"] for w in pdf.pages[0].extract_words(keep_blank_chars=False)]
    for word in " ".join(headers).split():
        assert word in words, (word, words)
