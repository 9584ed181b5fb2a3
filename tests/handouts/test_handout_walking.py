"""The walking plan on the printed handout: the dose box, the heading, the table and what a stage
after the plan says all give the same minutes. Read back from the PDF's text."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from demo_handouts import demo_clinic
from handout_samples import TODAY, build, make_patient, make_program, pdf_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ptplanner.core.language import Language
from ptplanner.core.program_edit import update_stage
from ptplanner.core.walking import WalkingPlan
from ptplanner.core.walking_program import is_walking_item, last_plan_before

DATE = r"(?:[A-Z][a-z]{2} \d{1,2}|\d{1,2} [A-Z][a-z]{2})"
BOX = re.compile(r"How much: (\d+) minutes?, (once|twice|\d+ times) a day\. Week (\d+) of your walking plan")
ROW = re.compile(rf"(\d+) \((?:now|next)\) {DATE} to {DATE} (\d+) (\d+) (\d+)")
HEADING = re.compile(r"(?:Walking this week \([^)]*\)|Your walking plan starts [^:]*|Walking from now on): "
                     r"(\d+) walks? of (\d+) minutes?")
TIMES = {"once": 1, "twice": 2}


def printed_walking(text: str) -> dict[str, tuple[int, ...]]:
    """The walking numbers the handout prints: the dose box, the marked table row and the heading."""
    found = {}
    if box := BOX.search(text):
        minutes, times, week = box.groups()
        found["box"] = (int(week), int(minutes), TIMES.get(times) or int(times.split()[0]))
    rows = ROW.findall(text)
    assert len(rows) <= 1, f"more than one week is marked: {rows}"
    if rows:
        week, walks, minutes, total = map(int, rows[0])
        assert walks * minutes == total
        found["row"] = (week, minutes, walks)
    if heading := HEADING.search(text):
        found["heading"] = (int(heading.group(2)), int(heading.group(1)))
    return found


def assert_one_walking_dose(text: str) -> None:
    found = printed_walking(text)
    assert "row" in found and "heading" in found, found
    assert found["heading"] == found["row"][1:]
    if "box" in found:
        assert found["box"] == found["row"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_clinic(tmp_path_factory.mktemp("demo"))


def test_every_stage_of_every_demo_patient_prints_one_walking_dose_or_says_how_much_to_keep_walking(demo):
    checked = 0
    for index, (_patient, program) in enumerate(demo.patients):
        for stage_index, stage in enumerate(program.stages):
            text = pdf_text(demo.handout(index, stage_index, log_sheet=False).pdf)
            assert "the time your plan gives" not in text
            earlier = last_plan_before(program, stage_index)
            if stage.walking is not None:
                assert_one_walking_dose(text)
                checked += 1
            elif earlier is not None:
                minutes = earlier.final_minutes_per_day()
                assert f"Keep walking at least {minutes} minutes every day." in text
                assert not ROW.search(text)
    assert checked >= 12


@st.composite
def plans(draw) -> WalkingPlan:
    walks = draw(st.integers(1, 4))
    baseline = draw(st.integers(2, 60))
    return WalkingPlan(
        baseline_minutes_per_day=baseline,
        weekly_increase_minutes=draw(st.integers(1, 15)),
        target_minutes_per_day=draw(st.integers(max(5, baseline), 120)),
        walks_per_day=walks,
        max_minutes_per_walk=40,
        weeks=draw(st.integers(1, 10)),
        start=draw(st.none() | st.dates(TODAY - timedelta(weeks=12), TODAY + timedelta(weeks=3))),
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_for_any_plan_the_dose_box_equals_the_marked_week_and_the_heading(plan):
    patient = make_patient()
    program = make_program(patient, stage_index=0)
    program = update_stage(program, program.stages[0].id, walking=plan)
    text = pdf_text(build(patient, program, log_sheet=False).pdf)
    assert_one_walking_dose(text)
    assert printed_walking(text)["box"]  # stage 1 has the walking exercise


def test_a_plan_not_started_yet_marks_its_first_week_next_and_says_when_it_starts():
    patient = make_patient()
    program = make_program(patient, stage_index=0)
    plan = program.stages[0].walking.model_copy(update={"start": TODAY + timedelta(days=3)})
    text = pdf_text(build(patient, update_stage(program, program.stages[0].id, walking=plan)).pdf)
    assert "Your walking plan starts March 4: 3 walks of 5 minutes" in text
    assert "1 (next) Mar 4 to Mar 10 3 5 15" in text


def test_a4_handouts_write_the_weeks_day_first_and_a_finished_plan_says_to_keep_its_last_week():
    patient = make_patient()
    program = make_program(patient, stage_index=0)
    plan = program.stages[0].walking
    later = plan.model_copy(update={"start": TODAY - timedelta(days=10)})
    started = update_stage(program, program.stages[0].id, walking=later)
    text = pdf_text(build(patient, started, paper="a4").pdf)
    assert "Walking this week (26 Feb to 4 Mar): 3 walks of 6 minutes" in text
    assert "2 (now) 26 Feb to 4 Mar 3 6 18" in text
    finished = pdf_text(build(patient, program, paper="a4").pdf)  # weeks 0 to 6 after 6 January
    assert "Walking from now on: 3 walks of 10 minutes every day" in finished
    assert "6 (now) 10 Feb to 16 Feb 3 10 30" in finished


def test_the_walking_table_stands_right_under_the_walking_exercise():
    patient = make_patient()
    program = make_program(patient, stage_index=1)
    stage = program.stages[1]
    number = next(n for n, item in enumerate(stage.items, start=1) if item.exercise.id == "graded-walking")
    reordered = (*stage.items[number - 1 :], *stage.items[: number - 1])  # the walking exercise first
    program = update_stage(program, stage.id, items=reordered)
    text = pdf_text(build(patient, program).pdf)
    walking_title = text.index("1. Walking plan")
    table = HEADING.search(text).start()
    assert walking_title < table < text.index(f"2. {reordered[1].exercise.name}")


@pytest.mark.parametrize("days_in", [7, 10, 13])
def test_in_the_plans_last_week_it_never_says_to_go_on_to_the_next_row(days_in):
    # "Each new week, go to the next row" was printed with "6 (now)" the last row of the table.
    patient = make_patient()
    program = make_program(patient, stage_index=0)
    plan = program.stages[0].walking.model_copy(update={"weeks": 2, "start": TODAY - timedelta(days=days_in)})
    text = pdf_text(build(patient, update_stage(program, program.stages[0].id, walking=plan)).pdf)
    assert re.search(rf"2 \(now\) {DATE} to {DATE}", text)
    assert "go to the next row" not in text
    assert "The row marked \u201cnow\u201d is this week, the plan's last." in text


@pytest.mark.parametrize(
    ("language", "more", "same"),
    [
        (Language.ENGLISH, "Walk a little more each week.", "Keep the same time each week."),
        (Language.SPANISH, "Camine un poco más cada semana.", "Camine el mismo tiempo cada semana."),
    ],
)
def test_only_a_plan_that_grows_tells_the_patient_to_walk_more_each_week(language, more, same):
    patient = make_patient(language=language)
    program = make_program(patient, stage_index=0)
    growing = program.stages[0].walking.model_copy(update={"start": TODAY})
    flat = growing.model_copy(  # 20, 20, 20, 20 minutes, as the reviewer's flat plan
        update={"baseline_minutes_per_day": 40, "target_minutes_per_day": 40, "walks_per_day": 2, "weeks": 4}
    )
    stage = program.stages[0]
    # Without the walking exercise, the plan's own section says what the weeks ask.
    others = tuple(item for item in stage.items if not is_walking_item(item))
    for plan, says, never in ((growing, more, same), (flat, same, more)):
        text = pdf_text(build(patient, update_stage(program, stage.id, walking=plan, items=others)).pdf)
        assert says in text and never not in text, (plan, says)
        # Under the walking exercise, the dose box and the table say the week; nothing says "more".
        text = pdf_text(build(patient, update_stage(program, stage.id, walking=plan)).pdf)
        assert (more not in text) or plan is growing
