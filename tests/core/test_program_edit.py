from datetime import date

import pytest
from pydantic import ValidationError

from ptplanner.core import program_edit as edit
from ptplanner.core.library import Library
from ptplanner.core.program import MAX_ITEMS_PER_STAGE, Program, ProgramItem, Stage, StageMove

DAY = date(2024, 6, 1)


@pytest.fixture
def items(make_exercise):
    return [ProgramItem.of(make_exercise(id=f"exercise-{n}", name=f"Exercise {n}")) for n in range(4)]


@pytest.fixture
def program(items) -> Program:
    stages = (
        Stage(name="Protection", start_week=0, end_week=6, items=tuple(items[:3])),
        Stage(name="Stabilization", start_week=6, end_week=12, items=(items[3],)),
        Stage(name="Strength", start_week=12),
    )
    return Program(patient_id="p", title="After fusion", created_on=DAY, stages=stages, version=4)


def names(stage: Stage) -> list[str]:
    return [item.exercise.name for item in stage.items]


def test_updated_validates_like_a_new_object(program):
    with pytest.raises(ValidationError, match="a stage must end after it starts"):
        edit.update_stage(program, program.stages[1].id, end_week=6)
    with pytest.raises(ValidationError):
        edit.update_stage(program, program.stages[1].id, name="")


def test_update_stage_changes_only_that_stage(program):
    changed = edit.update_stage(program, program.stages[1].id, name="Stability", goals=("Walk 30 minutes",))
    assert changed.stages[1].name == "Stability" and changed.stages[1].goals == ("Walk 30 minutes",)
    assert changed.stages[0] == program.stages[0] and changed.stages[2] == program.stages[2]
    assert changed.version == program.version and changed.id == program.id


def test_inserting_a_stage_keeps_moves_on_the_same_stages(program):
    moved = edit.with_moves(program, [StageMove(stage_index=1, on=DAY), StageMove(stage_index=2, on=DAY)])
    inserted = edit.insert_stage(moved, 1, Stage(name="Bridge stage", start_week=4))
    assert [s.name for s in inserted.stages] == ["Protection", "Bridge stage", "Stabilization", "Strength"]
    assert [inserted.stages[m.stage_index].name for m in inserted.moves] == ["Stabilization", "Strength"]


def test_removing_a_stage_drops_moves_into_it_and_shifts_later_ones(program):
    moved = edit.with_moves(
        program, [StageMove(stage_index=1, on=DAY), StageMove(stage_index=2, on=date(2024, 7, 1))]
    )
    removed = edit.remove_stage(moved, program.stages[1].id)
    assert [s.name for s in removed.stages] == ["Protection", "Strength"]
    assert removed.moves == (StageMove(stage_index=1, on=date(2024, 7, 1)),)
    assert removed.current_stage().name == "Strength"


def test_a_copied_stage_has_new_ids_and_the_same_exercises(program):
    copy = edit.copy_of_stage(program.stages[0])
    assert copy.id != program.stages[0].id
    assert copy.name == "Protection (copy)"
    assert names(copy) == names(program.stages[0])
    assert not {i.id for i in copy.items} & {i.id for i in program.stages[0].items}


def test_copying_a_stage_with_a_name_at_the_limit_keeps_the_name(program):
    long = edit.update_stage(program, program.stages[0].id, name="x" * 200).stages[0]
    assert edit.copy_of_stage(long).name == "x" * 200


def test_insert_remove_and_move_items(program, make_exercise):
    stage_id = program.stages[0].id
    new = ProgramItem.of(make_exercise(id="bridge", name="Bridge"))
    inserted = edit.insert_items(program, stage_id, 1, [new])
    assert names(inserted.stages[0]) == ["Exercise 0", "Bridge", "Exercise 1", "Exercise 2"]
    moved = edit.move_item(inserted, stage_id, new.id, 3)
    assert names(moved.stages[0]) == ["Exercise 0", "Exercise 1", "Exercise 2", "Bridge"]
    moved_up = edit.move_item(moved, stage_id, new.id, 0)
    assert names(moved_up.stages[0]) == ["Bridge", "Exercise 0", "Exercise 1", "Exercise 2"]
    removed = edit.remove_items(moved_up, stage_id, [new.id, program.stages[0].items[2].id])
    assert names(removed.stages[0]) == ["Exercise 0", "Exercise 1"]


