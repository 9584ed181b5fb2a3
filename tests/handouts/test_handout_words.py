"""The plain words of a handout, the clinic settings behind them, and their reading level."""

import base64
from datetime import date

import pytest
import textstat
from handout_samples import SURGERY, TODAY, library, make_patient, make_program
from pydantic import ValidationError

from ptplanner.core.clinic import MAX_LOGO_BYTES, ClinicSettings, Paper
from ptplanner.core.dates import DateStyle, DateWords
from ptplanner.core.handout_text import (
    precaution_sentence,
    program_summary,
    stage_dates,
    stage_title,
)
from ptplanner.core.patient import Precaution, PrecautionKind, Unit
from ptplanner.core.red_flags import Urgency, red_flags

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
GRADE_LIMIT = 6


def test_clinic_settings_defaults_suit_a_us_clinic():
    settings = ClinicSettings()
    assert settings.paper is Paper.LETTER
    assert settings.fever_threshold_c == 38.0 and settings.fever_threshold_f == 100.4
    assert settings.emergency_number == "911"
    assert settings.exercise_pain_limit == 3


def test_the_logo_is_stored_as_base64_text_and_read_back_as_bytes():
    settings = ClinicSettings(name="Clinic", logo=PNG)
    stored = settings.model_dump(mode="json")
    assert stored["logo"] == base64.b64encode(PNG).decode()
    assert ClinicSettings.model_validate(stored) == settings


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"logo": b"GIF89a" + b"\x00" * 10}, "PNG or JPEG"),
        ({"logo": PNG + b"\x00" * MAX_LOGO_BYTES}, "larger than 512 KB"),
        ({"logo": "not base64!"}, "not valid base64"),
        ({"fever_threshold_c": 37.5}, "greater than or equal to 38"),
        ({"fever_threshold_c": 39}, "less than or equal to 38.6"),
        ({"exercise_pain_limit": 8}, "less than or equal to 5"),
        ({"phone": "555\n0100"}, "one line"),
        ({"name": "x" * 201}, "at most 200"),
        ({"emergency_number": ""}, "at least 1"),
        ({"paper": "legal"}, "letter"),
    ],
)
def test_bad_clinic_settings_are_refused_with_a_reason(fields, message):
    with pytest.raises(ValidationError, match=message):
        ClinicSettings(**fields)


def test_settings_saved_by_an_older_version_still_load():
    assert ClinicSettings.model_validate({"name": "Old clinic"}).paper is Paper.LETTER


def test_red_flags_are_grouped_and_carry_the_clinic_numbers():
    call, emergency = red_flags(
        ClinicSettings(phone="555-0100", fever_threshold_c=38.6, emergency_number="112")
    )
    assert call.urgency is Urgency.CALL_TODAY and emergency.urgency is Urgency.EMERGENCY
    assert call.action == "Call us today at 555-0100 if:"
    assert any("101.5 °F (38.6 °C)" in sign for sign in call.signs)
    assert emergency.action.startswith("Call 112")
    assert any("bladder or bowels" in sign for sign in emergency.signs)
    assert any("chest pain" in sign for sign in emergency.signs)


@pytest.mark.parametrize(
    ("precaution", "sentence"),
    [
        (
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=date(2025, 1, 5)),
            "Do not lift more than 10 lb until 5 January.",
        ),
        (
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=4.5, unit=Unit.KG, until=date(2026, 1, 5)),
            "Do not lift more than 4.5 kg until 5 January 2026.",
        ),
        (
            Precaution(kind=PrecautionKind.SITTING_LIMIT, limit=30, unit=Unit.MINUTES),
            "Do not sit for more than 30 minutes at a time until your surgeon says you may.",
        ),
        (
            Precaution(kind=PrecautionKind.NO_BENDING, until=date(2025, 2, 1), note="Use the grabber."),
            "Do not bend forward at your waist until 1 February. Use the grabber.",
        ),
        (
            Precaution(kind=PrecautionKind.OTHER, note="No driving.", until=date(2025, 3, 1)),
            "No driving (until 1 March).",
        ),
        (
            Precaution(kind=PrecautionKind.OTHER, note="Wear the brace out of bed"),
            "Wear the brace out of bed.",
        ),
    ],
)
def test_precaution_sentences(precaution, sentence):
    assert precaution_sentence(precaution, DateWords(DateStyle.DAY_FIRST, date(2025, 1, 1))) == sentence


def test_stage_titles_and_dates():
    program = make_program(make_patient())
    assert stage_title(program, 1) == "Stage 2 of 4: Stabilization, weeks 6 to 12"
    assert stage_dates(program.stages[3], SURGERY) == (date(2025, 6, 23), None)
    assert stage_dates(program.stages[0], None) is None


def test_the_summary_says_how_often_how_long_what_to_expect_and_when_to_stop():
    stage = make_program(make_patient()).stages[1]
    points = program_summary(stage, stage_dates(stage, SURGERY), DateWords(DateStyle.DAY_FIRST, TODAY), pain_limit=5)
    assert [p.label for p in points] == ["How often", "How long", "What to expect", "When to stop"]
    assert points[1].text.startswith(
        "Follow this plan from week 6 to week 12 after your surgery (from 17 February"
    )
    assert "5 out of 10" in points[2].text


def _grade(lines) -> float:
    text = " ".join(line if line.rstrip().endswith((".", "!", "?", ":")) else f"{line}." for line in lines)
    return textstat.flesch_kincaid_grade(text)


def test_the_bundled_library_reads_at_grade_6_or_below_on_average():
    exercises = library().active()
    grades = [_grade([e.summary, *e.steps, *e.cues, e.stop_if]) for e in exercises]
    assert len(grades) > 50
    assert sum(grades) / len(grades) <= GRADE_LIMIT


def test_the_handout_summary_and_red_flags_read_at_grade_6_or_below():
    program = make_program(make_patient())
    for stage in program.stages:
        points = program_summary(stage, stage_dates(stage, SURGERY), DateWords(DateStyle.DAY_FIRST, TODAY), pain_limit=3)
        assert _grade([p.text for p in points]) <= GRADE_LIMIT
    for group in red_flags(ClinicSettings(phone="555-0100")):
        assert _grade([group.action, *group.signs]) <= GRADE_LIMIT
