"""The plain words a handout is made of: stage titles, dates, the summary and the precautions.

Kept apart from the PDF layout so their reading level can be tested and reused in other views.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from math import ceil

from ptplanner.core.dates import DateWords
from ptplanner.core.dosage import Dosage, Side
from ptplanner.core.language import data_text, number, tr
from ptplanner.core.patient import Precaution, PrecautionKind, Unit
from ptplanner.core.program import Program, Stage
from ptplanner.core.walking_program import is_walking_item
from ptplanner.core.weights import weight_text

_MOVEMENT_RULES = {
    PrecautionKind.NO_BENDING: "Do not bend forward at your waist",
    PrecautionKind.NO_LIFTING: "Do not lift anything",
    PrecautionKind.NO_TWISTING: "Do not twist your back",
}


# The library's reminder under nearly every exercise; handouts say it once, before the exercises.
FOLLOW_YOUR_LIMITS = "Follow your surgeon's limits."
# For the time a session takes: a steady pace, a short rest between sets, a moment to get into position.
SECONDS_PER_REP = 3
REST_SECONDS = 30
SET_UP_SECONDS = 20


def times_a_day(times: int) -> str:
    if times in (1, 2):
        return tr("once a day") if times == 1 else tr("twice a day")
    return tr("{times} times a day").format(times=times)


def stage_title(program: Program, index: int, span: str | None = None) -> str:
    """'Stage 2 of 4: Stabilization, weeks 6 to 12', or with `span` (its dates in words) instead of the
    weeks: 'Stage 2 of 4: Stabilization, from March 3 to April 14'."""
    stage = program.stages[index]
    count = len(program.stages)
    if span is None and program.before_surgery:  # weeks count from an operation still to come: no span
        name = stage_name(stage)
        return tr("Stage {number} of {count}: {name}").format(number=index + 1, count=count, name=name)
    title = tr("Stage {number} of {count}: {name}, {span}")
    return title.format(number=index + 1, count=count, name=stage_name(stage), span=span or week_range(stage))


def stage_name(stage: Stage) -> str:
    """The stage's name in the current language: a template's name has its translation in the template
    file (core.spanish gathers them); a name the therapist typed prints as typed."""
    return data_text(stage.name)


def week_range(stage: Stage) -> str:
    if stage.end_week is None:
        return tr("from week {start}").format(start=stage.start_week)
    return tr("weeks {start} to {end}").format(start=stage.start_week, end=stage.end_week)


def stage_choice(program: Program, index: int) -> str:
    """'2. Stabilization (weeks 6 to 12)': one of the stages to choose from."""
    stage = program.stages[index]
    return f"{index + 1}. {stage.name} ({stage.week_range()})"


def stage_dates(stage: Stage, surgery_date: date | None) -> tuple[date, date | None] | None:
    """The first day of the stage and its last, counted from the surgery; None without one. Weeks 0 to 6 end
    the day before week 6 begins: that day is the next stage's first (printed "to December 25", the stage
    ran a day into the next, and past its own walking table)."""
    if surgery_date is None:
        return None
    end = None if stage.end_week is None else surgery_date + timedelta(weeks=stage.end_week, days=-1)
    return surgery_date + timedelta(weeks=stage.start_week), end


def stage_dates_text(dates: tuple[date, date | None], words: DateWords) -> str:
    """'From March 3 to April 14' (or 'From March 3' for a stage with no end)."""
    span = words.span(*dates)
    return span[:1].upper() + span[1:]


def precaution_sentence(precaution: Precaution, words: DateWords, weight: Unit = Unit.LB) -> str:
    """'Do not lift more than 10 lb until January 5 (per Dr. Lee).' A note that starts in lower case is a
    fragment and goes in brackets inside the sentence; a note that is a sentence of its own follows it.
    A lifting limit is given in `weight` (the clinic's unit: lb or kg)."""
    kind = precaution.kind
    if kind is PrecautionKind.LIFTING_LIMIT:
        shown = weight_text(precaution.limit_in_lb(), weight)
        rule = tr("Do not lift more than {weight}").format(weight=shown)
    elif kind is PrecautionKind.SITTING_LIMIT:
        rule = tr("Do not sit for more than {limit} minutes at a time").format(limit=number(precaution.limit))
    elif kind is PrecautionKind.OTHER:
        rule = data_text(precaution.note.strip())
    else:
        rule = tr(_MOVEMENT_RULES[kind])
    if precaution.until is not None:
        until = tr("until {day}").format(day=words.long(precaution.until))
        rule = f"{rule.rstrip('. ')} {until}"
    elif kind is not PrecautionKind.OTHER:  # the therapist's own words without a date print as typed
        rule = f"{rule} {tr('until your surgeon says you may')}"
    sentence = rule if rule.endswith((".", "!", "?")) else f"{rule}."
    note = data_text(precaution.note.strip())
    if kind is PrecautionKind.OTHER or not note:
        return sentence
    if note[:1].islower():  # a fragment ("per Dr. Lee") reads as part of the sentence
        return f"{sentence[:-1]} ({note.rstrip('.')})."
    return f"{sentence} {note if note.endswith(('.', '!', '?')) else note + '.'}"


class StageTiming(StrEnum):
    CURRENT = "current"
    PAST = "past"  # the patient has moved on from it
    COMING = "coming"  # the patient has not reached it yet


def stage_timing(program: Program, index: int) -> StageTiming:
    """Where a stage stands against the patient's current stage (the one the therapist moved them to)."""
    current = program.current_stage_index() or 0
    if index < current:
        return StageTiming.PAST
    return StageTiming.COMING if index > current else StageTiming.CURRENT


def timing_notice(timing: StageTiming, current_index: int) -> str:
    """The line a handout for another stage than the current one prints on page 1."""
    if timing is StageTiming.PAST:
        text = (
            "Past stage: you have moved on to stage {number}. Use this sheet only if your therapist says so."
        )
        return tr(text).format(number=current_index + 1)
    if timing is StageTiming.COMING:
        text = (
            "Coming stage: you are in stage {number} now. Start this stage only when your therapist says so."
        )
        return tr(text).format(number=current_index + 1)
    return ""


def session_minutes(stage: Stage) -> int:
    """About how long one round of the stage's exercises takes, walks and rides (an item dosed in minutes)
    left out, in whole 5 minutes."""
    seconds = sum(_item_seconds(item.dosage) for item in stage.items if item.dosage.duration_minutes is None)
    return max(5, ceil(seconds / 300) * 5) if seconds else 0


def _item_seconds(dosage: Dosage) -> float:
    if dosage.reps is None and dosage.hold_seconds is None:
        return 0  # done as needed ("every time you get out of bed"), not in a session
    sets, reps = dosage.sets or 1, dosage.reps or 1
    one = (dosage.hold_seconds or 0) + SECONDS_PER_REP
    sides = 2 if dosage.side is Side.BOTH else 1
    rest = (sets - 1) * (dosage.rest_seconds if dosage.rest_seconds is not None else REST_SECONDS)
    return SET_UP_SECONDS + sets * reps * one * sides + rest


def numbers_in_short(stage: Stage) -> str:
    """Page 1's one line on the numbers in the dose boxes, and about how long a session takes."""
    dosages = [item.dosage for item in stage.items]
    if any((d.sets or 1) > 1 for d in dosages):
        text = tr('"2 sets of 10" means 10 times, a short rest, then 10 more.')
    else:
        text = tr('"10 times" means do the move 10 times in a row.')
    minutes = session_minutes(stage)
    timed = _not_counted(stage)
    if minutes and timed:  # the walks and rides are not in the minutes: say so, by name
        sentence = tr("Your exercises take about {minutes} minutes, not counting {names}.")
        text += " " + sentence.format(minutes=minutes, names=names_joined(timed))
    elif minutes:
        text += " " + tr("Your exercises take about {minutes} minutes.").format(minutes=minutes)
    return text


def _not_counted(stage: Stage) -> list[str]:
    """What the session's minutes leave out: "your walks", and the others (a ride) by their quoted names.
    ("not counting Walking plan" read as a plan for walking, left out of the sentence.)"""
    quoted, names = tr('"{name}"'), []
    for item in stage.items:
        if item.dosage.duration_minutes is not None:
            name = tr("your walks") if is_walking_item(item) else quoted.format(name=item.exercise.name)
            names += [] if name in names else [name]
    return names


def names_joined(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' (in the handout's language)."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {tr('and')} {names[-1]}"


def before_you_start(stage: Stage, pain_limit: int, limits_page: int | None = 1) -> list[str]:
    """How to read a hold and a side, how much pain is all right and when to stop: before the exercises.
    (What "times" and "sets" mean is on page 1, in the stage box.) `limits_page`: the page "Your limits"
    is printed on (None: the handout has none)."""
    dosages = [item.dosage for item in stage.items]
    words = []
    if any(d.hold_seconds for d in dosages):
        words.append(tr('"Hold 5 seconds" means stay still and count slowly to 5.'))
    if any(d.side is Side.BOTH for d in dosages):
        words.append(tr('"Each side" means do it on your left side, then on your right side.'))
    lines = [" ".join(words)] if words else []
    return [
        *lines,
        *([] if limits_page is None else [tr("Keep to your limits on page {page} in every exercise.").format(
            page=limits_page
        )]),
        tr(
            "Your muscles may get tired or a little sore. Some pain is OK if it stays at {limit} out of 10 or"
            " less and is gone by the next morning."
        ).format(limit=pain_limit),
        tr(
            "Stop an exercise if it gives you sharp pain, or pain or tingling goes down a leg. Call us if it"
            " is not better the next day."
        ),
    ]


def how_often(stage: Stage) -> str:
    """'Do your exercises every day, twice a day.' (without the times a day when they differ)."""
    if not stage.items:
        return tr("Walk every day, as your walking plan shows.")
    dosages = [item.dosage for item in stage.items]
    every_day = all(d.days_per_week == 7 for d in dosages)
    days = tr("every day") if every_day else tr("on the days each one shows")
    times = {d.times_per_day for d in dosages}
    each = f", {times_a_day(times.pop())}" if len(times) == 1 else ""  # else each box says how often
    return tr("Do your exercises {days}{each}.").format(days=days, each=each)
