"""The plain words of a handout, the clinic settings behind them, and their reading level."""

import base64
from datetime import date, timedelta

import pytest
import textstat
from handout_samples import SURGERY, build, library, make_patient, make_program, pdf_text
from pydantic import ValidationError

from ptplanner.core.clinic import MAX_LOGO_BYTES, ClinicSettings, Paper
from ptplanner.core.dates import DateStyle, DateWords
from ptplanner.core.handout_text import (
    before_you_start,
    how_often,
    numbers_in_short,
    precaution_sentence,
    session_minutes,
    stage_dates,
    stage_title,
)
from ptplanner.core.patient import Precaution, PrecautionKind, Unit
from ptplanner.core.red_flags import Urgency, before_surgery, red_flags
from ptplanner.core.walking_program import is_walking_item

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


def test_warning_signs_come_in_three_groups_by_whom_to_call_with_the_numbers_in_them():
    clinic = ClinicSettings(phone="555-0100", after_hours_phone="555-0199", fever_threshold_c=38.6, emergency_number="112")
    patient = make_patient(surgeon="Dr. Maria Lee", surgeon_phone="555-0177")
    emergency, surgeon, clinic_group = red_flags(clinic, patient)
    assert [g.urgency for g in (emergency, surgeon, clinic_group)] == list(Urgency)
    assert emergency.action == "Call 112 now if:"
    assert surgeon.action == "Call Dr. Maria Lee's office at 555-0177 today if:"
    assert clinic_group.action.startswith("Call us at 555-0100 if you have questions about your exercises")
    assert "When we are closed, call 555-0199." in clinic_group.action
    assert any("101.5 °F (38.6 °C)" in sign for sign in surgeon.signs)
    signs = " ".join(emergency.signs).lower()
    for sign in ("chest pain", "urine", "bowels", "numb between your legs", "leg suddenly gets weak"):
        assert sign in signs


def test_the_surgeon_group_names_every_sign_patients_are_told_about_after_fusion():
    signs = " ".join(red_flags(ClinicSettings(), make_patient())[1].signs).lower()
    for sign in ("fever", "wound", "numbness", "tingling", "weakness", "sudden", "much worse",
                 "before surgery comes back", "hip is red, warm or swollen", "hard to walk or stand", "calf",
                 "headache", "neck pain", "fall", "rest and medicine do not ease"):
        assert sign in signs, sign


def test_before_surgery_the_signs_are_the_ones_that_matter_before_the_operation():
    before = " ".join(red_flags(ClinicSettings(), make_patient(), before_surgery=True)[1].signs).lower()
    for sign in ("fever", "infection before your surgery day", "numbness", "all of a sudden", "calf", "a fall"):
        assert sign in before, sign
    for after_only in ("wound", "before surgery comes back", "headache", "bowel movement"):
        assert after_only not in before, after_only
    assert before_surgery(False, SURGERY, SURGERY - timedelta(days=1))  # the operation still ahead
    assert not before_surgery(False, SURGERY, SURGERY)
    assert not before_surgery(False, None, SURGERY)  # no date: after-surgery signs, the safe side
    assert before_surgery(True, None, SURGERY)  # a prehab program


def test_a_prehab_handout_never_tells_of_a_wound_and_an_after_surgery_one_does():
    prehab = make_patient(surgery_date=None)
    program = make_program(prehab, stage_index=0, template="prehab-before-fusion")
    assert program.before_surgery
    text = pdf_text(build(prehab, program).pdf)
    assert "infection before your surgery day" in text and "wound" not in text.lower()
    assert "Stage 1 of 2: Get stronger before surgery" in text and "weeks 0 to" not in text  # no operation yet
    assert "Your wound is red" in pdf_text(build().pdf)


def test_without_a_surgeon_on_record_the_handout_still_says_whom_to_call():
    emergency, surgeon, clinic_group = red_flags(ClinicSettings(), make_patient(surgeon="", surgeon_phone=""))
    assert surgeon.action == "Call your surgeon's office today if:"
    assert clinic_group.action.startswith("Call your therapist if you have questions")


@pytest.mark.parametrize(
    ("precaution", "sentence"),
    [
        (
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=date(2025, 1, 5)),
            "Do not lift more than 10 lb until 5 January.",
        ),
        (
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=4.5, unit=Unit.KG, until=date(2026, 1, 5)),
            "Do not lift more than 10 lb until 5 January 2026.",  # in the clinic's unit: pounds by default
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
            "No driving until 1 March.",
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


def test_page_one_explains_the_numbers_and_how_long_a_session_takes():
    stage = make_program(make_patient()).stages[1]
    line = numbers_in_short(stage)
    assert '"2 sets of 10"' in line or '"10 times"' in line
    assert f"about {session_minutes(stage)} minutes" in line
    assert session_minutes(stage) % 5 == 0 and 5 <= session_minutes(stage) <= 60
    assert "5 out of 10" in " ".join(before_you_start(stage, pain_limit=5))


def test_the_session_time_never_claims_to_hold_the_walks_and_rides():
    # "All of them take about 10 minutes" (now "Your exercises take...") was printed over a 15-minute bike ride and a 20-minute walk.
    for stage in make_program(make_patient()).stages:
        timed = [item for item in stage.items if item.dosage.duration_minutes is not None]
        for items in (stage.items, [*stage.items, *timed], timed):
            line = numbers_in_short(stage.model_copy(update={"items": tuple(items)}))
            timed = [item for item in items if item.dosage.duration_minutes is not None]
            names = [f'"{item.exercise.name}"' for item in timed if not is_walking_item(item)]  # as titles
            names += ["your walks"] if any(map(is_walking_item, timed)) else []
            assert ("minutes." in line and "not counting" not in line) == (not names and "minutes" in line)
            assert all(name in line for name in names) or "minutes" not in line
            assert line.count("your walks") <= 1
            if names and len(names) < len(items):
                assert "minutes, not counting" in line


def test_names_are_joined_as_a_sentence_lists_them():
    from ptplanner.core.handout_text import names_joined
    from ptplanner.core.language import Language, speaking

    joined = [names_joined(names) for names in ([], ["A"], ["A", "B"], ["A", "B", "C"])]
    assert joined == ["", "A", "A and B", "A, B and C"]
    with speaking(Language.SPANISH):
        assert names_joined(["A", "B"]) == "A y B"


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
        assert _grade([how_often(stage), numbers_in_short(stage), *before_you_start(stage, 3)]) <= GRADE_LIMIT
    for group in red_flags(ClinicSettings(phone="555-0100"), make_patient()):
        assert _grade([group.action, *group.signs]) <= GRADE_LIMIT