def test_moving_an_item_outside_the_stage_is_refused(program):
    stage = program.stages[0]
    with pytest.raises(IndexError):
        edit.move_item(program, stage.id, stage.items[0].id, 3)


def test_unknown_ids_are_refused(program):
    with pytest.raises(KeyError):
        edit.remove_items(program, program.stages[0].id, ["nope"])
    with pytest.raises(KeyError):
        edit.remove_stage(program, "nope")


def test_a_stage_cannot_take_more_items_than_the_limit(program, items):
    many = [
        item.model_copy(update={"id": f"copy-{n}"}) for n in range(MAX_ITEMS_PER_STAGE) for item in items[:1]
    ]
    with pytest.raises(ValidationError):
        edit.insert_items(program, program.stages[2].id, 0, many + [items[0]])


def test_swapping_an_exercise_takes_its_dose_and_keeps_the_note(program, make_exercise):
    item = program.stages[0].items[0].model_copy(update={"note": "Left side hurts"})
    easier = make_exercise(id="gluteal-set", name="Gluteal set", dosage={"reps": 15, "hold_seconds": 5})
    swapped = edit.swapped(item, easier)
    assert swapped.exercise == easier and swapped.dosage == easier.dosage
    assert swapped.note == "Left side hurts" and swapped.id != item.id


def test_next_stage_move_follows_the_current_stage(program):
    assert edit.next_stage_move(program, DAY) == StageMove(stage_index=1, on=DAY)
    in_last = edit.with_moves(program, [StageMove(stage_index=2, on=DAY)])
    with pytest.raises(ValueError, match="already in the last stage"):
        edit.next_stage_move(in_last, DAY)


def test_content_of_a_template_program_keeps_identity_and_version(program):
    empty = Program(id="mine", patient_id="p", title="Empty", created_on=DAY, version=2)
    filled = edit.with_content_of(empty, program)
    assert (filled.id, filled.patient_id, filled.version) == ("mine", "p", 2)
    assert filled.stages == program.stages and filled.title == program.title


def library_of(*exercises) -> Library:
    return Library({exercise.id: exercise for exercise in exercises})


def test_only_items_whose_library_exercise_changed_have_an_update(program, items):
    reworded = items[1].exercise.model_copy(update={"summary": "Clearer words", "steps": ("New step.",)})
    archived_change = items[2].exercise.model_copy(update={"summary": "Retired", "archived": True})
    library = library_of(items[0].exercise, reworded, archived_change)  # items[3]'s exercise is gone
    assert edit.library_updates(program, library) == {items[1].id: reworded}
    assert edit.library_version(items[0], library) is None  # up to date
    assert edit.library_version(items[2], library) is None  # archived: swap it, do not update it
    assert edit.library_version(items[3], library) is None  # no longer in the library


def test_a_snapshot_taken_while_archived_is_not_out_of_date_for_that_alone(items):
    item = items[0].model_copy(update={"exercise": items[0].exercise.model_copy(update={"archived": True})})
    assert edit.library_version(item, library_of(items[0].exercise)) is None


def test_bringing_an_item_up_to_date_keeps_its_id_dose_and_note(program, items, make_exercise):
    dose = items[0].dosage.model_copy(update={"reps": 3})
    item = items[0].model_copy(update={"note": "Left side hurts", "dosage": dose})
    newer = items[0].exercise.model_copy(update={"name": "Exercise 0, redrawn"})
    fresh = edit.brought_up_to_date(item, newer)
    assert fresh.exercise == newer and newer.dosage != dose
    assert (fresh.id, fresh.dosage, fresh.note) == (item.id, dose, "Left side hurts")
    changed = edit.replace_item(program, program.stages[0].id, fresh)
    assert edit.library_updates(changed, library_of(newer, *(i.exercise for i in items[1:]))) == {}
    with pytest.raises(ValueError, match="swap it instead"):
        edit.brought_up_to_date(item, make_exercise(id="other-one"))
