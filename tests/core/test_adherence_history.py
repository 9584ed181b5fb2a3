"""Adherence counts each day against the program as it was prescribed that day, not as it is now."""

from hypothesis import given, settings
from hypothesis import strategies as st
from progress_samples import daily, day, entry, item, program, stage

from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress.log import Prescribed, log_days, stage_index_on
from ptplanner.core.progress_rules import ProgressRules

RULES = ProgressRules()


def test_an_exercise_added_later_does_not_count_against_the_days_before():
    first = program(stage(item("bridge"), item("clam")))
    added = first.model_copy(
        update={"stages": (first.stages[0].model_copy(update={"items": (*first.stages[0].items, item("walk"))}),)}
    )
    log = daily(0, 9, bridge=1, clam=1) + daily(10, 13, bridge=1, clam=1, walk=1)
    history = [Prescribed(day(0), first), Prescribed(day(10), added)]

    figures = progress_figures(added, log, (), RULES, day(14), history)

    assert figures.overall.percent == 100
    walk = next(i for i in figures.items if i.item_id == "walk")
    assert (walk.sessions.done, walk.sessions.prescribed) == (4, 4)
    # Counted against today's program alone, the ten days before "walk" was added look missed:
    assert progress_figures(added, log, (), RULES, day(14)).overall.percent < 90


def test_a_dose_lowered_later_counts_the_higher_dose_before_it_changed():
    twice = program(stage(item("bridge", times=2)))
    once = twice.model_copy(
        update={"stages": (twice.stages[0].model_copy(update={"items": (item("bridge", times=1),)}),)}
    )
    log = daily(0, 6, bridge=1) + daily(7, 13, bridge=1)  # once a day throughout
    history = [Prescribed(day(0), twice), Prescribed(day(7), once)]

    figures = progress_figures(once, log, (), RULES, day(14), history)

    first_week, second_week = figures.weeks
    assert first_week.sessions.percent == 50 and second_week.sessions.percent == 100


def test_an_exercise_taken_out_is_still_listed_with_what_was_done():
    both = program(stage(item("bridge"), item("clam", name="Clamshell")))
    without_clam = both.model_copy(
        update={"stages": (both.stages[0].model_copy(update={"items": (item("bridge"),)}),)}
    )
    log = daily(0, 6, bridge=1, clam=1) + daily(7, 13, bridge=1)
    history = [Prescribed(day(0), both), Prescribed(day(7), without_clam)]

    figures = progress_figures(without_clam, log, (), RULES, day(14), history)

    assert [(i.item_id, i.name) for i in figures.items] == [("bridge", "Bridge"), ("clam", "Clamshell")]
    assert figures.overall.percent == 100


def test_days_before_the_first_save_follow_the_first_version():
    first = program(stage(item("bridge")))
    log = daily(0, 6, bridge=1)
    figures = progress_figures(first, log, (), RULES, day(7), [Prescribed(day(3), first)])
    assert figures.overall.percent == 100


def _stage_index_on(program, day_):
    """The definition: the stage of the latest move on or before the day (of moves on one day, the last
    recorded); the first stage before any move."""
    index, latest = 0, None
    for move in program.moves:
        if move.on <= day_ and (latest is None or move.on >= latest):
            index, latest = move.stage_index, move.on
    return index


def _as_prescribed_on(stage, day_, history):
    """The definition, day by day: the stage as the latest version saved on or before the day had it."""
    if not history:
        return stage
    in_effect = [version for version in history if version.since <= day_] or history[:1]
    return next((same for same in in_effect[-1].program.stages if same.id == stage.id), stage)


@settings(max_examples=60, deadline=None)
@given(
    saves=st.lists(st.integers(0, 60), max_size=4),
    moves=st.lists(st.tuples(st.integers(0, 1), st.integers(0, 60)), max_size=4),  # (stage, day): ties too
    logged=st.sets(st.integers(0, 70), min_size=1, max_size=20),
    today=st.integers(0, 90),
)
def test_each_day_of_a_long_log_is_counted_against_the_version_in_effect_that_day(saves, moves, logged, today):
    now = program(stage(item("bridge"), item("clam")), stage(item("walk")), moves=tuple(moves))
    versions = []
    for number, saved in enumerate(sorted(saves)):  # each save doubles a dose, or takes "clam" out
        stages = list(now.stages)
        items = tuple(item("bridge", times=number + 2),) + (() if number % 2 else (item("clam"),))
        stages[0] = stages[0].model_copy(update={"items": items})
        versions.append(Prescribed(day(saved), now.model_copy(update={"stages": tuple(stages)})))
    entries = [entry(n, bridge=1) for n in sorted(logged)]

    days = log_days(now, entries, day(today), versions)

    for log_day in days:
        index = _stage_index_on(now, log_day.day)
        assert stage_index_on(now, log_day.day) == index
        assert log_day.stage_index == index
        assert log_day.stage == _as_prescribed_on(now.stages[index], log_day.day, versions)


def test_of_two_moves_on_one_day_the_last_recorded_counts_from_that_day():
    moved = program(stage(item("bridge")), stage(item("walk")), moves=((1, 3), (0, 3), (1, 5), (0, 2)))
    days = log_days(moved, [entry(n, bridge=1) for n in range(7)], day(7))
    assert [d.stage_index for d in days] == [_stage_index_on(moved, d.day) for d in days] == [0, 0, 0, 0, 0, 1, 1]
    assert [stage_index_on(moved, day(n)) for n in range(7)] == [0, 0, 0, 0, 0, 1, 1]
