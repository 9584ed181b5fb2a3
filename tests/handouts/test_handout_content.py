"""What a patient finds in the handout, read back from the PDF's text."""

import re
from datetime import date
from io import BytesIO

import pytest
from handout_samples import CLINIC, TODAY, build, flat, make_patient, make_program, page_texts, pdf_text
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.dates import DateWords
from ptplanner.core.handout_text import precaution_sentence
from ptplanner.core.red_flags import red_flags
from ptplanner.core.walking_program import program_on
from ptplanner.handouts.content import HandoutError
from ptplanner.handouts.document import build_handout
from ptplanner.handouts.options import HandoutOptions


def test_the_handout_has_the_patient_every_exercise_dose_precaution_and_red_flag():
    patient = make_patient()
    program = make_program(patient, stage_index=1)
    stage = program_on(program, patient.surgery_date, TODAY).stages[1]  # walking dosed by its plan
    text = pdf_text(build(patient, program).pdf)

    assert patient.name in text
    assert "Sam Rivera, PT" in text
    assert "Stage 2 of 4: Stabilization, from February 17 to March 30" in text
    assert CLINIC.name in text and CLINIC.phone in text
    for item in stage.items:
        assert flat(item.exercise.name) in text
        assert flat(item.dosage.describe()) in text
        assert flat(item.exercise.stop_if) in text
        for step in item.exercise.steps:
            assert flat(step) in text
    for precaution in patient.active_precautions(TODAY):
        assert flat(precaution_sentence(precaution, DateWords(today=TODAY))) in text
    for group in red_flags(CLINIC, patient):
        assert flat(group.action) in text
        for sign in group.signs:
            assert flat(sign) in text


def test_precautions_carry_their_own_numbers_and_dates_and_ended_ones_are_left_out():
    text = pdf_text(build().pdf)
    assert "Do not lift more than 10 lb until April 7." in text
    assert "Do not twist your back until your surgeon says you may." in text
    assert "Do not sit for more than 30 minutes" not in text  # it ended on 17 February


def test_the_walking_plan_prints_as_a_table_of_dated_weeks():
    patient = make_patient()
    program = make_program(patient, stage_index=0)
    plan = program.stages[0].walking
    text = pdf_text(build(patient, program).pdf)
    assert "Walking from now on: 3 walks of 10 minutes every day" in text  # stage 1 ended on February 17
    for week in plan.schedule():
        numbers = f"{week.walks_per_day} {week.minutes_per_walk} {week.minutes_per_day}"
        assert re.search(rf"{week.week}(?: \(now\))? \w+ \d+ to \w+ \d+ {numbers}", text)


def test_a_stage_after_the_walking_plan_says_how_much_to_keep_walking():
    patient = make_patient()
    program = make_program(patient, stage_index=2)
    assert program.stages[2].walking is None
    text = pdf_text(build(patient, program).pdf)
    assert "Keep walking at least 40 minutes every day." in text
    assert "Walks a day" not in text


def test_the_fever_threshold_and_emergency_number_come_from_the_clinic():
    clinic = ClinicSettings(
        name="Clinic", phone="020 7946 0000", fever_threshold_c=38.5, emergency_number="999"
    )
    text = pdf_text(build(clinic=clinic).pdf)
    assert "100.4" not in text
    assert "101.3 °F (38.5 °C)" in text
    assert "Call 999 now if:" in text
    assert "Call us at 020 7946 0000 if you have questions" in text


def test_without_a_clinic_phone_the_patient_is_told_whom_to_call():
    text = pdf_text(build(clinic=ClinicSettings()).pdf)
    assert "Call your therapist if you have questions" in text
    assert "office" in text and "today if:" in text


def test_every_page_names_the_patient_program_version_and_page():
    handout = build()
    pages = page_texts(handout.pdf)
    assert handout.pages == len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert "Margaret Okafor" in text
        assert "Program of January 11, 2025, version 3" in text
        assert f"Page {number} of {len(pages)}" in text


def test_the_log_sheet_puts_two_dated_weeks_in_a_table_and_has_every_row():
    patient = make_patient()
    program = make_program(patient, stage_index=1)
    pages = page_texts(build(patient, program, log_weeks=3).pdf)
    logs = " ".join(text for text in pages if "My exercise log" in text)
    assert "My exercise log: weeks 1 and 2, March 1 to March 14" in logs
    assert "Sa 1 Su 2 Mo 3" in logs and "Fr 14" in logs  # two weeks across: the day of the month
    assert "My exercise log: week 3, March 15 to March 21" in logs
    assert "Sa Mar 15" in logs and "Fr Mar 21" in logs  # a week alone has room for the month
    for number, item in enumerate(program.stages[1].items, start=1):
        name = "Minutes walked" if item.exercise.id == "graded-walking" else flat(item.exercise.name)
        assert logs.count(f"{number}. {name}") == 2
    for row in ("Back pain (0 to 10)", "Leg pain (0 to 10)", "Flare-ups and warning signs"):
        assert logs.count(row) == 2


