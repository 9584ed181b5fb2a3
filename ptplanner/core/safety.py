"""Safety checks on a patient's program: warnings for the therapist, never a block.

- an exercise placed in a stage earlier than its earliest stage;
- an exercise that breaks a precaution while it applies: a movement the patient must avoid
  (bending, lifting, twisting), or a load above the lifting limit;
- a stage with more exercises than a patient keeps doing in one session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ptplanner.core.dates import DateWords
from ptplanner.core.language import clinic_word, tr_clinic
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Unit
from ptplanner.core.program import Program, ProgramItem, Stage
from ptplanner.core.vocabulary import Category, Movement
from ptplanner.core.weights import clinic_weight_text

# Adherence drops when a session holds more than about 4 to 6 exercises.
MAX_EXERCISES_PER_SESSION = 6
# Not done in the session: the ways to move in daily life (log roll, safe lifting) as the day brings them,
# and the walking or bike plan. A stage may hold them on top of its session's exercises.
ON_TOP_OF_THE_SESSION = frozenset({Category.POSTURE, Category.ACTIVITY})
_MOVEMENT_BANS = (PrecautionKind.NO_BENDING, PrecautionKind.NO_LIFTING, PrecautionKind.NO_TWISTING)
_WEIGHT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(lbs?|pounds?|kgs?|kilos?|kilograms?)\b", re.IGNORECASE)
_KG_IN_LB = 2.20462
_MOVEMENT_WORDS = {
    Movement.BENDING: clinic_word("bending"),
    Movement.LIFTING: clinic_word("lifting"),
    Movement.TWISTING: clinic_word("twisting"),
}
_BAN_WORDS = {
    PrecautionKind.NO_BENDING: clinic_word("no bending"),
    PrecautionKind.NO_LIFTING: clinic_word("no lifting"),
    PrecautionKind.NO_TWISTING: clinic_word("no twisting"),
}


@dataclass(frozen=True)
class SafetyWarning:
    stage_id: str
    item_id: str | None  # None: about the whole stage
    message: str


def load_in_lb(load: str) -> float | None:
    """The heaviest weight named in a load such as '2 kg ankle weight' or '5 lb dumbbell', in lb."""
    weights = []
    for number, unit in _WEIGHT.findall(load):
        value = float(number.replace(",", "."))
        weights.append(value * _KG_IN_LB if unit.lower().startswith("k") else value)
    return max(weights, default=None)


def session_items(stage: Stage) -> list[ProgramItem]:
    """The stage's exercises done in one session: walking and the ways to move in daily life left out."""
    return [item for item in stage.items if item.exercise.category not in ON_TOP_OF_THE_SESSION]


def program_warnings(program: Program, patient: Patient, today: date) -> list[SafetyWarning]:
    warnings = []
    current = program.current_stage_index() or 0
    for index, stage in enumerate(program.stages):
        in_session = session_items(stage)
        if len(in_session) > MAX_EXERCISES_PER_SESSION:
            warnings.append(
                SafetyWarning(
                    stage.id,
                    None,
                    tr_clinic(
                        "{count} exercises in one session: patients keep up with about {most} at most."
                        " Consider spreading them over the day."
                    ).format(count=len(in_session), most=MAX_EXERCISES_PER_SESSION),
                )
            )
        # A stage the patient has left is history; its precautions are no longer a risk.
        in_force = [] if index < current else _precautions_during(program, index, patient, today)
        for item in stage.items:
            warnings += _item_warnings(stage, index, item, in_force)
    return warnings


def _item_warnings(
    stage: Stage, index: int, item: ProgramItem, in_force: list[Precaution]
) -> list[SafetyWarning]:
    exercise, name = item.exercise, item.exercise.shown_name()
    found = []
    if exercise.earliest_stage > index + 1:
        said = tr_clinic("{exercise} is meant for stage {earliest} or later; this is stage {here}.")
        found.append(said.format(exercise=name, earliest=exercise.earliest_stage, here=index + 1))
    load = load_in_lb(item.dosage.load)
    for precaution in in_force:
        movement = precaution.restricts()
        if precaution.kind in _MOVEMENT_BANS and movement in exercise.movements:
            said = tr_clinic("{exercise} involves {movement}, but '{precaution}' {until}.")
            found.append(said.format(
                exercise=name,
                movement=tr_clinic(_MOVEMENT_WORDS[movement]),
                precaution=tr_clinic(_BAN_WORDS[precaution.kind]),
                until=_until(precaution),
            ))
        limit = precaution.limit_in_lb()
        if limit is not None and load is not None and load > limit:
            said = tr_clinic(
                "The load '{load}' is above the lifting limit of {pounds} ({kilograms}), which {until}."
            )
            found.append(said.format(
                load=item.dosage.load,
                pounds=clinic_weight_text(limit, Unit.LB),
                kilograms=clinic_weight_text(limit, Unit.KG),
                until=_until(precaution),
            ))
    return [SafetyWarning(stage.id, item.id, message) for message in found]


def _precautions_during(program: Program, index: int, patient: Patient, today: date) -> list[Precaution]:
    """The patient's precautions that still apply when the patient does (or will do) this stage."""
    start = max(_stage_start(program, index, patient, today), today)
    return [p for p in patient.precautions if p.applies_on(start)]


def _stage_start(program: Program, index: int, patient: Patient, today: date) -> date:
    """The day the patient was moved to the stage, else its first week counted from surgery."""
    moved = [move.on for move in program.moves if move.stage_index == index]
    if moved:
        return min(moved)
    if patient.surgery_date is None:
        return today
    return patient.surgery_date + timedelta(weeks=program.stages[index].start_week)


def _until(precaution: Precaution) -> str:
    if precaution.until is None:
        return tr_clinic("applies until the therapist lifts it")
    return tr_clinic("applies until {day}").format(day=DateWords().full(precaution.until))
