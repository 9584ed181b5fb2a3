"""The plain words a handout is made of: stage titles, dates, the summary and the precautions.

Kept apart from the PDF layout so their reading level can be tested and reused in other views.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ptplanner.core.dates import DateWords
from ptplanner.core.patient import Precaution, PrecautionKind
from ptplanner.core.program import Program, Stage

_MOVEMENT_RULES = {
    PrecautionKind.NO_BENDING: "Do not bend forward at your waist",
    PrecautionKind.NO_LIFTING: "Do not lift anything",
    PrecautionKind.NO_TWISTING: "Do not twist your back",
}


@dataclass(frozen=True)
class SummaryPoint:
    label: str
    text: str


def times_a_day(times: int) -> str:
    return {1: "once a day", 2: "twice a day"}.get(times, f"{times} times a day")


def stage_title(program: Program, index: int) -> str:
    """'Stage 2 of 4: Stabilization, weeks 6 to 12'."""
    stage = program.stages[index]
    return f"Stage {index + 1} of {len(program.stages)}: {stage.name}, {stage.week_range()}"


def stage_choice(program: Program, index: int) -> str:
    """'2. Stabilization (weeks 6 to 12)': one of the stages to choose from."""
    stage = program.stages[index]
    return f"{index + 1}. {stage.name} ({stage.week_range()})"


def stage_dates(stage: Stage, surgery_date: date | None) -> tuple[date, date | None] | None:
    """The first day of the stage and the day it ends, counted from the surgery; None without one."""
    if surgery_date is None:
        return None
    end = None if stage.end_week is None else surgery_date + timedelta(weeks=stage.end_week)
    return surgery_date + timedelta(weeks=stage.start_week), end


def stage_dates_text(dates: tuple[date, date | None], words: DateWords) -> str:
    """'From March 3 to April 14' (or 'From March 3' for a stage with no end)."""
    span = words.span(*dates)
    return span[:1].upper() + span[1:]


def precaution_sentence(precaution: Precaution, words: DateWords) -> str:
    """'Do not lift more than 10 lb until 5 January.' The therapist's note follows as typed."""
    kind = precaution.kind
    if kind is PrecautionKind.LIFTING_LIMIT:
        rule = f"Do not lift more than {precaution.limit:g} {precaution.unit.value}"
    elif kind is PrecautionKind.SITTING_LIMIT:
        rule = f"Do not sit for more than {precaution.limit:g} minutes at a time"
    elif kind is PrecautionKind.OTHER:
        rule = precaution.note.strip()
    else:
        rule = _MOVEMENT_RULES[kind]
    if precaution.until is not None:
        until = f"until {words.long(precaution.until)}"
        rule = f"{rule.rstrip('. ')} ({until})" if kind is PrecautionKind.OTHER else f"{rule} {until}"
    elif kind is not PrecautionKind.OTHER:
        rule = f"{rule} until your surgeon says you may"
    sentence = rule if rule.endswith((".", "!", "?")) else f"{rule}."
    if kind is not PrecautionKind.OTHER and precaution.note.strip():
        sentence = f"{sentence} {precaution.note.strip()}"
    return sentence


def program_summary(
    stage: Stage, dates: tuple[date, date | None] | None, words: DateWords, pain_limit: int
) -> list[SummaryPoint]:
    """How often, how long, what to expect and when to stop, for the stage being printed."""
    return [
        SummaryPoint("How often", _how_often(stage)),
        SummaryPoint("How long", _how_long(stage, dates, words)),
        SummaryPoint(
            "What to expect",
            "Your muscles may feel tired or a little sore. That is normal, and it should be gone by the next "
            f"morning. Some pain while you exercise is OK if it stays at {pain_limit} out of 10 or less and "
            "is gone by the next morning.",
        ),
        SummaryPoint(
            "When to stop",
            "Stop an exercise if it gives you sharp pain, or if pain, numbness or tingling goes down a leg. "
            "Rest. Call us if it is not better by the next day. The warning signs at the end tell you when "
            "to get help fast.",
        ),
    ]


def _how_often(stage: Stage) -> str:
    if not stage.items:
        return "Walk every day, as your walking plan shows."
    dosages = [item.dosage for item in stage.items]
    days = "every day" if all(d.days_per_week == 7 for d in dosages) else "on the days each one shows"
    times = {d.times_per_day for d in dosages}
    each = (
        f"Do each one {times_a_day(times.pop())}."
        if len(times) == 1
        else "Each one shows how many times a day."
    )
    return f"Do your exercises {days}. {each}"


def _how_long(stage: Stage, dates: tuple[date, date | None] | None, words: DateWords) -> str:
    if stage.end_week is None:
        weeks = f"from week {stage.start_week} after your surgery"
    elif stage.start_week == 0:
        weeks = f"from your surgery to week {stage.end_week}"
    else:
        weeks = f"from week {stage.start_week} to week {stage.end_week} after your surgery"
    when = "" if dates is None else f" ({words.span(*dates)})"
    return f"Follow this plan {weeks}{when}. Your therapist will tell you when to change it."
