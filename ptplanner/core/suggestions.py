"""Next steps for the therapist, each with its reason in plain words: suggested, never automatic.

At most one is suggested at a time, in this order: after a flare, hold or step back (never progress
then); else move to the next stage when it is due; else raise the walking plan by its weekly step
(the next stage brings its own plan). Every threshold comes from ProgressRules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from pydantic import Field

from ptplanner.core.dates import US_WORDS, DateWords
from ptplanner.core.language import clinic_list, data_text, tr_clinic
from ptplanner.core.model import CoreModel
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.progress.figures import ProgressFigures, WeekFigures
from ptplanner.core.progress.flags import last_weeks, pain_rise_text
from ptplanner.core.progress.log import WEEK, stage_entered_on
from ptplanner.core.progress.pain import Site, SoreSpell, site_words
from ptplanner.core.progress.trend import Direction, compare_sites, comparison_sentence
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.walking import WalkingPlan, WalkingWeek, dated_schedule, starting_on, week_on
from ptplanner.core.walking_program import walking_start

MAX_SPELLS_NAMED = 3
MIN_WALKING_MINUTES = 2  # the lowest baseline a WalkingPlan takes


class SuggestionKind(StrEnum):
    HOLD = "hold or step back"
    NEXT_STAGE = "move to the next stage"
    RAISE_WALKING = "raise the walking plan"


@dataclass(frozen=True)
class Suggestion:
    kind: SuggestionKind
    title: str
    reason: str  # plain words: what the log shows and what to do
    # NEXT_STAGE: the stage to move to; the other kinds: the stage whose walking plan changes
    stage_index: int | None = None
    walking: WalkingPlan | None = None  # the walking plan proposed in place of the stage's plan
    repeat_week: tuple[date, date] | None = None  # HOLD: the last week that went well


class SuggestionDecision(CoreModel):
    """The therapist accepted or dismissed a suggestion; its kind rests for `ProgressRules.quiet_days`."""

    program_id: str = Field(min_length=1, max_length=64)
    kind: SuggestionKind
    on: date
    accepted: bool


def suggest(
    patient: Patient,
    program: Program,
    figures: ProgressFigures,
    rules: ProgressRules,
    words: DateWords = US_WORDS,
) -> list[Suggestion]:
    """What the log in `figures` suggests for `program` now (at most one suggestion); dates in the
    reasons are written by `words`, the style of the page or document that shows them."""
    suggestion = (
        _hold(patient, program, figures, rules, words)
        or _next_stage(patient, program, figures, rules)
        or _raise_walking(patient, program, figures, rules)
    )
    return [] if suggestion is None else [suggestion]


def open_suggestions(
    suggestions: Iterable[Suggestion],
    decisions: Iterable[SuggestionDecision],
    today: date,
    rules: ProgressRules,
) -> list[Suggestion]:
    """The suggestions to show: those whose kind was not answered in the last `rules.quiet_days` days."""
    resting = {d.kind for d in decisions if timedelta(0) <= today - d.on < timedelta(days=rules.quiet_days)}
    return [s for s in suggestions if s.kind not in resting]


def _hold(
    patient: Patient, program: Program, figures: ProgressFigures, rules: ProgressRules, words: DateWords
) -> Suggestion | None:
    rises = [change for change in figures.pain_changes if change.rise >= rules.pain_rise_points]
    if not rises and not figures.sore_spells:
        return None
    reasons = [pain_rise_text(change) for change in rises]
    reasons += [_spell_text(spell, words) for spell in figures.sore_spells[:MAX_SPELLS_NAMED]]
    good = _last_good_week(figures, rules)
    if good is None:
        settle = tr_clinic("Hold the program, or step back to an easier level until the pain settles.")
        reasons.append(settle)
    else:
        earlier = good.stage_index is not None and good.stage_index != figures.stage_index
        moved = tr_clinic(" (in stage {number})").format(number=(good.stage_index or 0) + 1)
        moved = moved if earlier else ""
        repeat = tr_clinic(
            "Hold the program, or step back: repeat the week of {span}{moved}, the last week that went"
            " well."
        )
        reasons.append(repeat.format(span=words.short_span(good.start, good.end), moved=moved))
    plan, now = _walking_now(patient, program, figures)
    walking = None
    if plan is not None and now is not None and now.minutes_per_day > MIN_WALKING_MINUTES:
        walking = starting_on(plan, figures.today, now.minutes_per_day - plan.weekly_increase_minutes)
        back = tr_clinic(
            "Walking can go back one weekly step, from {now} to {then} minutes a day, as a plan that"
            " starts today."
        )
        reasons.append(back.format(now=now.minutes_per_day, then=walking.baseline_minutes_per_day))
    return Suggestion(
        SuggestionKind.HOLD,
        title=tr_clinic("Hold or step back after a flare"),
        reason=" ".join(reasons),
        stage_index=figures.stage_index,
        walking=walking,
        repeat_week=None if good is None else (good.start, good.end),
    )


def _next_stage(
    patient: Patient, program: Program, figures: ProgressFigures, rules: ProgressRules
) -> Suggestion | None:
    index = figures.stage_index
    if index is None or index + 1 >= len(program.stages):
        return None
    due = _stage_due(patient, program, index, figures.today)
    done = _kept_up(figures, rules, rules.progression_weeks)
    steady = _pain_not_rising(figures, rules)
    if due is None or done is None or steady is None:
        return None
    following = program.stages[index + 1]
    return Suggestion(
        SuggestionKind.NEXT_STAGE,
        title=tr_clinic("Move to stage {number} of {count}: {name}").format(
            number=index + 2, count=len(program.stages), name=data_text(following.name)
        ),
        reason=f"{due} {done} {steady}",
        stage_index=index + 1,
    )


def _raise_walking(
    patient: Patient, program: Program, figures: ProgressFigures, rules: ProgressRules
) -> Suggestion | None:
    """Once a plan's weeks are over below its target, and the last week went well: a plan that starts
    today one weekly step higher. (While its weeks run, the plan itself adds the step each week.)"""
    plan, now = _walking_now(patient, program, figures)
    if plan is None or now is None or not _plan_over(patient, program, figures):
        return None
    if now.minutes_per_day >= plan.target_minutes_per_day:
        return None
    if (figures.today - stage_entered_on(program, figures.today)).days < WEEK:
        return None  # give the stage's plan a week first
    done = _kept_up(figures, rules, 1)
    steady = _pain_not_rising(figures, rules)
    if done is None or steady is None:
        return None
    raised = starting_on(plan, figures.today, now.minutes_per_day + plan.weekly_increase_minutes)
    raised_minutes = raised.baseline_minutes_per_day
    over = tr_clinic(
        "The walking plan's weeks are over. Walking can go up by the plan's weekly step, from {now} to"
        " {then} minutes a day (the target is {target}), as a plan that starts today."
    ).format(now=now.minutes_per_day, then=raised_minutes, target=plan.target_minutes_per_day)
    return Suggestion(
        SuggestionKind.RAISE_WALKING,
        title=tr_clinic("Raise walking to {minutes} minutes a day").format(minutes=raised_minutes),
        reason=f"{done} {steady} {over}",
        stage_index=figures.stage_index,
        walking=raised,
    )


def _stage_due(patient: Patient, program: Program, index: int, today: date) -> str | None:
    """Why the next stage is due ('week 12 after surgery, ...'), or None if it is not yet."""
    stage, following = program.stages[index], program.stages[index + 1]
    week = patient.week_after_surgery(today)
    if week is not None:
        if week < following.start_week:
            return None
        said = tr_clinic("It is week {week} after surgery; stage {number} is planned from week {start}.")
        return said.format(week=week, number=index + 2, start=following.start_week)
    planned = max(1, (stage.end_week or following.start_week) - stage.start_week)
    weeks_in = (today - stage_entered_on(program, today)).days // WEEK
    if weeks_in < planned:
        return None
    said = tr_clinic(
        "The patient has been in stage {number} for {weeks} weeks, its planned length (no surgery date"
        " is recorded)."
    )
    return said.format(number=index + 1, weeks=weeks_in)


def _kept_up(figures: ProgressFigures, rules: ProgressRules, weeks: int) -> str | None:
    """'Did 85% and 90% of the sessions in the last 2 weeks (80% needed).' if each full week made it."""
    recent = figures.weeks[-weeks:]
    if len(recent) < weeks or not all(w.is_full for w in recent):
        return None
    percents = [w.sessions.percent for w in recent]
    needed = rules.progression_adherence_percent
    if any(p is None or p < needed for p in percents):
        return None
    shown = clinic_list([f"{p:.0f}%" for p in percents if p is not None])
    said = tr_clinic("Did {percents} of the sessions in {span} ({needed}% needed).")
    return said.format(percents=shown, span=last_weeks(weeks), needed=needed)


def _pain_not_rising(figures: ProgressFigures, rules: ProgressRules) -> str | None:
    """'Back pain steady (5.6 then 5.9) and leg pain falling (...): ...' comparing the last week with the
    week before by the rule in core/progress/trend.py, or None when pain is rising or was not logged."""
    if len(figures.weeks) < 2:
        return None
    before, last = figures.weeks[-2], figures.weeks[-1]
    points = rules.stable_pain_points
    compared = compare_sites([(site, before.pain(site), last.pain(site)) for site in Site], points)
    if not compared or any(c.direction is Direction.RISING for c in compared):
        return None
    return comparison_sentence(compared, points, tr_clinic("daily average the week before, then last week"))


def _last_good_week(figures: ProgressFigures, rules: ProgressRules) -> WeekFigures | None:
    baseline = {change.site: change.first_week for change in figures.pain_changes}
    return next((w for w in reversed(figures.weeks[:-1]) if _went_well(w, baseline, rules)), None)


def _went_well(week: WeekFigures, baseline: dict[Site, float], rules: ProgressRules) -> bool:
    """The patient did the program (not flagged as low) and pain, where logged, stayed within
    `stable_pain_points` of the stage's first week."""
    done = week.sessions.percent
    if done is None or done < rules.low_adherence_percent:
        return False
    pains = [(week.pain(site), baseline.get(site)) for site in Site]
    if all(pain is None for pain, _ in pains):
        return False
    return all(pain is None or base is None or pain < base + rules.stable_pain_points for pain, base in pains)


