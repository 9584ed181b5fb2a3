"""Programs: every save is a new version, stale saves are refused, and old versions stay reprintable."""

from __future__ import annotations

from datetime import date

import pytest
from storage_samples import HOSTILE_TEXTS, at_once, make_patient, make_program, row_counts

from ptplanner.core.program import Stage
from ptplanner.storage import programs
from ptplanner.storage.database import ConflictError, NotFound
from ptplanner.storage.store import Store


@pytest.fixture
def patient(store):
    patient = make_patient()
    store.save_patient(patient)
    return patient


def test_saving_a_new_program_makes_version_1(store, patient):
    program = make_program(patient.id)
    saved = store.save_program(program)
    assert saved == program.model_copy(update={"version": 1})
    assert store.get_program(program.id) == saved
    assert store.programs_for(patient.id) == [saved]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_text_in_a_program_comes_back_exactly(store, patient, text):
    stage = Stage(name=text[:200], start_week=0, goals=(text,), criteria=(text,))
    saved = store.save_program(make_program(patient.id, title=text[:200], stages=(stage,), moves=()))
    assert store.get_program(saved.id) == saved


def test_each_save_increments_the_version_and_keeps_a_snapshot(store, patient):
    first = store.save_program(make_program(patient.id))
    second = store.save_program(first.model_copy(update={"title": "Week 6 program"}))
    third = store.save_program(second.model_copy(update={"stages": second.stages[:1]}))
    assert [first.version, second.version, third.version] == [1, 2, 3]
    assert store.get_program(first.id) == third
    assert [store.program_version(first.id, v) for v in (1, 2, 3)] == [first, second, third]


def test_a_stale_save_is_refused_naming_both_versions_and_overwrites_nothing(store, patient, db):
    first = store.save_program(make_program(patient.id))
    theirs = store.save_program(first.model_copy(update={"title": "Saved at the front desk"}))
    before = row_counts(db)

    with pytest.raises(ConflictError) as conflict:
        store.save_program(first.model_copy(update={"title": "Edited in the gym"}))

    assert "version 1" in str(conflict.value)
    assert "version 2" in str(conflict.value)
    assert "Nothing was overwritten" in str(conflict.value)
    assert store.get_program(first.id) == theirs
    assert row_counts(db) == before


def test_saving_a_new_copy_of_an_already_saved_program_is_a_conflict(store, patient):
    program = make_program(patient.id)
    store.save_program(program)
    with pytest.raises(ConflictError, match="you edited version 0, but version 1 is saved"):
        store.save_program(program)


def test_a_program_cannot_move_to_another_patient(store, patient):
    other = make_patient(name="Other Patient")
    store.save_patient(other)
    saved = store.save_program(make_program(patient.id))
    with pytest.raises(ConflictError, match="belongs to another patient"):
        store.save_program(saved.model_copy(update={"patient_id": other.id}))
    assert store.programs_for(other.id) == []


def test_a_program_for_an_unknown_patient_is_refused(store):
    with pytest.raises(NotFound, match="No patient with id nobody"):
        store.save_program(make_program("nobody"))


def test_saving_a_program_that_was_erased_says_so(store, patient):
    saved = store.save_program(make_program(patient.id))
    store.erase_patient(patient.id)
    with pytest.raises(NotFound, match="no longer in the database"):
        store.save_program(saved)


def test_programs_are_listed_oldest_first(store, patient):
    later = store.save_program(make_program(patient.id, title="B", created_on=date(2025, 1, 5)))
    earlier = store.save_program(make_program(patient.id, title="A"))
    assert store.programs_for(patient.id) == [earlier, later]


def test_unknown_programs_and_versions_are_not_found(store, patient):
    saved = store.save_program(make_program(patient.id))
    with pytest.raises(NotFound, match="No program with id nope"):
        store.get_program("nope")
    with pytest.raises(NotFound, match="Version 2 of program"):
        store.program_version(saved.id, 2)
    with pytest.raises(NotFound):
        store.programs_for("nobody")


def test_of_two_workstations_saving_the_same_version_at_once_the_second_is_refused(
    db, store, patient, second_workstation
):
    first = store.save_program(make_program(patient.id))
    front_desk = first.model_copy(update={"title": "Saved at the front desk"})
    gym = first.model_copy(update={"title": "Edited in the gym"})

    with pytest.raises(ConflictError, match="you edited version 1, but version 2 is saved"):
        at_once(
            db,
            lambda session: programs.save_program(session, front_desk),
            second_workstation,
            lambda: Store(second_workstation).save_program(gym),
        )

    assert store.get_program(first.id) == front_desk.model_copy(update={"version": 2})
    titles = [store.program_version(first.id, version).title for version in (1, 2)]
    assert titles == ["Home program", "Saved at the front desk"]
    with pytest.raises(NotFound):
        store.program_version(first.id, 3)
