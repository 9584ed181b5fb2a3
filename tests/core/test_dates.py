"""Dates in words: one style per document, chosen by the paper (or the computer's locale in the app)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.clinic import Paper
import calendar

from ptplanner.core.dates import DateStyle, DateWords
from ptplanner.core.language import Language, number, speaking

DAY = date(2026, 12, 4)


def test_letter_paper_puts_the_month_first_and_a4_the_day():
    assert DateWords(Paper.LETTER.date_style).long(DAY) == "December 4, 2026"
    assert DateWords(Paper.A4.date_style).long(DAY) == "4 December 2026"
    assert DateWords(Paper.LETTER.date_style).short(DAY) == "Dec 4"
    assert DateWords(Paper.A4.date_style).short(DAY) == "4 Dec"


def test_the_year_is_left_out_only_within_todays_year():
    words = DateWords(DateStyle.MONTH_FIRST, today=date(2026, 1, 1))
    assert words.long(DAY) == "December 4"
    assert words.long(date(2027, 1, 2)) == "January 2, 2027"
    assert words.full(DAY) == "December 4, 2026"
    assert words.span(DAY, None) == "from December 4"
    assert words.span(DAY, date(2027, 1, 2)) == "from December 4 to January 2, 2027"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), st.sampled_from(DateStyle))
def test_every_date_names_its_month_in_words_and_never_as_a_number_pair(day, style):
    text = DateWords(style).full(day)
    assert calendar.month_name[day.month] in text
    assert str(day.year) in text and "/" not in text and "-" not in text


def test_spanish_writes_the_day_first_with_de_whatever_the_paper():
    with speaking(Language.SPANISH):
        for style in DateStyle:
            assert DateWords(style).full(DAY) == "4 de diciembre de 2026"
            assert DateWords(style).short(DAY) == "4 dic"
            assert DateWords(style).weekday_and_short(DAY) == "vie 4 dic"
        assert DateWords(today=date(2026, 1, 1)).span(DAY, None) == "desde el 4 de diciembre"


def test_cldr_abbreviates_september_as_each_locale_does():
    september = date(2026, 9, 14)
    assert DateWords(DateStyle.MONTH_FIRST).short(september) == "Sep 14"
    assert DateWords(DateStyle.DAY_FIRST).short(september) == "14 Sept"
    with speaking(Language.SPANISH):
        assert DateWords().short(september) == "14 sept"


def test_numbers_take_a_decimal_comma_in_spanish_and_no_thousands_separator():
    assert number(4.5) == "4.5" and number(10.0) == "10" and number(38, 1) == "38.0"
    assert number(1234.56, 1) == "1234.6"
    with speaking(Language.SPANISH):
        assert number(4.5) == "4,5" and number(10.0) == "10" and number(38, 1) == "38,0"
        assert number(1234.56, 1) == "1234,6"
