"""Dates in words, one style per document: "December 4, 2026" or "4 December 2026".

Letter paper is printed in the United States style (month first), A4 in the style used almost
everywhere else (day first). A document picks its style once and every date in it follows it;
numeric dates such as 12/3 are never printed, since they read differently on each side.

The words of each date (month names, their order, "de" in Spanish) come from a locale: Babel's CLDR data
for the handouts (core/local_formats.py), QLocale in the app (gui/locale_formats.py). This module only
joins dates into phrases ("from ... to ...").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from ptplanner.core.language import Language, current_language
from ptplanner.core.local_formats import BRITISH_ENGLISH, SPANISH, US_ENGLISH, BabelFormats


class DateStyle(StrEnum):
    MONTH_FIRST = "month first"  # December 4, 2026
    DAY_FIRST = "day first"  # 4 December 2026


class DateFormats(Protocol):
    """One locale's way of writing a single date (BabelFormats, or the app's QLocale one)."""

    def long(self, day: date, with_year: bool = True) -> str: ...

    def short(self, day: date) -> str: ...

    def weekday(self, day: date) -> str: ...


def handout_locale(style: DateStyle, language: Language | None = None) -> str:
    """The CLDR locale a document is written in: Spanish whatever the paper, else the paper's English."""
    if (language or current_language()) is Language.SPANISH:
        return SPANISH
    return US_ENGLISH if style is DateStyle.MONTH_FIRST else BRITISH_ENGLISH


NO_BREAK_SPACE = "\u00a0"


@dataclass(frozen=True)
class DateWords:
    """Writes dates in one style. With `today`, dates in today's year leave the year out."""

    style: DateStyle = DateStyle.MONTH_FIRST
    today: date | None = None
    formats: DateFormats | None = None  # None: Babel, in the language being spoken and the style's English
    joined: bool = False  # each date's words joined by no-break spaces: a printed line never splits one

    def _joined(self, text: str) -> str:
        return text.replace(" ", NO_BREAK_SPACE) if self.joined else text

    @property
    def words(self) -> DateFormats:
        return self.formats or BabelFormats(handout_locale(self.style))

    def long(self, day: date, with_year: bool | None = None) -> str:
        """'December 4, 2026' or '4 December 2026' ('December 4' within `today`'s year)."""
        if with_year is None:
            with_year = self.today is None or day.year != self.today.year
        return self._joined(self.words.long(day, with_year))

    def full(self, day: date) -> str:
        """Always with the year: for dates a reader files away (birth, surgery, printed on)."""
        return self.long(day, with_year=True)

    def short(self, day: date) -> str:
        """'Dec 4' or '4 Dec' ('4 dic' in Spanish): short enough for a table column."""
        return self._joined(self.words.short(day))

    def weekday_and_short(self, day: date) -> str:
        return f"{self.words.weekday(day)} {self.short(day)}"

    def short_span(self, start: date, end: date) -> str:
        """'Dec 7 to Dec 13' for a table or a heading; '7 al 13 dic' in Spanish (a shared month once)."""
        if current_language() is not Language.SPANISH:
            return f"{self.short(start)} to {self.short(end)}"
        if start.month == end.month:
            return f"{start.day} al {self.short(end)}"
        return f"{self.short(start)} al {self.short(end)}"

    def first_to_last(self, start: date, end: date) -> str:
        """'December 5 to December 18'; in Spanish 'del 5 al 18 de diciembre' (the month once when shared)."""
        if current_language() is not Language.SPANISH:
            return f"{self.long(start)} to {self.long(end)}"
        if (start.year, start.month) == (end.year, end.month):
            return f"del {start.day} al {self.long(end)}"
        return self.span(start, end)

    def span(self, start: date, end: date | None) -> str:
        """'from March 3 to April 14' (or 'from March 3' when there is no end); 'del 3 de marzo al 14 de
        abril' ('desde el 3 de marzo') in Spanish."""
        if current_language() is Language.SPANISH:
            if end is None:
                return f"desde el {self.long(start)}"
            return f"del {self.long(start)} al {self.long(end)}"
        if end is None:
            return f"from {self.long(start)}"
        return f"from {self.long(start)} to {self.long(end)}"


US_WORDS = DateWords()  # month first, for text whose caller names no page or document style
