import re

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st
from pydantic import ValidationError

from ptplanner.core.dosage import Dosage, RepUnit, Side

BOUNDS = {
    "sets": (1, 10),
    "reps": (1, 100),
    "hold_seconds": (1, 300),
    "duration_minutes": (1, 180),
    "rest_seconds": (0, 600),
    "times_per_day": (1, 16),
    "days_per_week": (1, 7),
}
BASE = {"reps": 10}  # a valid dosage every bound test changes one field of


def refused_fields(**fields) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        Dosage(**fields)
    return {".".join(map(str, error["loc"])) for error in caught.value.errors()}


@pytest.mark.parametrize(("field", "bounds"), BOUNDS.items())
def test_each_bound_is_accepted(field, bounds):
    for value in bounds:
        assert getattr(Dosage(**{**BASE, field: value}), field) == value


OUT_OF_BOUNDS = [
    (field, value)
    for field, (low, high) in BOUNDS.items()
    for value in sorted({-1, 0, low - 1, high + 1, 10_000})
    if not low <= value <= high
]


@pytest.mark.parametrize(("field", "value"), OUT_OF_BOUNDS)
def test_values_outside_a_bound_are_refused_naming_the_field(field, value):
    assert refused_fields(**{**BASE, field: value}) == {field}


def test_a_dosage_must_say_how_much():
    with pytest.raises(ValidationError, match="give reps, a hold time, a duration, or a note"):
        Dosage()
    with pytest.raises(ValidationError, match="give reps"):
        Dosage(times_per_day=2, note="   ")


def test_sets_need_reps_or_a_hold():
    with pytest.raises(ValidationError, match="sets need reps or a hold time"):
        Dosage(sets=3, duration_minutes=10)
    assert Dosage(sets=3, hold_seconds=30).sets == 3


def test_a_note_alone_can_say_how_much():
    assert Dosage(note="Every time you get out of bed").describe() == "Every time you get out of bed"


def test_unknown_fields_units_and_sides_are_refused():
    assert refused_fields(reps=10, repetitions=10) == {"repetitions"}
    assert refused_fields(reps=10, rep_unit="laps") == {"rep_unit"}
    assert refused_fields(reps=10, side="up") == {"side"}


def test_long_load_and_note_are_refused():
    assert refused_fields(reps=10, load="x" * 61) == {"load"}
    assert refused_fields(reps=10, note="x" * 501) == {"note"}


def test_a_dosage_cannot_be_changed_in_place():
    dosage = Dosage(reps=10)
    with pytest.raises(ValidationError):
        dosage.reps = 20


