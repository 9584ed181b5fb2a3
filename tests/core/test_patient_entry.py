from datetime import date

import pytest

from ptplanner.core.patient import MAX_NAME, Patient, Precaution, PrecautionKind, Unit
from ptplanner.core.patient_entry import (
    PatientEntry,
    entry_problems,
    parse_levels,
    patient_from,
    precaution_from,
)
from ptplanner.core.validation_words import control_character_problem

TODAY = date(2024, 6, 1)


def entry(**changes) -> PatientEntry:
    fields = {"name": "Ana Silva", "date_of_birth": date(1960, 3, 4), "surgery_date": date(2024, 4, 2)}
    return PatientEntry(**{**fields, **changes})


@pytest.mark.parametrize(
    ("typed", "levels"),
    [
        ("L4-L5", ("L4-L5",)),
        ("l4-l5, L5 - S1", ("L4-L5", "L5-S1")),
        ("L3-L4;L4-L5", ("L3-L4", "L4-L5")),
        ("", ()),
    ],
)
def test_levels_are_read_the_way_people_type_them(typed, levels):
    assert parse_levels(typed) == levels


def test_a_good_entry_has_no_problems_and_makes_the_patient():
    good = entry(fused_levels="L4-L5", therapist="Sam", notes="<b>Likes mornings</b> & tea")
    assert entry_problems(good, TODAY) == {}
    patient = patient_from(good)
    assert (patient.name, patient.fused_levels, patient.notes) == ("Ana Silva", ("L4-L5",), good.notes)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "   "}, "name", "Enter the patient's name."),
        ({"name": "x" * (MAX_NAME + 1)}, "name", f"String should have at most {MAX_NAME} characters."),
        (
            {"date_of_birth": date(2024, 6, 2), "surgery_date": None},
            "date_of_birth",
            "The date of birth is in the future.",
        ),
        ({"date_of_birth": date(1899, 12, 31)}, "date_of_birth", "The date of birth is before 1900."),
        (
            {"surgery_date": date(1960, 3, 4)},
            "surgery_date",
            "The surgery date must be after the date of birth.",
        ),
        (
            {"fused_levels": "L5-L4"},
            "fused_levels",
            "'L5-L4' is upside down: write the upper level first, e.g. L4-L5.",
        ),
        ({"fused_levels": "L9-S1"}, "fused_levels", "'L9-S1' is not a level such as L4-L5 or L5-S1."),
        ({"procedure": "p" * 501}, "procedure", "String should have at most 500 characters."),
    ],
)
def test_each_bad_value_is_named_beside_its_field(changes, field, message):
    assert entry_problems(entry(**changes), TODAY) == {field: message}


def test_names_in_any_script_are_fine():
    for name in ("Zoë Łódź", "Иван Петров", "李小龍", "שלום", "O'Brien <b>"):
        assert entry_problems(entry(name=name), TODAY) == {}


def test_an_entry_round_trips_a_patient():
    patient = Patient(
        name="Bo",
        date_of_birth=date(1950, 1, 1),
        fused_levels=("L4-L5", "L5-S1"),
        precautions=(Precaution(kind=PrecautionKind.NO_BENDING, until=date(2024, 7, 1)),),
    )
    assert patient_from(PatientEntry.of(patient)) == patient


def test_a_lifting_limit_out_of_range_is_explained():
    with pytest.raises(ValueError, match=r"^Limit must be between 1 and 100 lb\.$"):
        precaution_from(PrecautionKind.LIFTING_LIMIT, None, 150, Unit.LB, "")
    assert precaution_from(PrecautionKind.LIFTING_LIMIT, None, 10, Unit.LB, "").limit == 10


def test_an_other_precaution_needs_a_note():
    with pytest.raises(ValueError, match="Say what the precaution is in the note."):
        precaution_from(PrecautionKind.OTHER, None, None, None, " ")


def test_a_typed_name_keeps_what_can_be_seen_and_loses_what_cannot():
    typed = entry(name="Ana\u200b Silva\u202e\tJr.", therapist="Sam\u2066 Rivera", procedure="TLIF\nL4-L5")
    assert entry_problems(typed, TODAY) == {}
    patient = patient_from(typed)
    assert (patient.name, patient.therapist, patient.procedure) == ("Ana Silva Jr.", "Sam Rivera", "TLIF L4-L5")
    assert patient_from(entry(name="דוד\u200f כהן")).name == "דוד\u200f כהן"  # a right-to-left mark stays


def test_a_control_character_in_a_name_is_refused_at_its_field():
    problems = entry_problems(entry(name="Dolores\x1b[2J", therapist="Sam\x07"), TODAY)
    assert problems == {
        "name": "Holds a control character (U+001B), which cannot be printed; type it again.",
        "therapist": "Holds a control character (U+0007), which cannot be printed; type it again.",
    }


def test_a_one_line_field_is_refused_for_a_control_character_not_for_what_tidying_removes():
    assert control_character_problem("Bridge\x1b[2J") == (
        "Holds a control character (U+001B), which cannot be printed; type it again."
    )
    assert control_character_problem("Bridge\u202e\u200b\twith\nmarch") is None
    assert control_character_problem("גשר על הגב") is None
