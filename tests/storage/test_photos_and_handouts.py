"""Clinic photos and printed handouts: stored exactly, tied to what they belong to."""

import hashlib

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy import update

from ptplanner.core.exercise import Origin
from ptplanner.storage.errors import DatabaseDamaged, NotFound
from ptplanner.storage.handouts import handout_pdf, handouts_for, record_handout
from ptplanner.storage.models import ExercisePhotoRow, HandoutRow
from ptplanner.storage.patients import now
from ptplanner.storage.photos import delete_photos, load_photo, save_photo

from storage_samples import at_once, make_exercise, make_patient, make_program

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_a_photo_round_trips_and_can_be_replaced_and_deleted(db, store):
    store.save_clinic_exercise(make_exercise(id="clinic-bridge", origin=Origin.CLINIC))
    save_photo(db, "clinic-bridge", "start", PNG, "image/png")
    assert load_photo(db, "clinic-bridge", "start") == (PNG, "image/png")
    assert load_photo(db, "clinic-bridge", "end") is None
    save_photo(db, "clinic-bridge", "start", b"\xff\xd8jpeg", "image/jpeg")
    assert load_photo(db, "clinic-bridge", "start") == (b"\xff\xd8jpeg", "image/jpeg")
    delete_photos(db, "clinic-bridge")
    assert load_photo(db, "clinic-bridge", "start") is None


@pytest.mark.parametrize(
    ("which", "data", "mime", "message"),
    [
        ("middle", PNG, "image/png", "start or the end"),
        ("start", PNG, "image/gif", "PNG or JPEG"),
        ("start", b"", "image/png", "between"),
        ("start", b"x" * (10 * 2**20 + 1), "image/png", "between"),
    ],
)
def test_bad_photos_are_refused(db, store, which, data, mime, message):
    store.save_clinic_exercise(make_exercise(id="clinic-bridge", origin=Origin.CLINIC))
    with pytest.raises(ValueError, match=message):
        save_photo(db, "clinic-bridge", which, data, mime)
    assert load_photo(db, "clinic-bridge", "start") is None


def test_a_photo_needs_a_clinic_exercise(db):
    with pytest.raises(NotFound):
        save_photo(db, "bridge", "start", PNG, "image/png")


def saved_program(store):
    patient = make_patient()
    store.save_patient(patient)
    return patient, store.save_program(make_program(patient.id))


def test_a_handout_reprints_byte_for_byte_after_the_program_changes(db, store):
    patient, program = saved_program(store)
    pdf = b"%PDF-1.4 first handout\n" + bytes(range(256))  # every byte value, NUL included
    record = record_handout(db, patient.id, program.id, program.version, {"paper": "a4"}, pdf)
    store.save_program(program.model_copy(update={"title": "Changed later"}))
    reprint = handout_pdf(db, record.id)
    assert type(reprint) is bytes and reprint == pdf  # bytes, not a memoryview that only compares equal
    [listed] = handouts_for(db, patient.id)
    assert listed == record
    assert listed.options == {"paper": "a4"} and listed.sha256 == hashlib.sha256(pdf).hexdigest()


def test_handouts_are_listed_newest_first_and_erased_with_the_patient(db, store):
    patient, program = saved_program(store)
    first = record_handout(db, patient.id, program.id, program.version, {}, b"%PDF one")
    second = record_handout(db, patient.id, program.id, program.version, {}, b"%PDF two")
    assert [h.id for h in handouts_for(db, patient.id)] == [second.id, first.id]
    store.erase_patient(patient.id)
    assert handouts_for(db, patient.id) == []
    with pytest.raises(NotFound):
        handout_pdf(db, first.id)


def test_only_a_saved_program_version_can_be_printed(db, store):
    patient, program = saved_program(store)
    with pytest.raises(NotFound, match="save before printing"):
        record_handout(db, patient.id, program.id, program.version + 1, {}, b"%PDF")


def test_a_damaged_stored_handout_is_reported_not_handed_out(db, store):
    patient, program = saved_program(store)
    record = record_handout(db, patient.id, program.id, program.version, {}, b"%PDF good")
    with db.session() as session:
        session.execute(update(HandoutRow).values(pdf=b"%PDF bad!"))
    with pytest.raises(DatabaseDamaged):
        handout_pdf(db, record.id)


def test_photos_are_replaced_together_and_listed_in_one_query(db, store):
    from ptplanner.storage.photos import replace_photos, stored_photo_kinds

    store.save_clinic_exercise(make_exercise(id="clinic-bridge", origin=Origin.CLINIC))
    replace_photos(db, "clinic-bridge", {"start": (PNG, "image/png"), "end": (PNG, "image/png")})
    assert stored_photo_kinds(db) == {("clinic-bridge", "start"), ("clinic-bridge", "end")}
    replace_photos(db, "clinic-bridge", {"start": None, "end": (b"\xff\xd8new", "image/jpeg")})
    assert stored_photo_kinds(db) == {("clinic-bridge", "end")}
    assert load_photo(db, "clinic-bridge", "end") == (b"\xff\xd8new", "image/jpeg")
    with pytest.raises(ValueError):
        replace_photos(db, "clinic-bridge", {"end": (PNG, "image/gif")})
    assert load_photo(db, "clinic-bridge", "end") == (b"\xff\xd8new", "image/jpeg")  # nothing half-done


def test_an_exercise_and_its_photos_are_saved_in_one_transaction(db, store, monkeypatch):
    from ptplanner.storage import photos
    from ptplanner.storage.photos import stored_photo_kinds

    exercise = make_exercise(id="clinic-bridge", origin=Origin.CLINIC)
    store.save_clinic_exercise(exercise, {"start": (PNG, "image/png"), "end": None})
    assert stored_photo_kinds(db) == {("clinic-bridge", "start")}

    def full_disk(*args, **kwargs):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(photos, "upsert", full_disk)  # the photo write fails after the exercise's
    renamed = exercise.model_copy(update={"name": "Bridge, renamed"})
    with pytest.raises(OperationalError):
        store.save_clinic_exercise(renamed, {"start": (PNG, "image/png"), "end": (PNG, "image/png")})
    [stored] = [e for e in store.clinic_exercises().exercises if e.id == "clinic-bridge"]
    assert stored.name == exercise.name  # the exercise was not saved without its photos
    assert stored_photo_kinds(db) == {("clinic-bridge", "start")}


def test_a_bad_photo_is_refused_before_the_exercise_is_written(db, store):
    with pytest.raises(ValueError):
        store.save_clinic_exercise(
            make_exercise(id="clinic-new", origin=Origin.CLINIC), {"start": (PNG, "image/gif")}
        )
    assert [e for e in store.clinic_exercises().exercises if e.id == "clinic-new"] == []


def test_of_two_workstations_adding_a_photo_at_once_the_later_one_is_kept(db, store, second_workstation):
    store.save_clinic_exercise(make_exercise(id="clinic-bridge", origin=Origin.CLINIC))
    first = ExercisePhotoRow(
        exercise_id="clinic-bridge", which="start", mime="image/png", data=PNG, created_at=now()
    )
    at_once(
        db,
        lambda session: session.add(first),
        second_workstation,
        lambda: save_photo(second_workstation, "clinic-bridge", "start", b"\xff\xd8gym", "image/jpeg"),
    )
    assert load_photo(db, "clinic-bridge", "start") == (b"\xff\xd8gym", "image/jpeg")
