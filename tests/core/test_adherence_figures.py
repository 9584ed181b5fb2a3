"""Adherence, pain, outcome figures and flags, checked against examples worked out by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ptplanner.core.adherence import AdherenceEntry, ItemCompletion, Measure, OutcomeScore
from ptplanner.core.progress.figures import StageStart, progress_figures
from ptplanner.core.progress.flags import FlagKind, red_flag_terms_in
from ptplanner.core.progress.outcomes import Verdict
from ptplanner.core.progress.pain import Site
from ptplanner.core.progress_rules import DEFAULT_RED_FLAG_TERMS, ProgressRules
from tests.core.progress_samples import PROGRAM_ID, daily, day, entry, item, program, stage

RULES = ProgressRules()


def figures(prog, entries, today, outcomes=(), rules=RULES):
    return progress_figures(prog, entries, outcomes, rules, today)


def percent(sessions) -> float:
    return round(sessions.percent, 2)


# adherence


def test_a_patient_with_no_entries_has_no_figures_and_no_flags():
    result = figures(program(stage(item("bridge"))), [], today=day(20))
    assert not result.logged
    assert result.overall.percent is None
    assert result.weeks == () and result.items == ()
    assert (result.streak_days, result.missed_days) == (0, 0)
    assert result.flags == ()
    assert result.stage_index == 0


def test_every_prescribed_session_done_is_100_percent():
    prog = program(stage(item("bridge", times=2), item("clamshell")))
    result = figures(prog, daily(0, 13, bridge=2, clamshell=1), today=day(14))
    assert percent(result.overall) == 100
    assert [percent(w.sessions) for w in result.weeks] == [100, 100]
    assert (result.overall.done, result.overall.prescribed) == (42, 42)


def test_sessions_beyond_times_per_day_do_not_count():
    # 2 a day prescribed; 5 logged on day 0, none on day 1: 2 of 4
    result = figures(program(stage(item("bridge", times=2))), [entry(0, bridge=5), entry(1)], today=day(2))
    assert percent(result.overall) == 50


def test_three_days_a_week_counts_any_three_days_and_never_more():
    prog = program(stage(item("walk", days=3), item("bridge")))
    # walk on 5 days (counts as 3 of 3), bridge on 4 of 7 days: (3 + 4) / (3 + 7) = 70%
    entries = [entry(n, walk=1, bridge=1 if n < 4 else 0) for n in range(5)] + daily(5, 6)
    result = figures(prog, entries, today=day(7))
    assert percent(result.overall) == 70
    by_item = {i.item_id: percent(i.sessions) for i in result.items}
    assert by_item == {"walk": 100, "bridge": round(400 / 7, 2)}
    two_days = figures(
        program(stage(item("walk", days=3))), [entry(0, walk=1), entry(3, walk=1)], today=day(7)
    )
    assert percent(two_days.overall) == round(200 / 3, 2)


def test_a_program_change_mid_week_counts_each_stage_for_its_own_days():
    # Stage 1: "a" once a day on 3 days a week, Monday to Wednesday: 3 x 3/7 = 9/7 sessions expected.
    # Stage 2 from Thursday: "b" twice a day, every day, Thursday to Sunday: 8 sessions expected.
    prog = program(stage(item("a", days=3)), stage(item("b", times=2), start_week=6), moves=((1, 3),))
    entries = [
        entry(0, a=1),
        entry(1, a=1),
        entry(2),
        entry(3, b=2),
        entry(4, b=2),
        entry(5, b=1),
        entry(6, b=2),
    ]
    result = figures(prog, entries, today=day(7))
    assert result.overall.prescribed == pytest.approx(9 / 7 + 8)
    assert percent(result.overall) == round(100 * 58 / 65, 2)  # (9/7 + 7) / (9/7 + 8)
    assert {i.item_id: percent(i.sessions) for i in result.items} == {"a": 100, "b": 87.5}
    assert result.stage_starts == (StageStart(day(0), 0), StageStart(day(3), 1))
    assert result.weeks[-1].stage_index == 1


def test_a_stage_of_one_day_expects_that_days_sessions_only():
    prog = program(
        stage(item("a")),
        stage(item("b"), start_week=6),
        stage(item("c"), start_week=12),
        moves=((1, 3), (2, 4)),
    )
    done_as_prescribed = [entry(n, **{"a" if n < 3 else "b" if n == 3 else "c": 1}) for n in range(7)]
    assert percent(figures(prog, done_as_prescribed, today=day(7)).overall) == 100
    b_two_days_late = [*daily(0, 2, a=1), entry(3), entry(4, c=1), entry(5, b=1, c=1), entry(6, c=1)]
    late = figures(prog, b_two_days_late, today=day(7))
    assert {i.item_id: percent(i.sessions) for i in late.items} == {"a": 100, "b": 0, "c": 100}
    assert late.items[1].sessions.prescribed == 1
    assert [(s.day, s.stage_index) for s in late.stage_starts] == [(day(0), 0), (day(3), 1), (day(4), 2)]


def test_items_logged_outside_their_stage_do_not_count():
    prog = program(stage(item("a")), stage(item("b"), start_week=6), moves=((1, 2),))
    result = figures(
        prog, [entry(0, a=1, b=1), entry(1, a=1, b=1), entry(2, a=1), entry(3, a=1)], today=day(4)
    )
    assert {i.item_id: percent(i.sessions) for i in result.items} == {"a": 100, "b": 0}


def test_weeks_count_back_from_the_last_logged_day_and_the_oldest_may_be_short():
    result = figures(program(stage(item("bridge"))), daily(0, 9, bridge=1), today=day(9))
    assert [(w.start, w.end) for w in result.weeks] == [(day(0), day(2)), (day(3), day(9))]
    assert [w.is_full for w in result.weeks] == [False, True]


def test_the_log_ends_yesterday_until_today_is_logged():
    prog = program(stage(item("bridge")))
    waiting = figures(prog, daily(0, 6, bridge=1), today=day(7))
    assert waiting.weeks[-1].end == day(6) and percent(waiting.overall) == 100
    skipped = figures(prog, daily(0, 6, bridge=1), today=day(9))
    assert skipped.weeks[-1].end == day(8)
    assert percent(skipped.overall) == round(700 / 9, 2)  # days 7 and 8 had nothing logged
    assert skipped.missed_days == 2


def test_entries_after_today_are_left_out():
    result = figures(program(stage(item("bridge"))), [entry(0, bridge=1), entry(5, bridge=1)], today=day(2))
    assert result.weeks[-1].end == day(1)
    assert percent(result.overall) == 50


def test_an_entry_of_another_program_or_a_second_entry_for_a_day_is_refused():
    prog = program(stage(item("bridge")))
    stranger = AdherenceEntry(program_id="other", day=day(0))
    with pytest.raises(ValueError, match="belongs to another program"):
        figures(prog, [stranger], today=day(3))
    with pytest.raises(ValueError, match="two log entries are dated 2025-03-04"):
        figures(prog, [entry(1), entry(1, bridge=1)], today=day(3))


def test_streak_and_days_missed_in_a_row():
    prog = program(stage(item("bridge")))
    entries = [entry(0, bridge=1), entry(1), entry(2, bridge=1), entry(3, bridge=1), entry(4, bridge=1)]
    on_a_run = figures(prog, entries, today=day(5))
    assert (on_a_run.streak_days, on_a_run.missed_days) == (3, 0)
    today_logged_empty = figures(prog, [*entries, entry(5)], today=day(5))
    assert (today_logged_empty.streak_days, today_logged_empty.missed_days) == (3, 1)
    lapsed = figures(prog, entries, today=day(8))
    assert (lapsed.streak_days, lapsed.missed_days) == (0, 3)


def test_a_program_without_stages_prescribes_nothing():
    result = figures(program(), [entry(0)], today=day(1))
    assert result.overall.percent is None and result.stage_index is None


# pain


def test_weekly_pain_is_the_mean_of_the_days_logged():
    entries = [entry(0, pain_back=2, pain_leg=1), entry(1, pain_back=4), entry(2), *daily(3, 9)]
    result = figures(program(stage(item("bridge"))), entries, today=day(10))
    first, second = result.weeks
    assert (first.pain_back, first.pain_leg) == (3, 1)
    assert (second.pain_back, second.pain_leg) == (None, None)


def test_pain_up_two_points_against_the_stages_first_week_is_flagged():
    prog = program(stage(item("bridge")))
    steady_then_up = daily(0, 6, bridge=1, pain_back=3, pain_leg=1) + daily(
        7, 13, bridge=1, pain_back=5, pain_leg=2
    )
    result = figures(prog, steady_then_up, today=day(14))
    assert [f.kind for f in result.flags] == [FlagKind.PAIN_UP]
    assert (
        "Back pain in the daily log is up 2.0 points: 5.0 a day on average in the last 7 days (Mar 10 to"
        " Mar 16), against 3.0 in the first week of this stage (Mar 3 to Mar 9)." == result.flags[0].message
    )
    smaller = daily(0, 6, bridge=1, pain_back=3) + daily(7, 13, bridge=1, pain_back=4)
    assert figures(prog, smaller, today=day(14)).flags == ()


def test_a_rise_of_exactly_two_points_is_flagged_despite_rounding():
    # weekly sums 3 and 17: means 3/7 and 17/7, whose float difference is just under 2
    first = [entry(n, bridge=1, pain_back=int(n < 3)) for n in range(7)]
    last = [entry(n, bridge=1, pain_back=3 if n < 10 else 2) for n in range(7, 14)]
    assert 17 / 7 - 3 / 7 < 2
    (change,) = figures(program(stage(item("bridge"))), first + last, today=day(14)).pain_changes
    assert change.rise == 2


def test_the_stages_first_week_starts_when_the_patient_moved_to_it():
    # Pain was 6 in stage 1, 2 in stage 2's first week, and 4 now: up 2 against stage 2's first week.
    prog = program(stage(item("a")), stage(item("b"), start_week=6), moves=((1, 7),))
    entries = daily(0, 6, a=1, pain_back=6) + daily(7, 13, b=1, pain_back=2) + daily(14, 20, b=1, pain_back=4)
    result = figures(prog, entries, today=day(21))
    assert [(c.site, c.first_week, c.last_week) for c in result.pain_changes] == [(Site.BACK, 2, 4)]
    assert [f.kind for f in result.flags] == [FlagKind.PAIN_UP]


def test_a_stage_younger_than_eight_days_has_no_pain_change():
    prog = program(stage(item("a")), stage(item("b"), start_week=6), moves=((1, 7),))
    entries = daily(0, 6, a=1, pain_back=1) + daily(7, 13, b=1, pain_back=8)
    assert figures(prog, entries, today=day(14)).pain_changes == ()


def test_soreness_that_lasts_to_the_next_morning_is_found():
    prog = program(stage(item("bridge")))
    base = daily(0, 9, bridge=1, pain_back=2)
    sore = [*base[:8], entry(8, bridge=1, pain_back=2, pain_back_after=5), entry(9, bridge=1, pain_back=4)]
    spells = figures(prog, sore, today=day(10)).sore_spells
    assert [(s.site, s.day, s.before, s.after, s.next_mornings) for s in spells] == [
        (Site.BACK, day(8), 2, 5, (4,))
    ]
    settled = [*base[:8], entry(8, bridge=1, pain_back=2, pain_back_after=5), entry(9, bridge=1, pain_back=3)]
    assert figures(prog, settled, today=day(10)).sore_spells == ()


# flags


def test_low_adherence_over_the_last_two_weeks_is_flagged():
    prog = program(stage(item("bridge")))
    # 3 good weeks long ago do not hide 2 poor recent ones: 5 of 14 is 36%
    entries = daily(0, 20, bridge=1) + [entry(n, bridge=int(n % 3 == 0)) for n in range(21, 35)]
    result = figures(prog, entries, today=day(35))
    assert [f.kind for f in result.flags] == [FlagKind.LOW_ADHERENCE]
    assert (
        result.flags[0].message
        == "Did 36% of the prescribed sessions in the last 2 weeks (flagged under 60%)."
    )
    assert figures(prog, entries, today=day(35), rules=ProgressRules(low_adherence_percent=30)).flags == ()


def test_a_recent_note_with_a_red_flag_term_is_flagged_with_the_note():
    prog = program(stage(item("bridge")))
    entries = [
        *daily(0, 12, bridge=1),
        entry(13, note="I had a FALL on the stairs & my calf hurts", bridge=1),
    ]
    result = figures(prog, entries, today=day(14))
    (flag,) = result.flags
    assert flag.kind is FlagKind.RED_FLAG_NOTE and flag.day == day(13)
    assert "“calf”, “fall”" in flag.message and "I had a FALL on the stairs & my calf hurts" in flag.message


def test_a_quoted_note_cannot_take_over_the_flags_line():
    prog = program(stage(item("bridge")))
    entries = [*daily(0, 12, bridge=1), entry(13, note="my calf \u202estill hurts\x1b[2J", bridge=1)]
    (flag,) = figures(prog, entries, today=day(14)).flags
    assert flag.message.endswith("“my calf still hurts\ufffd[2J”")  # not "my calf J2[struh llits"


def test_an_old_red_flag_note_is_no_longer_flagged():
    prog = program(stage(item("bridge")))
    entries = [entry(0, note="fever", bridge=1), *daily(1, 20, bridge=1)]
    assert figures(prog, entries, today=day(21)).flags == ()


@pytest.mark.parametrize(
    ("note", "found"),
    [
        ("New numbness in my foot", ["numb"]),
        ("fell twice, and now CHEST   PAIN", ["chest pain", "fell"]),
        ("Pushed the trolley; diaphragmatic breathing felt good", []),
        ("the wound is leaking, with some pus", ["wound", "pus"]),
        ("", []),
    ],
)
def test_red_flag_terms_match_whole_words_with_common_endings(note, found):
    assert red_flag_terms_in(note, DEFAULT_RED_FLAG_TERMS) == found


# outcomes


def outcome(measure: Measure, number: int, score: float) -> OutcomeScore:
    return OutcomeScore(measure=measure, day=day(number), score=score)


def test_outcomes_change_from_the_first_score_with_meaningful_change_marked():
    scores = [
        outcome(Measure.ODI, 30, 38),
        outcome(Measure.ODI, 0, 50),
        outcome(Measure.PSFS, 0, 3),
        outcome(Measure.PSFS, 30, 4.5),
        outcome(Measure.PAIN_NRS, 0, 4),
        outcome(Measure.PAIN_NRS, 30, 7),
        outcome(Measure.PSFS, 60, 5.5),
        outcome(Measure.ODI, 90, 20),
    ]
    trends = {
        t.measure: t for t in figures(program(stage(item("bridge"))), [], day(70), outcomes=scores).outcomes
    }
    odi = trends[Measure.ODI]
    assert odi.baseline.score == 50 and odi.latest.score == 38  # day 90 is after today
    assert (odi.latest.change, odi.latest.verdict) == (-12, Verdict.BETTER)
    assert [(p.change, p.verdict) for p in trends[Measure.PSFS].points] == [
        (0, Verdict.NO_CHANGE),
        (1.5, Verdict.NO_CHANGE),
        (2.5, Verdict.BETTER),
    ]
    assert trends[Measure.PAIN_NRS].latest.verdict is Verdict.WORSE
    strict = {
        t.measure: t for t in figures(program(), [], day(70), scores, ProgressRules(odi_change=15)).outcomes
    }
    assert strict[Measure.ODI].latest.verdict is Verdict.NO_CHANGE


# any log at all


@st.composite
def logs(draw):
    stages = [
        stage(
            *(
                item(f"s{s}i{i}", times=draw(st.integers(1, 16)), days=draw(st.integers(1, 7)))
                for i in range(draw(st.integers(0, 3)))
            ),
            start_week=s,
        )
        for s in range(draw(st.integers(1, 3)))
    ]
    moves = tuple(draw(st.lists(st.tuples(st.integers(0, len(stages) - 1), st.integers(-5, 40)), max_size=4)))
    prog = program(*stages, moves=moves)
    ids = [i.id for s in stages for i in s.items] + ["unknown"]
    numbers = draw(st.lists(st.integers(0, 40), unique=True, max_size=30))
    entries = [
        AdherenceEntry(
            program_id=PROGRAM_ID,
            day=day(n),
            completions=tuple(
                ItemCompletion(item_id=i, sessions_done=draw(st.integers(0, 24)))
                for i in draw(st.lists(st.sampled_from(ids), unique=True))
            ),
        )
        for n in numbers
    ]
    return prog, entries, day(draw(st.integers(0, 45)))


@settings(max_examples=200, deadline=None)
@given(logs())
def test_adherence_is_always_between_0_and_100_percent(log):
    prog, entries, today = log
    result = figures(prog, entries, today)
    everything = [result.overall, *(w.sessions for w in result.weeks), *(i.sessions for i in result.items)]
    for sessions in everything:
        assert 0 <= sessions.done <= sessions.prescribed
        assert sessions.percent is None or 0 <= sessions.percent <= 100
    assert sum(w.sessions.prescribed for w in result.weeks) == pytest.approx(result.overall.prescribed)


def _tally_day_by_day(week):
    """The week's tally counted one day at a time, as the rules in core/progress/adherence.py say."""
    from collections import defaultdict

    from ptplanner.core.progress.log import WEEK

    done, prescribed = defaultdict(int), defaultdict(int)
    for log_day in week:
        for planned in log_day.stage.items if log_day.stage else ():
            prescribed[planned.id] += planned.dosage.times_per_day * planned.dosage.days_per_week
            logged = {c.item_id: c.sessions_done for c in log_day.entry.completions} if log_day.entry else {}
            done[planned.id] += WEEK * min(logged.get(planned.id, 0), planned.dosage.times_per_day)
    return {key: (min(done[key], total), total) for key, total in prescribed.items()}


@settings(max_examples=60, deadline=None)
@given(
    moves=st.lists(st.tuples(st.integers(0, 2), st.integers(1, 40)), max_size=4),
    logged=st.dictionaries(st.integers(0, 45), st.lists(st.integers(0, 3), min_size=3, max_size=3), max_size=30),
)
def test_each_weeks_tally_equals_counting_day_by_day(moves, logged):
    # Days in a row of one stage are counted together (a log of years is mostly such weeks).
    from ptplanner.core.progress.adherence import week_tally
    from ptplanner.core.progress.log import log_days, weeks_back

    plan = program(
        stage(item("a", times=2), item("b", days=3)),
        stage(item("a", times=1), item("c", times=3, days=5)),
        stage(),
        moves=tuple(moves),
    )
    entries = [
        AdherenceEntry(program_id=PROGRAM_ID, day=day(number), completions=tuple(
            ItemCompletion(item_id=item_id, sessions_done=count) for item_id, count in zip("abc", counts, strict=True)
        ))
        for number, counts in sorted(logged.items())
    ]
    for week in weeks_back(log_days(plan, entries, day(50))):
        assert week_tally(week) == _tally_day_by_day(week)
