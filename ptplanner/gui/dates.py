"""Dates on screen in the order of the computer's locale (QLocale), in the same words as the handouts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from ptplanner.core.dates import DateStyle, DateWords


def locale_date_style(locale: QLocale | None = None) -> DateStyle:
    """Month first where the locale writes the month before the day (en_US), else day first."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat).lower()
    month, day = pattern.find("m"), pattern.find("d")
    return DateStyle.MONTH_FIRST if 0 <= month < day else DateStyle.DAY_FIRST


def app_dates(today: date | None = None) -> DateWords:
    return DateWords(locale_date_style(), today)
