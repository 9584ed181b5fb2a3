"""Next steps for the therapist, each with its reason in plain words: suggested, never automatic.

At most one is suggested at a time, in this order: after a flare, hold or step back (never progress
then); else move to the next stage when it is due; else raise the walking plan by its weekly step
(the next stage brings its own plan); else, when a flag is raised, what to do about it (a raised flag is
never left with nothing to do). Every threshold comes from ProgressRules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from pydantic import Field

from ptplanner.core.dates import US_WORDS, DateWords
from ptplanner.core.language import clinic_list, data_text, tr_clinic
from ptplanner.core.model import CoreModel
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.progress.figures import ProgressFigures, WeekFigures, week_figures
from ptplanner.core.progress.flags import FlagKind, last_weeks, pain_rise_text
from ptplanner.core.progress.log import WEEK, stage_entered_on
from ptplanner.core.progress.pain import Site, SoreSpell, site_words
from ptplanner.core.progress.walking import plan_weeks
from ptplanner.core.progress.trend import Direction, compare_sites, comparison_sentence
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.walking import WalkingPlan, WalkingWeek, dated_schedule, starting_on, week_on
from ptplanner.core.walking_program import walking_start

MAX_SPELLS_NAMED = 3
MIN_WALKING_MINUTES = 2  # the lowest baseline a WalkingPlan takes
FEW_EXERCISES = 6  # adherence falls as the exercises a session asks for rise above about 4 to 6


class SuggestionKind(StrEnum):
    HOLD = "hold or step back"
    NEXT_STAGE = "move to the next stage"
    RAISE_WALKING = "raise the walking plan"
    FOLLOW_UP = "follow up the flags"  # a flag is raised and no program change is suggested


@dataclass(frozen=True)
class Suggestion:
    kind: SuggestionKind
    title: str
    reason: str  # plain words: what the log shows and what to do
    # NEXT_STAGE: the stage to move to; the other kinds: the stage whose walking plan changes
    stage_index: int | None = None
    walking: WalkingPlan | None = None  # the walking plan proposed in place of the stage's plan
    repeat_week: tuple[date, date] | None = None  # HOLD: the last week that went well (a walking plan's own)


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
        or _follow_up(program, figures, words)
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
    rises = figures.pain_rises(rules)
    if not rises and not figures.sore_spells:
        return None
    reasons = [pain_rise_text(change, words) for change in rises]
    reasons += [_spell_text(spell, words) for spell in figures.sore_spells[:MAX_SPELLS_NAMED]]
    good = _last_good_week(patient, program, figures, rules)
    if good is None:
        settle = tr_clinic("Hold the program, or step back to an easier level until the pain settles.")
        reasons.append(settle)
    else:
        reasons.append(_repeat_text(good, figures, words))
    plan, now = _walking_now(patient, program, figures)
    walking = None
    if plan is not None and now is not None and now.minutes_per_day > MIN_WALKING_MINUTES:
        minutes = None if good is None else good.minutes_per_day
        if minutes is not None and minutes < now.minutes_per_day:
            walking = starting_on(plan, figures.today, minutes)
            back = tr_clinic(
                "Walking can go back to that week's {then} minutes a day, from {now}, as a plan that starts"
                " today."
            )
        else:
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
        repeat_week=None if good is None else (good.week.start, good.week.end),
    )


def _repeat_text(good: GoodWeek, figures: ProgressFigures, words: DateWords) -> str:
    """'Hold the program, or step back: repeat week 3 of the walking plan (Nov 27 to Dec 3, 34 minutes a
    day), the last week that went well.' (a plan's week dated as the plan prints it; without a plan, the
    report's week)."""
    week = good.week
    earlier = week.stage_index is not None and week.stage_index != figures.stage_index
    moved = tr_clinic(" (in stage {number})").format(number=(week.stage_index or 0) + 1)
    moved = moved if earlier else ""
    span = words.short_span(week.start, week.end)
    if good.plan_week is None:
        repeat = tr_clinic(
            "Hold the program, or step back: repeat the week of {span}{moved}, the last week that went"
            " well."
        )
        return repeat.format(span=span, moved=moved)
    repeat = tr_clinic(
        "Hold the program, or step back: repeat week {week} of the walking plan{moved} ({span}, {minutes}"
        " minutes a day), the last week that went well."
    )
    return repeat.format(week=good.plan_week, moved=moved, span=span, minutes=good.minutes_per_day)


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


