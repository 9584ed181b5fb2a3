"""Adherence entries (one per program and day), outcome scores, clinic exercises and settings."""

from __future__ import annotations

from datetime import date

import pytest
from storage_samples import (
    HOSTILE_TEXTS,
    at_once,
    clinic_exercise,
    make_entry,
    make_patient,
    make_program,
    make_score,
)

from ptplanner.core.adherence import Measure
from ptplanner.core.exercise import Origin
from ptplanner.storage import clinic, logs
from ptplanner.storage.database import ConflictError, NotFound
from ptplanner.storage.store import Store


@pytest.fixture
def patient(store):
    patient = make_patient()
    store.save_patient(patient)
    return patient


@pytest.fixture
def program(store, patient):
    return store.save_program(make_program(patient.id))


def test_entries_come_back_sorted_by_day(store, program):
    days = [date(2024, 3, 5), date(2024, 3, 1), date(2024, 3, 3)]
    entries = [make_entry(program, day, note=text) for day, text in zip(days, HOSTILE_TEXTS, strict=False)]
    for entry in entries:
        store.save_entry(entry)
    assert store.entries_for(program.id) == sorted(entries, key=lambda e: e.day)


def test_a_second_entry_for_the_same_day_replaces_the_first(store, program):
    first = make_entry(program, date(2024, 3, 1), pain_back=7)
    second = make_entry(program, date(2024, 3, 1), pain_back=3)
    store.save_entry(first)
    store.save_entry(second)
    assert store.entries_for(program.id) == [second]


def test_saving_an_entry_again_updates_it_even_when_its_day_moves(store, program):
    entry = make_entry(program, date(2024, 3, 1))
    store.save_entry(entry)
    moved = entry.model_copy(update={"day": date(2024, 3, 2), "note": "logged a day late"})
    store.save_entry(moved)
    assert store.entries_for(program.id) == [moved]


def test_entries_of_different_programs_on_the_same_day_are_kept(store, patient, program):
    other = store.save_program(make_program(patient.id, title="Walking"))
    store.save_entry(make_entry(program, date(2024, 3, 1)))
    store.save_entry(make_entry(other, date(2024, 3, 1)))
    assert len(store.entries_for(program.id)) == len(store.entries_for(other.id)) == 1


def test_deleting_an_entry(store, program):
    keep, drop = make_entry(program, date(2024, 3, 1)), make_entry(program, date(2024, 3, 2))
    store.save_entry(keep)
    store.save_entry(drop)
    store.delete_entry(drop)
    assert store.entries_for(program.id) == [keep]
    with pytest.raises(NotFound, match="No adherence entry"):
        store.delete_entry(drop)


def test_an_entry_for_an_unknown_program_is_refused(store, program):
    with pytest.raises(NotFound, match="No program with id"):
        store.save_entry(make_entry(program, date(2024, 3, 1)).model_copy(update={"program_id": "gone"}))


def test_outcome_scores_round_trip_sorted_by_day(store, patient):
    later = make_score(date(2024, 4, 1), note=HOSTILE_TEXTS[3])
    earlier = make_score(date(2024, 3, 1), measure=Measure.PAIN_NRS, score=6.5, items=())
    store.save_outcome(patient.id, later)
    store.save_outcome(patient.id, earlier)
    assert store.outcomes_for(patient.id) == [earlier, later]
    corrected = earlier.model_copy(update={"score": 5.0})
    store.save_outcome(patient.id, corrected)
    assert store.outcomes_for(patient.id) == [corrected, later]


def test_scores_of_one_day_come_back_in_the_same_order_on_every_database(store, patient):
    """Then by measure, as plain text: not in the database's collation, which on a PostgreSQL server
    usually sorts "pain NRS" between "ODI" and "PSFS", and on SQLite after both."""
    day = date(2024, 3, 1)
    for measure in (Measure.PAIN_NRS, Measure.PSFS, Measure.ODI):
        store.save_outcome(patient.id, make_score(day, measure=measure, score=3.0, items=()))
    measures = [score.measure for score in store.outcomes_for(patient.id)]
    assert measures == [Measure.ODI, Measure.PSFS, Measure.PAIN_NRS]


def test_an_outcome_score_cannot_move_to_another_patient(store, patient):
    other = make_patient(name="Other Patient")
    store.save_patient(other)
    score = make_score(date(2024, 3, 1))
    store.save_outcome(patient.id, score)
    with pytest.raises(ConflictError, match="belongs to another patient"):
        store.save_outcome(other.id, score)
    assert store.outcomes_for(other.id) == []


