"""Dates and numbers on screen, written by QLocale: the app's side of core/local_formats.py (Babel, for
the handouts). Each format is taken from QLocale's own data, not copied from Babel's, and a test checks
that both write the same for en_US, en_GB and es.

- long: QLocale's long date without its weekday ("dddd, MMMM d, yyyy" -> "December 4, 2026");
- long without year: the same with the year and the words before it left out ("4 de diciembre");
- short: that, with abbreviated months and no connecting words ("Dec 4", "4 Dec", "4 dic");
- numbers: no thousands separator, rounded by Python first, as the handouts print them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate, QLocale

from ptplanner.core.local_formats import rounded

_WEEKDAY = re.compile(r"d{4}[,.]?\s*")  # "dddd, " at the start, or after the date
_YEAR = re.compile(r"[\s,.]*('[^']*'\s*)?y+[.]?")  # ", yyyy" or " 'de' yyyy"
_QUOTED = re.compile(r"\s*'[^']*'\s*")


def app_locale(system: QLocale | None = None, language: str = "en") -> QLocale:
    """The locale the app writes in: its interface language as used in the computer's country (English in
    the United States, the United Kingdom, Germany...). Where that language has no variant for the
    country, its US or UK variant by whether the computer writes the month or the day first."""
    system = system or QLocale()
    wanted = QLocale.Language.Spanish if language == "es" else QLocale.Language.English
    if system.language() == QLocale.Language.C:  # no locale set (a bare server, a test): ptplanner's default
        return QLocale(wanted, QLocale.Country.Spain if language == "es" else QLocale.Country.UnitedStates)
    if system.language() == wanted:
        return system
    local = QLocale(wanted, system.territory())
    if local.territory() == system.territory():
        return local
    if wanted is QLocale.Language.Spanish:
        return QLocale(wanted, QLocale.Country.Spain)
    us_order = month_first(system)
    return QLocale(wanted, QLocale.Country.UnitedStates if us_order else QLocale.Country.UnitedKingdom)


def month_first(locale: QLocale) -> bool:
    """Whether the locale writes the month before the day (en_US) rather than after it."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat).lower()
    month, day = pattern.find("m"), pattern.find("d")
    return 0 <= month < day


@dataclass(frozen=True)
class QtFormats:
    """One QLocale's dates and numbers, with the same methods as core.local_formats.BabelFormats."""

    locale: QLocale = field(default_factory=QLocale)

    @property
    def long_pattern(self) -> str:
        return _WEEKDAY.sub("", self.locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")

    @property
    def long_pattern_without_year(self) -> str:
        return _YEAR.sub("", self.long_pattern).strip(" ,")

    @property
    def short_pattern(self) -> str:
        without_words = _QUOTED.sub(" ", self.long_pattern_without_year).strip()
        return without_words.replace("MMMM", "MMM")

    def long(self, day: date, with_year: bool = True) -> str:
        pattern = self.long_pattern if with_year else self.long_pattern_without_year
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def short(self, day: date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), self.short_pattern)

    def weekday(self, day: date) -> str:
        return self.locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)

    def decimal(self, value: float, decimals: int | None = None) -> str:
        locale = QLocale(self.locale)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        value = float(rounded(value, decimals))
        if decimals is not None:
            return locale.toString(value, "f", decimals)
        if value == int(value):
            return locale.toString(int(value))
        return locale.toString(value, "f", 3).rstrip("0")  # as few decimals as the value needs
