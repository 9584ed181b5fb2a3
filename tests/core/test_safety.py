from datetime import date, timedelta

import pytest

from ptplanner.core.vocabulary import Category
from ptplanner.core.dates import DateWords
from ptplanner.core.dosage import Dosage
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Unit
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove
from ptplanner.core.safety import MAX_EXERCISES_PER_SESSION, load_in_lb, program_warnings

TODAY = date(2024, 6, 1)
SURGERY = TODAY - timedelta(weeks=2)


def patient(*precautions: Precaution) -> Patient:
    return Patient(name="Ana", date_of_birth=date(1960, 1, 1), surgery_date=SURGERY, precautions=precautions)


def until(weeks: int) -> date:
    return SURGERY + timedelta(weeks=weeks)


@pytest.fixture
def item(make_exercise):
    def make(earliest_stage=1, movements=(), load="", category=None):
        extra = {} if category is None else {"category": category}
        exercise = make_exercise(earliest_stage=earliest_stage, movements=list(movements), **extra)
        return ProgramItem.of(exercise, Dosage(reps=10, load=load))

    return make


def program(*stage_items, moves=()) -> Program:
    stages = tuple(
        Stage(name=f"Stage {n + 1}", start_week=6 * n, end_week=6 * n + 6, items=tuple(items))
        for n, items in enumerate(stage_items)
    )
    return Program(patient_id="p", title="Plan", created_on=SURGERY, stages=stages, moves=moves)


def messages(program, patient) -> list[str]:
    return [w.message for w in program_warnings(program, patient, TODAY)]


@pytest.mark.parametrize(
    ("text", "pounds"),
    [
        ("5 lb dumbbell", 5),
        ("2 kg ankle weight", 2 * 2.20462),
        ("2,5 kg", 2.5 * 2.20462),
        ("10lbs", 10),
        ("1 kg or 3 lb", 3),
        ("light band", None),
        ("", None),
        ("5 laps", None),
    ],
)
def test_load_in_lb_reads_weights_in_any_usual_unit(text, pounds):
    assert load_in_lb(text) == (None if pounds is None else pytest.approx(pounds))


def test_a_safe_program_has_no_warnings(item):
    assert messages(program([item()], [item(earliest_stage=2)]), patient()) == []


def test_an_exercise_earlier_than_its_earliest_stage_is_warned_about(item):
    too_early = item(earliest_stage=3)
    warnings = program_warnings(program([], [too_early]), patient(), TODAY)
    assert [(w.item_id, w.message) for w in warnings] == [
        (too_early.id, "Bridge is meant for stage 3 or later; this is stage 2.")
    ]


def test_a_banned_movement_is_warned_about_while_the_precaution_applies(item):
    lifting = item(movements=("lifting", "bending"))
    no_bending = Precaution(kind=PrecautionKind.NO_BENDING, until=until(6))
    assert messages(program([lifting]), patient(no_bending)) == [
        f"Bridge involves bending, but 'no bending' applies until {DateWords().full(until(6))}."
    ]


def test_a_precaution_that_ends_before_the_stage_starts_is_no_concern(item):
    no_bending = Precaution(kind=PrecautionKind.NO_BENDING, until=until(6) - timedelta(days=1))
    assert messages(program([], [item(movements=("bending",), earliest_stage=2)]), patient(no_bending)) == []


def test_a_precaution_without_an_end_date_always_applies(item):
    no_twisting = Precaution(kind=PrecautionKind.NO_TWISTING)
    later = item(movements=("twisting",), earliest_stage=2)
    assert messages(program([], [later]), patient(no_twisting)) == [
        "Bridge involves twisting, but 'no twisting' applies until the therapist lifts it."
    ]


def test_an_early_move_to_a_stage_brings_its_precautions_forward(item):
    no_bending = Precaution(kind=PrecautionKind.NO_BENDING, until=until(6))
    bending = item(movements=("bending",), earliest_stage=2)
    moved_early = program([], [bending], moves=(StageMove(stage_index=1, on=TODAY),))
    assert len(messages(moved_early, patient(no_bending))) == 1


def test_a_stage_the_patient_has_left_is_not_checked_against_precautions(item):
    no_bending = Precaution(kind=PrecautionKind.NO_BENDING)
    moved_on = program([item(movements=("bending",))], [item()], moves=(StageMove(stage_index=1, on=TODAY),))
    assert messages(moved_on, patient(no_bending)) == []


def test_a_load_above_the_lifting_limit_is_warned_about(item):
    limit = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=4, unit=Unit.KG, until=until(12))
    heavy, light = item(load="10 lb dumbbell"), item(load="3 kg")
    ends = f"{DateWords().full(until(12))}"
    expected = (
        f"The load '10 lb dumbbell' is above the lifting limit of 9 lb (4 kg), which applies until {ends}."
    )
    assert messages(program([heavy, light]), patient(limit)) == [expected]


def test_a_lifting_limit_alone_does_not_ban_lifting_within_it(item):
    limit = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB)
    assert messages(program([item(movements=("lifting",), load="5 lb")]), patient(limit)) == []


def test_a_crowded_session_is_warned_about_once_for_the_stage(item):
    crowded = [item() for _ in range(MAX_EXERCISES_PER_SESSION + 1)]
    full = [item() for _ in range(MAX_EXERCISES_PER_SESSION)]
    crowded_program = program(full, crowded)
    warnings = program_warnings(crowded_program, patient(), TODAY)
    assert [(w.stage_id, w.item_id) for w in warnings] == [(crowded_program.stages[1].id, None)]
    assert warnings[0].message.startswith("7 exercises in one session")


def test_walking_and_the_ways_to_move_in_daily_life_do_not_crowd_the_session(item):
    session = [item() for _ in range(MAX_EXERCISES_PER_SESSION)]
    on_top = [item(category=Category.ACTIVITY), item(category=Category.POSTURE)]
    assert messages(program(session + on_top), patient()) == []
    assert messages(program(session + on_top + [item()]), patient())[0].startswith("7 exercises in one session")


def test_without_a_surgery_date_precautions_are_checked_as_of_today(item):
    no_bending = Precaution(kind=PrecautionKind.NO_BENDING, until=TODAY + timedelta(days=1))
    undated = patient(no_bending).model_copy(update={"surgery_date": None})
    assert len(messages(program([], [item(movements=("bending",), earliest_stage=2)]), undated)) == 1
