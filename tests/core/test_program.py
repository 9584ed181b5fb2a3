from datetime import date

import pytest
from pydantic import ValidationError

from ptplanner.core.dosage import Dosage
from ptplanner.core.program import MAX_STAGES, Program, ProgramItem, Stage, StageMove

CREATED = date(2024, 5, 20)


def program(stages: int = 3, moves: tuple[StageMove, ...] = ()) -> Program:
    return Program(
        patient_id="patient-1",
        title="After fusion",
        created_on=CREATED,
        stages=tuple(Stage(name=f"Stage {n + 1}", start_week=6 * n) for n in range(stages)),
        moves=moves,
    )


def move(stage_index: int, day: int) -> StageMove:
    return StageMove(stage_index=stage_index, on=date(2024, 6, day))


@pytest.mark.parametrize("end_week", [0, 5, 6])
def test_a_stage_must_end_after_it_starts(end_week):
    with pytest.raises(ValidationError, match="a stage must end after it starts"):
        Stage(name="Stabilization", start_week=6, end_week=end_week)


def test_a_stage_may_be_open_ended():
    assert Stage(name="Return to activity", start_week=24).week_range() == "from week 24"
    assert Stage(name="Stabilization", start_week=6, end_week=12).week_range() == "weeks 6 to 12"


def test_a_program_without_stages_has_no_current_stage():
    assert program(stages=0).current_stage() is None


def test_the_first_stage_is_current_until_the_patient_is_moved():
    assert program().current_stage().name == "Stage 1"


def test_the_latest_move_sets_the_current_stage():
    moved = program(moves=(move(1, 1), move(2, 10), move(1, 20)))
    assert moved.current_stage_index() == 1
    assert moved.current_stage().name == "Stage 2"


def test_a_move_recorded_late_does_not_override_a_later_move():
    back_dated = program(moves=(move(2, 10), move(1, 1)))
    assert back_dated.current_stage().name == "Stage 3"


def test_of_two_moves_on_one_day_the_last_recorded_counts():
    assert program(moves=(move(1, 10), move(2, 10))).current_stage().name == "Stage 3"


def test_a_move_must_point_at_an_existing_stage():
    with pytest.raises(ValidationError, match="points at stage 4, which does not exist"):
        program(stages=3, moves=(move(3, 1),))
    with pytest.raises(ValidationError):
        move(-1, 1)


def test_a_program_has_at_most_twelve_stages():
    assert len(program(stages=MAX_STAGES).stages) == MAX_STAGES
    with pytest.raises(ValidationError, match="stages"):
        program(stages=MAX_STAGES + 1)


def test_an_item_takes_the_exercise_default_dosage_unless_given_one(make_exercise):
    bridge = make_exercise()
    assert ProgramItem.of(bridge).dosage == bridge.dosage
    own = Dosage(sets=3, reps=8)
    item = ProgramItem.of(bridge, own, note="Stop at the first twinge")
    assert (item.exercise, item.dosage, item.note) == (bridge, own, "Stop at the first twinge")


def test_an_item_is_a_snapshot_of_the_exercise(make_exercise):
    bridge = make_exercise()
    item = ProgramItem.of(bridge)
    edited = bridge.model_copy(update={"name": "Glute bridge", "dosage": Dosage(reps=20)})
    assert edited.name == "Glute bridge"
    assert (item.exercise.name, item.dosage) == ("Bridge", bridge.dosage)
    with pytest.raises(ValidationError):
        item.exercise.name = "Changed in place"
    with pytest.raises(ValidationError):
        item.dosage = Dosage(reps=20)


def test_items_are_listed_stage_by_stage_in_order(make_exercise):
    first, second, third = (ProgramItem.of(make_exercise(id=name)) for name in ("one", "two", "three"))
    stages = (
        Stage(name="Protection", start_week=0, end_week=6, items=(first, second)),
        Stage(name="Empty", start_week=6, end_week=8),
        Stage(name="Stabilization", start_week=8, items=(third,)),
    )
    staged = Program(patient_id="p", title="t", created_on=CREATED, stages=stages)
    assert [item.exercise.id for item in staged.items()] == ["one", "two", "three"]


def test_a_program_survives_a_round_trip_through_json(make_exercise):
    item = ProgramItem.of(make_exercise(), Dosage(reps=12, side="both"), note="Slowly <b>&</b> 😀")
    stage = Stage(name="Protection", start_week=0, end_week=6, goals=("Walk daily",), items=(item,))
    original = Program(patient_id="p", title="t", created_on=CREATED, stages=(stage,), moves=(move(0, 3),))
    assert Program.model_validate_json(original.model_dump_json()) == original
