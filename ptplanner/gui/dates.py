"""Dates on screen in the app's locale (QLocale), in the same words as the handouts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from ptplanner.core.dates import DateStyle, DateWords
from ptplanner.gui.locale_formats import QtFormats, app_locale, month_first
from ptplanner.gui.ui_language import language_in_use


def locale_date_style(locale: QLocale | None = None) -> DateStyle:
    """Month first where the locale writes the month before the day (en_US), else day first."""
    return DateStyle.MONTH_FIRST if month_first(locale or QLocale()) else DateStyle.DAY_FIRST


def app_formats() -> QtFormats:
    """Dates and numbers as the app writes them: its interface language, in the computer's country."""
    return QtFormats(app_locale(QLocale(), language_in_use()))


def app_dates(today: date | None = None) -> DateWords:
    formats = app_formats()
    return DateWords(locale_date_style(formats.locale), today, formats)