def _follow_up(program: Program, figures: ProgressFigures, words: DateWords) -> Suggestion | None:
    """When a flag is raised and no program change is suggested: what to do about each flag."""
    kinds = dict.fromkeys(flag.kind for flag in figures.flags)
    if not kinds:
        return None
    reasons = []
    noted = [flag.day for flag in figures.flags if flag.kind is FlagKind.RED_FLAG_NOTE and flag.day]
    if noted:
        said = tr_clinic(
            "Ask the patient today about the note of {day}: check for the warning signs it mentions, and"
            " call the surgeon's office if one is present."
        )
        reasons.append(said.format(day=words.short(max(noted))))
    if FlagKind.PAIN_UP in kinds:  # a rise by the flag's rule brings a hold first: for one raised otherwise
        reasons.append(tr_clinic("Ask the patient what came before the pain rose; check the warning signs."))
    if FlagKind.LOW_ADHERENCE in kinds:
        reasons.append(_adherence_text(program, figures))
    titles = {
        FlagKind.RED_FLAG_NOTE: tr_clinic("Follow up the red-flag note"),
        FlagKind.LOW_ADHERENCE: tr_clinic("Review adherence with the patient"),
    }
    title = titles.get(next(iter(kinds))) if len(kinds) == 1 else None
    return Suggestion(
        SuggestionKind.FOLLOW_UP,
        title=title or tr_clinic("Follow up the flags"),
        reason=" ".join(reasons),
        stage_index=figures.stage_index,
    )


def _adherence_text(program: Program, figures: ProgressFigures) -> str:
    """Low adherence: ask what gets in the way; fewer exercises (adherence falls as their number rises)."""
    said = tr_clinic(
        "Go over with the patient what gets in the way of the program (time, pain, not sure how to do an"
        " exercise), and follow up by phone between visits."
    )
    index = figures.stage_index
    count = 0 if index is None else len(program.stages[index].items)
    if count > FEW_EXERCISES:
        fewer = tr_clinic(
            "This stage has {count} exercises: consider fewer, as adherence is better with {few} or fewer."
        )
        return f"{said} {fewer.format(count=count, few=FEW_EXERCISES)}"
    return f"{said} {tr_clinic('Consider fewer exercises or shorter sessions for now.')}"


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


@dataclass(frozen=True)
class GoodWeek:
    """The last week that went well: a week of a walking plan (its number and minutes) where the log
    covers one, else one of the report's weeks."""

    week: WeekFigures
    plan_week: int | None = None
    minutes_per_day: int | None = None


def _last_good_week(
    patient: Patient, program: Program, figures: ProgressFigures, rules: ProgressRules
) -> GoodWeek | None:
    """The latest week that went well, before the last: of the walking plans' weeks the log covers whole,
    so the suggestion names a week the plan and the patient's handout print; without a plan, of the
    report's 7-day weeks."""
    baseline = {change.site: change.first_week for change in figures.pain_changes}
    planned = _plan_weeks(patient, program, figures)
    if planned:
        return next((good for good in reversed(planned) if _went_well(good.week, baseline, rules)), None)
    return next(
        (GoodWeek(w) for w in reversed(figures.weeks[:-1]) if _went_well(w, baseline, rules)), None
    )


def _plan_weeks(patient: Patient, program: Program, figures: ProgressFigures) -> list[GoodWeek]:
    """The walking plans' weeks that lie whole within the log, oldest first, with their figures."""
    if not figures.days:
        return []
    first, last = figures.days[0].day, figures.days[-1].day
    weeks = []
    for index, dated in plan_weeks(program, patient.surgery_date, figures.today):
        if dated.first_day < first or dated.last_day > last:
            continue
        days = figures.days[(dated.first_day - first).days : (dated.last_day - first).days + 1]
        week = replace(week_figures(days), stage_index=index)
        weeks.append(GoodWeek(week, dated.week.week, dated.week.minutes_per_day))
    return weeks


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
