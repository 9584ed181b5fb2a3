"""How much of an exercise a patient does, and the plain sentence that says it."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, StrictInt, model_validator

from ptplanner.core.language import clinic_word, data_text, tr
from ptplanner.core.model import CoreModel


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    ALTERNATING = "alternating"


class RepUnit(StrEnum):
    TIMES = "times"
    BREATHS = "breaths"
    STEPS = "steps"


# Bounds are wide enough for any home program and narrow enough to catch typos
# such as 0 or 10,000 reps.
MAX_SETS = 10
MAX_REPS = 100
MAX_HOLD_SECONDS = 300
MAX_DURATION_MINUTES = 180
MAX_REST_SECONDS = 600
MAX_TIMES_PER_DAY = 16
MAX_TEXT = 500

_SIDE_WORDS = {
    Side.LEFT: "left side only",
    Side.RIGHT: "right side only",
    Side.BOTH: "each side",
    Side.ALTERNATING: "alternating sides",
}
_TIMES_A_DAY = {1: "once a day", 2: "twice a day"}  # English keys of core.spanish
_SIDE_SHORTHAND = {
    Side.LEFT: "left only",
    Side.RIGHT: "right only",
    Side.BOTH: "each side",
    Side.ALTERNATING: "alternating",
}


class Dosage(CoreModel):
    """Sets, reps, hold or time, side and frequency for one exercise."""

    sets: StrictInt | None = Field(default=None, ge=1, le=MAX_SETS)
    reps: StrictInt | None = Field(default=None, ge=1, le=MAX_REPS)
    rep_unit: RepUnit = RepUnit.TIMES
    hold_seconds: StrictInt | None = Field(default=None, ge=1, le=MAX_HOLD_SECONDS)
    duration_minutes: StrictInt | None = Field(default=None, ge=1, le=MAX_DURATION_MINUTES)
    rest_seconds: StrictInt | None = Field(default=None, ge=0, le=MAX_REST_SECONDS)
    side: Side | None = None
    times_per_day: StrictInt = Field(default=1, ge=1, le=MAX_TIMES_PER_DAY)
    days_per_week: StrictInt = Field(default=7, ge=1, le=7)
    load: str = Field(default="", max_length=60)
    note: str = Field(default="", max_length=MAX_TEXT)

    @model_validator(mode="after")
    def _says_how_much(self) -> Dosage:
        says_nothing = self.reps is None and self.hold_seconds is None and self.duration_minutes is None
        if says_nothing and not self.note.strip():
            raise ValueError(clinic_word("give reps, a hold time, a duration, or a note saying how much"))
        if self.sets is not None and self.reps is None and self.hold_seconds is None:
            raise ValueError(clinic_word("sets need reps or a hold time"))
        return self

    def sessions_per_week(self) -> int:
        return self.times_per_day * self.days_per_week

    def describe(self) -> str:
        """One plain sentence, e.g. '2 sets of 10, hold 5 seconds, each side, twice a day'."""
        parts = [p for p in (self._amount(), self._hold()) if p]
        if self.duration_minutes is not None:
            parts.append(_minutes(self.duration_minutes))
        if self.rest_seconds:
            parts.append(tr(self._rest_words()).format(time=_seconds(self.rest_seconds)))
        if self.side is not None:
            parts.append(tr(_SIDE_WORDS[self.side]))
        if self.load.strip():
            parts.append(tr("with {load}").format(load=data_text(self.load.strip())))
        if parts:
            times = _TIMES_A_DAY.get(self.times_per_day, "{times} times a day")
            parts.append(tr(times).format(times=self.times_per_day))
            if self.days_per_week < 7:
                days = "{days} day a week" if self.days_per_week == 1 else "{days} days a week"
                parts.append(tr(days).format(days=self.days_per_week))
        sentence = ", ".join(parts)
        note = data_text(self.note.strip())
        if note:
            sentence = f"{sentence}. {note}" if sentence else note
        return sentence[:1].upper() + sentence[1:]

    def shorthand(self) -> str:
        """The dose as a clinician writes it, e.g. '2 x 10, 5 s hold, each side, 2/day, 7/wk'.

        Only what the fields say: the patient-worded note is left out unless it is the whole dose."""
        if self.reps is None and self.hold_seconds is None and self.duration_minutes is None:
            return self.note.strip()  # the note is the dose ('Every time you get in or out of bed.')
        parts = [p for p in (self._short_amount(),) if p]
        if self.duration_minutes is not None:
            parts.append(f"{self.duration_minutes} min")
        if self.rest_seconds:
            parts.append(f"rest {_short_seconds(self.rest_seconds)}")
        if self.side is not None:
            parts.append(_SIDE_SHORTHAND[self.side])
        if self.load.strip():
            parts.append(self.load.strip())
        return ", ".join([*parts, f"{self.times_per_day}/day", f"{self.days_per_week}/wk"])

    def _short_amount(self) -> str:
        """'2 x 10, 5 s hold', '10 reps', '3 x 30 s hold', '30 s hold' or '5 breaths'."""
        hold = f"{_short_seconds(self.hold_seconds)} hold" if self.hold_seconds else ""
        sets = f"{self.sets} x " if self.sets is not None and self.sets > 1 else ""
        if self.reps is None or (self.reps == 1 and self.rep_unit is RepUnit.TIMES and hold and not sets):
            return f"{sets}{hold}" if hold else ""
        unit = (
            ("rep" if self.reps == 1 else "reps") if self.rep_unit is RepUnit.TIMES else self.rep_unit.value
        )
        count = (
            f"{sets}{self.reps}" if sets and self.rep_unit is RepUnit.TIMES else f"{sets}{self.reps} {unit}"
        )
        return f"{count}, {hold}" if hold else count

    def _amount(self) -> str:
        if self.reps is None:
            if self.sets is not None and self.sets > 1:
                return tr("{count} times").format(count=self.sets)
            return ""
        unit = "" if self.rep_unit is RepUnit.TIMES else f" {tr(self.rep_unit.value)}"
        if self.sets is not None and self.sets > 1:
            return tr("{sets} sets of {reps}").format(sets=self.sets, reps=self.reps) + unit
        if self.rep_unit is RepUnit.TIMES:
            if self.reps == 1:  # "hold 30 seconds", not "once, hold 30 seconds"
                return "" if self.hold_seconds or self.duration_minutes else tr("1 time")
            return tr("{count} times").format(count=self.reps)
        return f"{self.reps}{unit}"

    def _rest_words(self) -> str:
        """'between sets' only where the amount says sets ('2 sets of 10'): '3 times' has no sets to rest
        between."""
        says_sets = self.sets is not None and self.sets > 1 and self.reps is not None
        return "rest {time} between sets" if says_sets else "rest {time} in between"

    def _hold(self) -> str:
        return tr("hold {time}").format(time=_seconds(self.hold_seconds)) if self.hold_seconds else ""


def _seconds(value: int) -> str:
    if value % 60 == 0:
        return _minutes(value // 60)
    return tr("1 second") if value == 1 else tr("{count} seconds").format(count=value)


def _minutes(value: int) -> str:
    return tr("1 minute") if value == 1 else tr("{count} minutes").format(count=value)


def _short_seconds(value: int) -> str:
    return f"{value // 60} min" if value >= 60 and value % 60 == 0 else f"{value} s"