def test_a_log_for_a_stage_that_starts_later_starts_with_the_stage():
    patient = make_patient()
    program = make_program(patient, stage_index=1)
    later_stage = 2  # weeks 12 to 24: from 31 March
    text = pdf_text(build(patient, program, stage_index=later_stage).pdf)
    assert "Stage 3 of 4" in text
    assert "My exercise log: March 31 to April 13" in text


def test_the_log_sheet_can_be_left_out():
    handout_with, handout_without = build(), build(log_sheet=False)
    assert "My exercise log" not in pdf_text(handout_without.pdf)
    assert handout_without.pages <= handout_with.pages  # the log may share the last page


@pytest.mark.parametrize(("paper", "size"), [("letter", LETTER), ("a4", A4)])
def test_paper_size(paper, size):
    box = PdfReader(BytesIO(build(paper=paper).pdf)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size)


def test_a_program_without_stages_or_exercises_is_refused_with_a_reason():
    patient = make_patient()
    empty = make_program(patient, stage_index=0).model_copy(update={"stages": (), "moves": ()})
    with pytest.raises(HandoutError, match="no stages"):
        build(patient, empty)
    program = make_program(patient, stage_index=0)
    bare = program.stages[3].model_copy(update={"items": (), "walking": None})
    with pytest.raises(HandoutError, match=r"Stage 4 .* has no exercises"):
        build(patient, program.model_copy(update={"stages": (*program.stages[:3], bare)}), stage_index=3)
    with pytest.raises(HandoutError, match="there is no stage 9. Choose a stage from 1 to 4."):
        build(patient, program, stage_index=8)
    single = program.model_copy(update={"stages": program.stages[:1]})
    with pytest.raises(HandoutError, match="The program has 1 stage; there is no stage 2. Choose stage 1."):
        build(patient, single, stage_index=1)


def test_a_program_of_another_patient_is_refused():
    patient = make_patient()
    program = make_program(make_patient(id="someone-else"))
    with pytest.raises(HandoutError, match="another patient"):
        build(patient, program)


def test_the_print_date_and_the_stage_dates_are_on_the_first_page():
    first = page_texts(build().pdf)[0]
    assert "Home exercise program · March 1, 2025" in first
    assert "Stage 2 of 4: Stabilization, from February 17 to March 30" in first


def test_a_patient_without_a_surgery_date_gets_weeks_but_no_dates():
    patient = make_patient(surgery_date=None)
    text = pdf_text(build(patient, make_program(patient)).pdf)
    assert "Stage 2 of 4: Stabilization, weeks 6 to 12" in text
    assert "From February 17" not in text
    assert f"My exercise log: March {TODAY.day} to" in text  # from the print date


def test_the_same_input_gives_the_same_bytes():
    assert build().pdf == build().pdf
    assert build(large_print=True, paper="a4").pdf == build(large_print=True, paper="a4").pdf


def test_a_different_print_date_changes_the_document():
    patient = make_patient()
    program = make_program(patient)
    later = build_handout(patient, program, CLINIC, HandoutOptions(), date(2025, 3, 2), font_folders=())
    assert later.pdf != build(patient, program).pdf


def test_every_date_of_an_a4_handout_puts_the_day_first_and_of_a_letter_one_the_month():
    letter, a4 = pdf_text(build(paper="letter").pdf), pdf_text(build(paper="a4").pdf)
    assert "program · March 1, 2025" in letter and "Program of January 11, 2025" in letter
    assert "program · 1 March 2025" in a4 and "Program of 11 January 2025" in a4
    assert "March 1, 2025" not in a4 and "1 March 2025" not in letter


def test_the_person_printing_is_told_when_the_surgeons_phone_is_missing():
    assert build().warnings == ()
    patient = make_patient(surgeon_phone="")
    [notice] = build(patient, make_program(patient)).warnings
    assert "no surgeon's office phone" in notice and "Edit patient" in notice


def test_a_past_or_coming_stage_says_so_on_page_1_and_to_the_person_printing():
    patient = make_patient()
    program = make_program(patient, stage_index=1)
    past, coming = build(patient, program, stage_index=0), build(patient, program, stage_index=3)
    assert "Past stage: you have moved on to stage 2." in flat(page_texts(past.pdf)[0])
    assert "Coming stage: you are in stage 2 now." in flat(page_texts(coming.pdf)[0])
    assert any("past stage" in notice for notice in past.warnings)
    assert any("coming stage" in notice for notice in coming.warnings)
    current = build(patient, program, stage_index=1)
    assert "Past stage" not in pdf_text(current.pdf) and "Coming stage" not in pdf_text(current.pdf)
