"""Dates in words, one style per document: "December 4, 2026" or "4 December 2026".

Letter paper is printed in the United States style (month first), A4 in the style used almost
everywhere else (day first). A document picks its style once and every date in it follows it;
numeric dates such as 12/3 are never printed, since they read differently on each side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ptplanner.core.language import Language, current_language

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Spanish writes the day first whatever the paper ("4 de diciembre de 2026"), months in lower case.
SPANISH_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
SPANISH_WEEKDAYS = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")


class DateStyle(StrEnum):
    MONTH_FIRST = "month first"  # December 4, 2026
    DAY_FIRST = "day first"  # 4 December 2026


@dataclass(frozen=True)
class DateWords:
    """Writes dates in one style. With `today`, dates in today's year leave the year out."""

    style: DateStyle = DateStyle.MONTH_FIRST
    today: date | None = None

    def long(self, day: date, with_year: bool | None = None) -> str:
        """'December 4, 2026' or '4 December 2026' ('December 4' within `today`'s year)."""
        if with_year is None:
            with_year = self.today is None or day.year != self.today.year
        if current_language() is Language.SPANISH:
            words = f"{day.day} de {SPANISH_MONTHS[day.month - 1]}"
            return f"{words} de {day.year}" if with_year else words
        month = MONTHS[day.month - 1]
        if self.style is DateStyle.MONTH_FIRST:
            return f"{month} {day.day}, {day.year}" if with_year else f"{month} {day.day}"
        return f"{day.day} {month} {day.year}" if with_year else f"{day.day} {month}"

    def full(self, day: date) -> str:
        """Always with the year: for dates a reader files away (birth, surgery, printed on)."""
        return self.long(day, with_year=True)

    def short(self, day: date) -> str:
        """'Dec 4' or '4 Dec' ('4 dic' in Spanish): short enough for a table column."""
        if current_language() is Language.SPANISH:
            return f"{day.day} {SPANISH_MONTHS[day.month - 1][:3]}"
        month = MONTHS[day.month - 1][:3]
        return f"{month} {day.day}" if self.style is DateStyle.MONTH_FIRST else f"{day.day} {month}"

    def weekday_and_short(self, day: date) -> str:
        names = SPANISH_WEEKDAYS if current_language() is Language.SPANISH else WEEKDAYS
        return f"{names[day.weekday()]} {self.short(day)}"

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
