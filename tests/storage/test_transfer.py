"""Export a patient, import them into another database: identical data, or nothing at all."""

from __future__ import annotations

from datetime import date

import pytest
from storage_samples import HOSTILE_TEXTS, at_once, make_entry, make_patient, make_program, make_score, row_counts

from ptplanner.core.adherence import Measure
from ptplanner.core.exchange import PatientRecord, record_from_json, record_to_json
from ptplanner.storage import logs, transfer
from ptplanner.storage.database import AlreadyExists, default_database_url, open_database
from ptplanner.storage.store import Store


def fill(store: Store, name: str) -> str:
    """A patient with two programs (one saved three times), a log and outcome scores; returns the id."""
    patient = make_patient(name=name, notes=name, therapist=name[:500])
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id, title=name[:200]))
    program = store.save_program(program.model_copy(update={"title": "Week 6"}))
    program = store.save_program(program.model_copy(update={"stages": program.stages[1:], "moves": ()}))
    walking = store.save_program(make_program(patient.id, title="Walking", created_on=date(2024, 3, 1)))
    for day in (date(2024, 3, 2), date(2024, 3, 1)):
        store.save_entry(make_entry(program, day, note=name[:5000]))
    store.save_entry(make_entry(walking, date(2024, 3, 1)))
    store.save_outcome(patient.id, make_score(date(2024, 3, 1), note=name[:2000]))
    return patient.id


def same_apart_from_export_time(first: PatientRecord, second: PatientRecord) -> bool:
    return record_to_json(first.model_copy(update={"exported_at": second.exported_at})) == record_to_json(
        second
    )


@pytest.mark.parametrize("name", HOSTILE_TEXTS)
def test_export_import_export_gives_identical_json(store, other_db, name):
    exported = store.export_patient(fill(store, name))
    imported = Store(other_db).import_patient(record_from_json(record_to_json(exported)))
    again = Store(other_db).export_patient(imported.id)
    assert same_apart_from_export_time(exported, again)
    assert imported == exported.patient


def test_an_export_holds_every_saved_version_and_the_whole_log(store):
    record = store.export_patient(fill(store, "Ana"))
    assert [(p.title, p.version) for p in record.programs] == [("Week 6", 3), ("Walking", 1)]
    assert [p.version for p in record.program_history] == [1, 2, 3, 1]
    assert len(record.adherence) == 3
    assert len(record.outcomes) == 1
    assert record.app_version


def test_an_imported_program_keeps_its_versions_and_can_be_saved_again(store, other_db):
    record = store.export_patient(fill(store, "Ana"))
    other = Store(other_db)
    other.import_patient(record)
    program = record.programs[0]
    assert other.program_version(program.id, 1) == record.program_history[0]
    assert other.save_program(program).version == 4


def test_imported_versions_keep_when_they_were_saved(store, other_db):
    record = store.export_patient(fill(store, "Ana"))
    assert len(record.versions_saved) == len(record.program_history) == 4
    other = Store(other_db)
    other.import_patient(record)
    program = record.programs[0]
    assert other.prescriptions(program.id) == store.prescriptions(program.id)
    assert [v.saved_at for v in other.export_patient(record.patient.id).versions_saved] == [
        v.saved_at for v in record.versions_saved
    ]


def test_importing_a_patient_who_is_already_there_is_refused_and_changes_nothing(store, db):
    record = store.export_patient(fill(store, "Ana Silva"))
    before = row_counts(db)
    with pytest.raises(AlreadyExists) as refused:
        store.import_patient(record)
    assert "“Ana Silva”" in str(refused.value)
    assert "nothing was imported" in str(refused.value)
    assert row_counts(db) == before


def test_the_same_file_imported_on_two_workstations_at_once_is_refused_on_the_second(
    db, other_db, second_workstation
):
    record = Store(other_db).export_patient(fill(Store(other_db), "Ana Silva"))
    with pytest.raises(AlreadyExists, match="“Ana Silva”.*already in this database, so nothing was imported"):
        at_once(
            db,
            lambda session: transfer.import_patient(session, record),
            second_workstation,
            lambda: Store(second_workstation).import_patient(record),
        )
    assert Store(db).export_patient(record.patient.id).programs == record.programs


def test_a_program_id_used_by_another_patient_is_refused_before_anything_is_imported(store, other_db):
    record = store.export_patient(fill(store, "Ana"))
    other = Store(other_db)
    stranger = make_patient(name="Stranger")
    other.save_patient(stranger)
    other.save_program(make_program(stranger.id).model_copy(update={"id": record.programs[1].id}))
    before = row_counts(other_db)
    with pytest.raises(AlreadyExists, match=f"program {record.programs[1].id} is already in this database"):
        other.import_patient(record)
    assert row_counts(other_db) == before


def test_a_failure_half_way_through_an_import_leaves_nothing_behind(store, other_db, monkeypatch):
    record = store.export_patient(fill(store, "Ana"))

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(logs, "add_outcome", disk_full)
    before = row_counts(other_db)
    with pytest.raises(OSError, match="No space left"):
        Store(other_db).import_patient(record)
    assert row_counts(other_db) == before


def test_a_patient_moved_from_sqlite_to_postgresql_and_back_is_exported_identically(data_dir, postgres_url):
    on_sqlite, on_postgres = open_database(default_database_url(data_dir)), open_database(postgres_url)
    try:
        sqlite, postgres = Store(on_sqlite), Store(on_postgres)
        patient_id = fill(sqlite, HOSTILE_TEXTS[3])
        for measure in Measure:  # several scores on one day: their order must not depend on the database
            score = make_score(date(2024, 3, 8), measure=measure, score=2.0, items=())
            sqlite.save_outcome(patient_id, score)
        exported = sqlite.export_patient(patient_id)

        postgres.import_patient(record_from_json(record_to_json(exported)))
        moved = postgres.export_patient(patient_id)
        sqlite.erase_patient(patient_id)
        sqlite.import_patient(record_from_json(record_to_json(moved)))

        assert same_apart_from_export_time(exported, moved)
        assert same_apart_from_export_time(exported, sqlite.export_patient(patient_id))
    finally:
        on_sqlite.close()
        on_postgres.close()
