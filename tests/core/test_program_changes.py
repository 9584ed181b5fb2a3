"""What changed between two versions of a program, as shown when another workstation saved first."""

from datetime import date

import pytest

from ptplanner.core.dosage import Dosage
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove
from ptplanner.core.program_changes import MAX_LINES, program_changes


@pytest.fixture
def program(make_exercise) -> Program:
    bridge, clam = make_exercise(), make_exercise(id="clamshell", name="Clamshell")
    stage = Stage(name="Protection", start_week=0, end_week=6,
                  items=(ProgramItem.of(bridge, Dosage(sets=2, reps=10)), ProgramItem.of(clam, Dosage(reps=12))))
    return Program(patient_id="p1", title="Home program", created_on=date(2026, 10, 6), stages=(stage,))


def with_stage(program: Program, **changes) -> Program:
    return program.model_copy(update={"stages": (program.stages[0].model_copy(update=changes),)})


def test_each_kind_of_change_gets_one_plain_line(program, make_exercise):
    stage = program.stages[0]
    bridge, clam = stage.items
    walk = ProgramItem.of(make_exercise(id="walk", name="Walking"), Dosage(duration_minutes=10))
    after = with_stage(
        program,
        name="Early protection",
        items=(walk, bridge.model_copy(update={"dosage": Dosage(sets=3, reps=10)})),
        goals=("Walk daily",),
    )
    after = after.model_copy(update={
        "title": "Home program B",
        "stages": (*after.stages, Stage(name="Strength", start_week=6)),
        "moves": (StageMove(stage_index=1, on=date(2026, 11, 20)),),
    })
    assert program_changes(program, after) == [
        "Title: now “Home program B”",
        "Early protection: renamed from “Protection”",
        "Early protection: added Walking",
        "Early protection: Bridge now 3 x 10, 1/day, 7/wk (was 2 x 10, 1/day, 7/wk)",
        "Early protection: removed Clamshell",
        "Early protection: goals changed",
        "Stage added: Strength",
        "Moved to stage 2 on 2026-11-20",
    ]


def test_reordering_and_no_change_are_said_too(program):
    first, second = program.stages[0].items
    assert program_changes(program, with_stage(program, items=(second, first))) == [
        "Protection: exercises in another order"
    ]
    assert program_changes(program, program) == ["Saved again with no change to its stages or exercises"]


def test_a_long_list_is_cut_and_says_how_many_more(program, make_exercise):
    items = tuple(ProgramItem.of(make_exercise(id=f"e{n}", name=f"Exercise {n}"), Dosage(reps=5)) for n in range(12))
    lines = program_changes(program, with_stage(program, items=program.stages[0].items + items))
    assert len(lines) == MAX_LINES
    assert lines[-1] == "…and 5 more changes"
