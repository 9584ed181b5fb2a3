"""Dates on screen follow the computer's locale, in the handouts' words."""

import pytest
from PySide6.QtCore import QLocale

from ptplanner.core.dates import DateStyle
from ptplanner.gui.dates import locale_date_style

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("language", "country", "style"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, DateStyle.MONTH_FIRST),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, DateStyle.DAY_FIRST),
        (QLocale.Language.Spanish, QLocale.Country.Mexico, DateStyle.DAY_FIRST),
        (QLocale.Language.German, QLocale.Country.Germany, DateStyle.DAY_FIRST),
    ],
)
def test_the_locale_decides_whether_the_month_or_the_day_comes_first(qapp, language, country, style):
    assert locale_date_style(QLocale(language, country)) is style