def test_clinic_exercises_round_trip_and_archived_ones_are_hidden_by_default(store):
    towel = clinic_exercise(name=HOSTILE_TEXTS[1])
    old = clinic_exercise(id="old-stretch", name="Old stretch", archived=True)
    store.save_clinic_exercise(towel)
    store.save_clinic_exercise(old)
    assert store.clinic_exercises().exercises == [towel]
    assert store.clinic_exercises(include_archived=True).exercises == [old, towel]
    restored = old.model_copy(update={"archived": False})
    store.save_clinic_exercise(restored)
    assert store.clinic_exercises().exercises == [restored, towel]


def test_a_bundled_exercise_is_not_stored_as_a_clinic_exercise(store):
    bundled = clinic_exercise(origin=Origin.BUNDLED)
    with pytest.raises(ValueError, match="Only the clinic's own exercises are stored; 'towel-squeeze'"):
        store.save_clinic_exercise(bundled)
    assert store.clinic_exercises(include_archived=True).exercises == []


@pytest.mark.parametrize("value", [None, True, 3, 2.5, "Łódź <b>", ["a", 1], {"nested": {"list": [1, None]}}])
def test_settings_round_trip(store, value):
    store.set_setting("some.key", value)
    assert store.get_setting("some.key", default="unset") == value


def test_a_missing_setting_gives_the_default_and_a_new_value_replaces_the_old(store):
    assert store.get_setting("units") is None
    assert store.get_setting("units", "kg") == "kg"
    store.set_setting("units", "lb")
    store.set_setting("units", "kg")
    assert store.get_setting("units") == "kg"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("when", date(2024, 1, 1), "cannot be stored"),
        ("ratio", float("nan"), "cannot be stored"),
        ("", 1, "1 to 200 characters"),
    ],
)
def test_values_that_are_not_json_are_refused(store, key, value, message):
    with pytest.raises(ValueError, match=message):
        store.set_setting(key, value)
    assert store.get_setting(key, "unset") == "unset"


def test_clinic_copies_share_one_pictures_object_and_load_equal(store):
    from ptplanner.core.pose import Pictures, Pose

    pictures = Pictures(start=Pose(base="standing"), end=Pose(base="standing", near_knee=90))
    saved = [clinic_exercise(id=f"clinic-copy-{n}", pictures=pictures) for n in range(3)]
    for exercise in saved:
        store.save_clinic_exercise(exercise)
    loaded = store.clinic_exercises().exercises
    assert sorted(loaded, key=lambda e: e.id) == sorted(saved, key=lambda e: e.id)
    assert len({id(e.pictures) for e in loaded}) == 1


def test_a_log_sheet_is_saved_all_or_nothing(store):
    patient = make_patient()
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    kept = make_entry(program, date(2024, 3, 1))
    store.save_entry(kept)
    new_day = make_entry(program, date(2024, 3, 2))
    stray = make_entry(program, date(2024, 3, 3)).model_copy(update={"program_id": "no-such-program"})
    with pytest.raises(NotFound):
        store.save_log([new_day, stray], [kept])
    assert store.entries_for(program.id) == [kept]  # neither the delete nor the first save happened
    store.save_log([new_day], [kept])
    assert store.entries_for(program.id) == [new_day]


def test_of_two_workstations_logging_the_same_day_at_once_the_later_entry_is_kept(
    db, store, program, second_workstation
):
    desk = make_entry(program, date(2024, 3, 1), note="typed in from the returned sheet")
    gym = make_entry(program, date(2024, 3, 1), note="recorded in the gym")
    at_once(
        db,
        lambda session: logs.save_entry(session, desk),
        second_workstation,
        lambda: Store(second_workstation).save_entry(gym),
    )
    assert store.entries_for(program.id) == [gym]


def test_of_two_workstations_saving_a_new_setting_at_once_the_later_value_is_kept(
    db, store, second_workstation
):
    at_once(
        db,
        lambda session: clinic.set_setting(session, "units", "kg"),
        second_workstation,
        lambda: Store(second_workstation).set_setting("units", "lb"),
    )
    assert store.get_setting("units") == "lb"


def test_of_two_workstations_adding_the_same_clinic_exercise_at_once_the_later_one_is_kept(
    db, store, second_workstation
):
    desk = clinic_exercise(summary="Added at the front desk.")
    gym = clinic_exercise(summary="Added in the gym.")
    at_once(
        db,
        lambda session: clinic.save_clinic_exercise(session, desk),
        second_workstation,
        lambda: Store(second_workstation).save_clinic_exercise(gym),
    )
    assert store.clinic_exercises().exercises == [gym]
