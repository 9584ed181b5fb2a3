"""Patients: stored exactly, found by id or name, and erased completely."""

from __future__ import annotations

from datetime import date

import pytest
from storage_samples import (
    HOSTILE_TEXTS,
    make_entry,
    make_patient,
    make_program,
    make_score,
    row_counts,
    sqlite_only,
)

from ptplanner.storage.database import NotFound


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_a_patient_comes_back_exactly_as_saved(store, text):
    patient = make_patient(name=text, procedure=text[:500], therapist=text[:500], notes=text)
    store.save_patient(patient)
    assert store.get_patient(patient.id) == patient
    assert store.list_patients() == [patient]


def test_a_patient_with_only_the_required_details_round_trips(store):
    patient = make_patient(surgery_date=None, fused_levels=(), precautions=(), procedure="", notes="")
    store.save_patient(patient)
    assert store.get_patient(patient.id) == patient


def test_saving_again_updates_the_patient(store):
    patient = make_patient()
    store.save_patient(patient)
    changed = patient.model_copy(
        update={"name": "Ana Silva-Moreira", "fused_levels": ("L3-L4",), "precautions": ()}
    )
    store.save_patient(changed)
    assert store.list_patients() == [changed]


def test_patients_are_listed_by_name_ignoring_case_and_accents(store):
    for name in ("émile", "Bea", "Ádám", "alice", "Zoe", "eve"):
        store.save_patient(make_patient(name=name))
    assert [p.name for p in store.list_patients()] == ["Ádám", "alice", "Bea", "émile", "eve", "Zoe"]


def test_an_unknown_patient_is_not_found_with_a_clear_message(store):
    with pytest.raises(NotFound, match="No patient with id nobody") as missing:
        store.get_patient("nobody")
    assert isinstance(missing.value, KeyError)
    assert str(missing.value) == "No patient with id nobody is in the database."


def test_find_by_exact_id_id_prefix_or_part_of_the_name(store):
    ana = make_patient(name="Ana Silva", id="a1b2c3d4-0000")
    bo = make_patient(name="Bo STRAND", id="ffee0000-1111")
    for patient in (ana, bo):
        store.save_patient(patient)
    assert store.find_patients("a1b2c3d4-0000") == [ana]
    assert store.find_patients("A1B2") == [ana]
    assert store.find_patients("strand") == [bo]
    assert store.find_patients("  silva ") == [ana]
    assert store.find_patients("ffe") == []  # id prefixes need 4 characters
    assert store.find_patients("") == [ana, bo]


def test_find_matches_names_beyond_ascii_case_insensitively(store):
    elodie = make_patient(name="ÉLODIE Łukasz")
    store.save_patient(elodie)
    assert store.find_patients("élodie łuk") == [elodie]


def test_erasing_a_patient_removes_everything_of_theirs(store, db):
    kept, erased = make_patient(name="Kept Person"), make_patient(name="Erased Person")
    for patient in (kept, erased):
        store.save_patient(patient)
        program = store.save_program(make_program(patient.id))
        store.save_program(program)
        store.save_entry(make_entry(program, date(2024, 3, 1)))
        store.save_outcome(patient.id, make_score(date(2024, 3, 1)))
    before = row_counts(db)

    store.erase_patient(erased.id)

    assert store.list_patients() == [kept]
    after = row_counts(db)
    assert {table: before[table] - after[table] for table in before} == {
        "patients": 1,
        "programs": 1,
        "program_versions": 2,
        "adherence_months": 1,
        "outcome_scores": 1,
        "clinic_exercises": 0,
        "program_parts": 0,  # the same exercises and stage texts as the kept patient's
        "settings": 0,
        "exercise_photos": 0,
        "handouts": 0,
        "suggestion_decisions": 0,
        "audit_events": -1,  # the erasure is recorded, under the patient's opaque id alone
        "audit_head": 0,
        "users": 0,
        "clinic_templates": 0,  # the clinic's, not the patient's
        "favourite_exercises": 0,
        # erased, person, j, okafor, 1961, 04, 09; of the words themselves only "erased" was theirs alone
        "patient_words": 7,
        "search_words": 1,
    }


@sqlite_only
def test_an_erased_patient_is_gone_from_the_file_bytes(store, data_dir):
    secret = "Zebediah Quackenbush-Farthingale"
    patient = make_patient(name=secret, notes=f"{secret} lives at 12 Elm Street")
    store.save_patient(patient)
    store.save_patient(patient.model_copy(update={"notes": "moved"}))
    store.save_program(make_program(patient.id, title=f"{secret}'s program"))
    store.save_patient(make_patient(name="Someone Else"))
    files = list(data_dir.iterdir())
    assert any(secret.encode() in path.read_bytes() for path in files)  # the search below can find it

    store.erase_patient(patient.id)

    for path in data_dir.iterdir():
        assert secret.encode() not in path.read_bytes(), path.name


def test_erasing_an_unknown_patient_is_not_found(store):
    with pytest.raises(NotFound):
        store.erase_patient("nobody")