def _walking_now(
    patient: Patient, program: Program, figures: ProgressFigures
) -> tuple[WalkingPlan | None, WalkingWeek | None]:
    """The current stage's walking plan and its week in force today (None, None without a plan)."""
    index = figures.stage_index
    plan = None if index is None else program.stages[index].walking
    if plan is None or index is None:
        return None, None
    start = walking_start(program, index, patient.surgery_date)
    return plan, week_on(plan, start, figures.today)


def _plan_over(patient: Patient, program: Program, figures: ProgressFigures) -> bool:
    index = figures.stage_index
    plan = None if index is None else program.stages[index].walking
    start = None if index is None else walking_start(program, index, patient.surgery_date)
    return plan is not None and start is not None and dated_schedule(plan, start)[-1].last_day < figures.today


def _spell_text(spell: SoreSpell, words: DateWords) -> str:
    count = len(spell.next_mornings)
    mornings = tr_clinic("for {count} mornings").format(count=count)
    if count == 1:
        mornings = tr_clinic("the next morning")
    said = tr_clinic(
        "On {day}, {site} pain went from {before} to {after} after exercising and was still {values}"
        " {mornings}."
    )
    return said.format(
        day=words.short(spell.day),
        site=site_words(spell.site),
        before=spell.before,
        after=spell.after,
        values=", ".join(map(str, spell.next_mornings)),
        mornings=mornings,
    )
