"""Dates and numbers as a locale writes them, from the Unicode CLDR data through Babel (the handouts,
which know no Qt). The app writes the same things with QLocale (gui/locale_formats.py); a test keeps
the two alike for every locale below.

A handout's locale follows its language and its paper: English on letter paper is written the American
way ("December 4, 2026"), on A4 the British way ("4 December 2026"); Spanish is "4 de diciembre de 2026"
with a decimal comma. Numbers are printed without thousands separators: ptplanner's are small (a pain
average, a weight, a temperature), and CLDR's rule for Spanish groups (1234 but 12.345) is applied by
Qt and not by Babel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, get_date_format
from babel.numbers import format_decimal

US_ENGLISH, BRITISH_ENGLISH, SPANISH = "en_US", "en_GB", "es"
HANDOUT_LOCALES = (US_ENGLISH, BRITISH_ENGLISH, SPANISH)


@lru_cache(maxsize=None)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


@lru_cache(maxsize=None)
def _pattern(name: str, kind: str) -> str:
    """CLDR's pattern for one of the formats ptplanner uses (cached: finding it costs more than using it)."""
    locale = _locale(name)
    if kind == "long":  # "December 4, 2026", "4 December 2026", "4 de diciembre de 2026"
        return get_date_format("long", locale).pattern
    skeleton = {"long without year": "MMMMd", "short": "MMMd"}[kind]  # "December 4", "Dec 4"
    return locale.datetime_skeletons[skeleton].pattern


@dataclass(frozen=True)
class BabelFormats:
    """One locale's dates and numbers, by its CLDR name (en_US, en_GB, es)."""

    locale: str = US_ENGLISH

    def long(self, day: date, with_year: bool = True) -> str:
        """'December 4, 2026' ('December 4' without the year)."""
        kind = "long" if with_year else "long without year"
        return format_date(day, _pattern(self.locale, kind), locale=_locale(self.locale))

    def short(self, day: date) -> str:
        """'Dec 4', '4 Dec', '4 dic': short enough for a table column."""
        return format_date(day, _pattern(self.locale, "short"), locale=_locale(self.locale))

    def weekday(self, day: date) -> str:
        """'Mon', 'lun'."""
        return format_date(day, "EEE", locale=_locale(self.locale))

    def weekday_initials(self, day: date) -> str:
        """'Mo', 'Lu': CLDR's shortest weekday that is still not ambiguous (a log sheet's narrow column), in
        sentence case (CLDR's Spanish is 'LU', which reads as shouting on a sheet for patients). Qt has no
        such width, and the app never needs it."""
        initials = format_date(day, "EEEEEE", locale=_locale(self.locale))
        return initials[:1].upper() + initials[1:].lower()

    def decimal(self, value: float, decimals: int | None = None) -> str:
        """'4.5' or '4,5'; with `decimals`, exactly that many ('38.0'); without, as few as the value needs
        (at most 3: '10', '4.5'). Rounded by Python first, so the app's QLocale prints the same digits."""
        return format_decimal(rounded(value, decimals), number_pattern(decimals), locale=_locale(self.locale))


def rounded(value: float, decimals: int | None) -> float:
    return round(value, 3 if decimals is None else decimals)


def number_pattern(decimals: int | None) -> str:
    """A CLDR number pattern with no grouping: '0.###' (as few decimals as needed) or '0.0' for one."""
    return "0.###" if decimals is None else "0" + ("." + "0" * decimals if decimals else "")
