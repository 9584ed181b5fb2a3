"""Dosage.shorthand(): the dose as a clinician writes it, for the surgeon's report."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ptplanner.core.dosage import Dosage, RepUnit, Side


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"sets": 2, "reps": 10, "hold_seconds": 5, "side": Side.BOTH, "times_per_day": 2},
            "2 x 10, 5 s hold, each side, 2/day, 7/wk",
        ),
        (
            {"reps": 20, "times_per_day": 12, "note": "About once an hour while you are awake."},
            "20 reps, 12/day, 7/wk",
        ),
        ({"duration_minutes": 10, "times_per_day": 3}, "10 min, 3/day, 7/wk"),
        ({"sets": 3, "hold_seconds": 30}, "3 x 30 s hold, 1/day, 7/wk"),
        ({"reps": 1, "hold_seconds": 30, "side": Side.LEFT}, "30 s hold, left only, 1/day, 7/wk"),
        ({"reps": 5, "rep_unit": RepUnit.BREATHS, "days_per_week": 3}, "5 breaths, 1/day, 3/wk"),
        (
            {"sets": 2, "reps": 15, "load": "red band", "rest_seconds": 60},
            "2 x 15, rest 1 min, red band, 1/day, 7/wk",
        ),
        (
            {"sets": 2, "reps": 20, "rep_unit": RepUnit.STEPS, "side": Side.ALTERNATING},
            "2 x 20 steps, alternating, 1/day, 7/wk",
        ),
        ({"reps": 1}, "1 rep, 1/day, 7/wk"),
        ({"hold_seconds": 90}, "90 s hold, 1/day, 7/wk"),
        ({"note": "Every time you get in or out of bed."}, "Every time you get in or out of bed."),
    ],
)
def test_shorthand_examples(fields, expected):
    assert Dosage(**fields).shorthand() == expected


dosages = st.builds(
    Dosage,
    sets=st.none() | st.integers(1, 10),
    reps=st.none() | st.integers(1, 100),
    rep_unit=st.sampled_from(RepUnit),
    hold_seconds=st.none() | st.integers(1, 300),
    duration_minutes=st.none() | st.integers(1, 180),
    rest_seconds=st.none() | st.integers(0, 600),
    side=st.none() | st.sampled_from(Side),
    times_per_day=st.integers(1, 16),
    days_per_week=st.integers(1, 7),
    note=st.just("Keep it easy."),
)


@given(st.data())
def test_shorthand_carries_every_number_the_fields_give_and_no_patient_words(data):
    try:
        dosage = data.draw(dosages)
    except ValidationError:
        return
    text = dosage.shorthand()
    if dosage.reps is None and dosage.hold_seconds is None and dosage.duration_minutes is None:
        assert text == dosage.note  # a dose given only in words
        return
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    assert text.endswith(f"{dosage.times_per_day}/day, {dosage.days_per_week}/wk")
    for value in (dosage.reps, dosage.duration_minutes):
        if value is not None and value != 1:
            assert value in numbers
    if dosage.sets is not None and dosage.sets > 1:
        assert f"{dosage.sets} x " in text
    if dosage.hold_seconds:
        assert "hold" in text
    assert "Keep it easy" not in text and "times a day" not in text
