"""Lifting limits are kept in pounds and shown in the clinic's unit, rounded so they read back as typed."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.dates import DateWords
from ptplanner.core.handout_text import precaution_sentence
from ptplanner.core.language import Language, speaking
from ptplanner.core.patient import KG_PER_LB, LIMIT_RANGES, Precaution, PrecautionKind, Unit, to_pounds
from ptplanner.core.weights import STEPS, shown_weight, weight_text

UNTIL = date(2027, 1, 26)


def typed(unit: Unit):
    """A limit as the form takes it in `unit`: within its range, on its step (0.5 lb, 0.1 kg)."""
    low, high = LIMIT_RANGES[unit]
    steps = round(1 / STEPS[unit])
    return st.integers(round(low * steps), round(high * steps)).map(lambda n: round(n / steps, 1))


def test_the_usual_limits_read_as_a_clinic_would_say_them():
    assert weight_text(10, Unit.KG) == "4.5 kg"
    assert weight_text(to_pounds(5, Unit.KG), Unit.LB) == "11 lb"
    assert weight_text(10, Unit.LB) == "10 lb"
    assert weight_text(to_pounds(2, Unit.KG), Unit.LB) == "4.5 lb"
    with speaking(Language.SPANISH):
        assert weight_text(10, Unit.KG) == "4,5 kilos"


@given(unit=st.sampled_from([Unit.LB, Unit.KG]), data=st.data())
def test_a_limit_typed_in_a_unit_reads_back_exactly_in_it(unit, data):
    value = data.draw(typed(unit))
    assert shown_weight(to_pounds(value, unit), unit) == value


@given(unit=st.sampled_from([Unit.LB, Unit.KG]), other=st.sampled_from([Unit.LB, Unit.KG]), data=st.data())
def test_shown_in_the_other_unit_a_limit_moves_by_at_most_half_a_step(unit, other, data):
    pounds = to_pounds(data.draw(typed(unit)), unit)
    exact = pounds if other is Unit.LB else pounds * KG_PER_LB
    assert abs(shown_weight(pounds, other) - exact) <= STEPS[other] / 2 + 1e-9
    # and showing what is shown again, in the same unit, changes nothing
    shown = shown_weight(pounds, other)
    assert shown_weight(to_pounds(shown, other), other) == shown


@given(data=st.data())
def test_a_limit_given_in_kilograms_is_kept_in_pounds(data):
    kilograms = data.draw(typed(Unit.KG))
    precaution = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=kilograms, unit=Unit.KG)
    assert precaution.unit is Unit.LB and precaution.limit == pytest.approx(kilograms / KG_PER_LB)
    assert Precaution.model_validate_json(precaution.model_dump_json()) == precaution


@pytest.mark.parametrize(
    ("weight", "language", "expected"),
    [
        (Unit.LB, Language.ENGLISH, "Do not lift more than 10 lb until January 26, 2027."),
        (Unit.KG, Language.ENGLISH, "Do not lift more than 4.5 kg until January 26, 2027."),
        (Unit.LB, Language.SPANISH, "No levante más de 10 libras hasta el 26 de enero de 2027."),
        (Unit.KG, Language.SPANISH, "No levante más de 4,5 kilos hasta el 26 de enero de 2027."),
    ],
)
def test_the_printed_limit_is_in_the_clinics_unit(weight, language, expected):
    precaution = Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=10, unit=Unit.LB, until=UNTIL)
    with speaking(language):
        assert precaution_sentence(precaution, DateWords(), weight) == expected


def test_the_clinic_chooses_pounds_or_kilograms_and_nothing_else():
    assert ClinicSettings().weight_unit is Unit.LB
    assert ClinicSettings(weight_unit="kg").weight_unit is Unit.KG
    with pytest.raises(ValueError, match="must be lb or kg"):
        ClinicSettings(weight_unit="min")
