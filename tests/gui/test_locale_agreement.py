"""The handouts (Babel) and the app (QLocale) write every date and number ptplanner shows alike.

Each side takes its formats from its own copy of the CLDR data (Babel's pattern tables, QLocale's long
date format), so this test catches either library's data or ptplanner's derivation of a format going
astray. Deliberate differences, not compared here: the log sheet's two-letter weekdays ('Mo', 'LU') are
Babel's alone (QLocale has no such width and the app never shows them), and numbers are printed with no
thousands separator on both sides (Babel groups Spanish 1234 as 1.234, QLocale as 1234).
"""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from ptplanner.core.dates import DateStyle, DateWords, handout_locale
from ptplanner.core.language import Language
from ptplanner.core.local_formats import HANDOUT_LOCALES, BabelFormats
from ptplanner.gui.dates import app_dates
from ptplanner.gui.locale_formats import QtFormats, app_locale

pytestmark = pytest.mark.gui

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
NUMBERS = st.floats(min_value=0, max_value=999.999, allow_nan=False)
# Every month and weekday, and the values ptplanner prints: pain averages, weights, temperatures.
EVERY_MONTH = [date(2026, month, day) for month in range(1, 13) for day in (1, 9, 28)]
PRINTED_NUMBERS = [0, 0.5, 2.3, 4.5, 5.0, 9.92, 10, 11.023, 38.0, 38.6, 100.4, 101.5, 999.95]


@pytest.fixture(params=HANDOUT_LOCALES)
def both(request, qapp):
    return BabelFormats(request.param), QtFormats(QLocale(request.param))


def test_dates_agree_in_every_month(both):
    babel, qt = both
    for day in EVERY_MONTH:
        assert qt.long(day) == babel.long(day)
        assert qt.long(day, with_year=False) == babel.long(day, with_year=False)
        assert qt.short(day) == babel.short(day)
        assert qt.weekday(day) == babel.weekday(day)


@pytest.mark.parametrize("decimals", [None, 0, 1, 2])
def test_printed_numbers_agree(both, decimals):
    babel, qt = both
    for value in PRINTED_NUMBERS:
        assert qt.decimal(value, decimals) == babel.decimal(value, decimals)


@settings(max_examples=150, deadline=None)
@given(day=DAYS, value=NUMBERS, decimals=st.sampled_from([None, 0, 1, 2]))
def test_any_date_and_number_agree(qapp, day, value, decimals):
    for name in HANDOUT_LOCALES:
        babel, qt = BabelFormats(name), QtFormats(QLocale(name))
        assert (qt.long(day), qt.short(day)) == (babel.long(day), babel.short(day))
        assert qt.weekday(day) == babel.weekday(day)
        assert qt.long(day, with_year=False) == babel.long(day, with_year=False)
        assert qt.decimal(value, decimals) == babel.decimal(value, decimals)


def test_the_formats_are_the_ones_the_handouts_promise(qapp):
    day = date(2026, 12, 4)
    assert QtFormats(QLocale("en_US")).long(day) == "December 4, 2026"
    assert QtFormats(QLocale("en_GB")).long(day) == "4 December 2026"
    assert QtFormats(QLocale("es")).long(day) == "4 de diciembre de 2026"
    assert QtFormats(QLocale("es")).decimal(4.5) == "4,5"
    assert handout_locale(DateStyle.DAY_FIRST, Language.SPANISH) == "es"


@pytest.mark.parametrize(
    ("system", "language", "expected"),
    [
        ("en_US", "en", "en_US"),
        ("en_GB", "en", "en_GB"),
        ("de_DE", "en", "en_DE"),  # English as written in Germany: day first, decimal comma
        ("es_MX", "en", "en_GB"),  # no English for Mexico in CLDR: the UK's, as Mexico puts the day first
        ("C", "en", "en_US"),
        ("es_MX", "es", "es_MX"),
        ("en_US", "es", "es_US"),
    ],
)
def test_the_app_writes_in_its_language_as_used_in_the_computers_country(qapp, system, language, expected):
    assert app_locale(QLocale(system), language).name() == expected


def test_the_app_dates_follow_the_default_locale(qapp):
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_GB"))
        words = app_dates(date(2026, 1, 1))
        assert words.long(date(2026, 12, 4)) == "4 December"
        assert words.full(date(2026, 12, 4)) == "4 December 2026"
        assert words.span(date(2026, 12, 4), date(2027, 1, 8)) == "from 4 December to 8 January 2027"
        QLocale.setDefault(QLocale("en_US"))
        assert app_dates().full(date(2026, 12, 4)) == DateWords(DateStyle.MONTH_FIRST).full(date(2026, 12, 4))
    finally:
        QLocale.setDefault(before)
