"""The patient list's stage and flags in the app's language.

The core words them in English (core/patient_list.py, core/progress/figures.py, core/discharge.py) and
sorts and stores them so; only what the list shows is translated here, each known form by its pattern.
Anything else (a form the core may add later) is shown as the core wrote it."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PatientList"
_FLAGS = {
    "no program": QT_TRANSLATE_NOOP("PatientList", "no program"),
    "nothing logged": QT_TRANSLATE_NOOP("PatientList", "nothing logged"),
    "precautions": QT_TRANSLATE_NOOP("PatientList", "precautions"),
    "low adherence": QT_TRANSLATE_NOOP("PatientList", "low adherence"),
    "pain up": QT_TRANSLATE_NOOP("PatientList", "pain up"),
    "red-flag note": QT_TRANSLATE_NOOP("PatientList", "red-flag note"),
}
_QUIET = re.compile(r"no log for (\d+) days")
_DISCHARGED = re.compile(r"discharged (\d{4}-\d{2}-\d{2})(?:: (.*))?", re.DOTALL)
_STAGE = re.compile(r"(\d+) of (\d+): (.*)", re.DOTALL)


def shown_flag(flag: str) -> str:
    if flag in _FLAGS:
        return QCoreApplication.translate(CONTEXT, _FLAGS[flag])
    if quiet := _QUIET.fullmatch(flag):
        return QCoreApplication.translate("PatientList", "no log for {days} days").format(days=quiet[1])
    if discharged := _DISCHARGED.fullmatch(flag):
        from datetime import date

        from ptplanner.core import clock
        from ptplanner.gui.dates import app_dates  # with the rows, not the list's frame (models/patients.py)

        day, reason = discharged.groups()
        try:  # this year's without the year, so the reason still fits the column
            day = app_dates(clock.today()).long(date.fromisoformat(day))
        except ValueError:  # not a day (the pattern lets 2026-02-30 through): shown as stored
            pass
        if reason is None:
            return QCoreApplication.translate("PatientList", "discharged {day}").format(day=day)
        with_reason = QCoreApplication.translate("PatientList", "discharged {day}: {reason}")
        return with_reason.format(day=day, reason=reason)
    return flag


def shown_stage(stage: str) -> str:
    if stage == "no program yet":
        return QCoreApplication.translate("PatientList", "no program yet")
    if match := _STAGE.fullmatch(stage):
        from ptplanner.core.language import data_text  # here: the list's frame paints before the domain loads

        number, count, name = match.groups()
        return QCoreApplication.translate("PatientList", "{number} of {count}: {name}").format(
            number=number, count=count, name=data_text(name)
        )
    return stage
