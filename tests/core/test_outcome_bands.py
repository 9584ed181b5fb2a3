"""The ODI's published disability bands, at every boundary."""

import pytest

from ptplanner.core.progress.outcomes import OdiBand, odi_band, odi_band_text


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, OdiBand.MINIMAL), (20, OdiBand.MINIMAL),
        (20.01, OdiBand.MODERATE), (21, OdiBand.MODERATE), (40, OdiBand.MODERATE),
        (40.5, OdiBand.SEVERE), (41, OdiBand.SEVERE), (60, OdiBand.SEVERE),
        (61, OdiBand.CRIPPLING), (80, OdiBand.CRIPPLING),
        (80.1, OdiBand.BED_BOUND), (81, OdiBand.BED_BOUND), (100, OdiBand.BED_BOUND),
    ],
)
def test_odi_band_boundaries(score, band):
    assert odi_band(score) is band


def test_odi_band_text_names_its_range():
    assert odi_band_text(33) == "moderate disability (21\u201340)"
    assert odi_band_text(0) == "minimal disability (0\u201320)"
    assert odi_band_text(100) == "bed-bound (81\u2013100)"


@pytest.mark.parametrize("score", [-0.1, 100.5])
def test_a_score_outside_the_scale_is_refused(score):
    with pytest.raises(ValueError, match="0 to 100"):
        odi_band(score)