def test_sessions_per_week_counts_every_session():
    assert Dosage(reps=10, times_per_day=2, days_per_week=3).sessions_per_week() == 6


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        (
            {"sets": 2, "reps": 10, "hold_seconds": 5, "side": "both", "times_per_day": 2},
            "2 sets of 10, hold 5 seconds, each side, twice a day",
        ),
        ({"reps": 12}, "12 times, once a day"),
        ({"duration_minutes": 10}, "10 minutes, once a day"),
        ({"duration_minutes": 1, "times_per_day": 3}, "1 minute, 3 times a day"),
        ({"hold_seconds": 30}, "Hold 30 seconds, once a day"),
        ({"hold_seconds": 1}, "Hold 1 second, once a day"),
        ({"hold_seconds": 60, "sets": 3}, "3 times, hold 1 minute, once a day"),
        ({"reps": 5, "rep_unit": "breaths"}, "5 breaths, once a day"),
        ({"sets": 2, "reps": 20, "rep_unit": "steps"}, "2 sets of 20 steps, once a day"),
        ({"reps": 10, "side": "left"}, "10 times, left side only, once a day"),
        ({"reps": 10, "side": "right"}, "10 times, right side only, once a day"),
        ({"reps": 10, "side": "alternating"}, "10 times, alternating sides, once a day"),
        (
            {"sets": 3, "reps": 10, "rest_seconds": 90},
            "3 sets of 10, rest 90 seconds between sets, once a day",
        ),
        ({"sets": 3, "reps": 10, "rest_seconds": 60}, "3 sets of 10, rest 1 minute between sets, once a day"),
        ({"sets": 3, "reps": 10, "rest_seconds": 0}, "3 sets of 10, once a day"),
        (  # a plank: 3 holds, no sets to rest between
            {"sets": 3, "hold_seconds": 15, "rest_seconds": 30},
            "3 times, hold 15 seconds, rest 30 seconds in between, once a day",
        ),
        ({"reps": 10, "rest_seconds": 30}, "10 times, rest 30 seconds in between, once a day"),
        ({"reps": 10, "days_per_week": 3}, "10 times, once a day, 3 days a week"),
        ({"reps": 10, "days_per_week": 1}, "10 times, once a day, 1 day a week"),
        ({"sets": 3, "reps": 10, "load": " a red band "}, "3 sets of 10, with a red band, once a day"),
        ({"reps": 10, "note": "Go slowly."}, "10 times, once a day. Go slowly."),
        ({"note": "as far as is comfortable"}, "As far as is comfortable"),
    ],
)
def test_describe_says_the_dose_in_plain_words(fields, sentence):
    assert Dosage(**fields).describe() == sentence


@st.composite
def dosages(draw) -> Dosage:
    optional = ("sets", "reps", "hold_seconds", "duration_minutes", "rest_seconds")
    fields = {name: st.none() | st.integers(*BOUNDS[name]) for name in optional}
    fields["times_per_day"] = st.integers(*BOUNDS["times_per_day"])
    fields["days_per_week"] = st.integers(*BOUNDS["days_per_week"])
    fields["rep_unit"] = st.sampled_from(RepUnit)
    fields["side"] = st.none() | st.sampled_from(Side)
    fields["load"] = st.sampled_from(["", "a red band", "2 lb weights"])
    try:
        return Dosage(**draw(st.fixed_dictionaries(fields)))
    except ValidationError:
        reject()


@given(dosages())
def test_any_valid_dosage_describes_to_one_plain_sentence(dosage):
    sentence = dosage.describe()
    assert sentence
    assert sentence[0].isupper() or sentence[0].isdigit()
    assert "None" not in sentence
    assert not re.search(r"[.!?\n]", sentence)


@given(dosages())
def test_the_dose_speaks_of_sets_only_when_its_amount_is_in_sets(dosage):
    sentence = dosage.describe()
    assert ("sets" in sentence) == ("sets of" in sentence)


@given(dosages(), st.sampled_from(["Go slowly.", "keep breathing"]))
def test_a_note_follows_the_dose_as_its_own_sentence(dosage, note):
    with_note = Dosage(**{**dosage.model_dump(), "note": note})
    assert with_note.describe() == f"{dosage.describe()}. {note}"


@st.composite
def out_of_bounds(draw) -> tuple[str, int]:
    field = draw(st.sampled_from(list(BOUNDS)))
    low, high = BOUNDS[field]
    return field, draw(st.integers(max_value=low - 1) | st.integers(min_value=high + 1))


@given(out_of_bounds())
def test_any_value_outside_the_bounds_is_refused(field_and_value):
    field, value = field_and_value
    assert refused_fields(**{**BASE, field: value}) == {field}


@pytest.mark.parametrize("value", [True, "10", 10.0])
def test_numbers_in_library_files_must_be_whole_numbers_not_text_or_true(value):
    with pytest.raises(ValidationError):
        Dosage(reps=value)


def test_a_single_rep_with_a_hold_reads_naturally():
    assert Dosage(reps=1, hold_seconds=30).describe() == "Hold 30 seconds, once a day"
    assert Dosage(reps=1).describe() == "1 time, once a day"
