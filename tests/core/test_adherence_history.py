"""Adherence counts each day against the program as it was prescribed that day, not as it is now."""

from progress_samples import daily, day, item, program, stage

from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.progress.log import Prescribed
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
