"""A patient's handout language: stored, listed, carried through export and import, and added to an
existing database by migration 0008 without touching its patients."""

from __future__ import annotations

import json
from datetime import date

from storage_samples import make_patient
from test_update_copy import database_at, revision_of

from ptplanner.core.exchange import FORMAT_VERSION, record_from_json, record_to_json
from ptplanner.core.language import Language
from ptplanner.storage.database import default_database_url, open_database
from ptplanner.storage.migrate import head_revision
from ptplanner.storage.store import Store
from ptplanner.storage.summaries import patient_list


def test_the_language_is_stored_and_read_back_and_none_follows_the_clinic(store):
    spanish = make_patient(name="Dolores Ramírez", language=Language.SPANISH)
    clinic = make_patient(name="Ana Silva")
    store.save_patient(spanish)
    store.save_patient(clinic)
    assert store.get_patient(spanish.id).language is Language.SPANISH
    assert store.get_patient(clinic.id).language is None
    store.save_patient(spanish.model_copy(update={"language": Language.ENGLISH}))
    assert store.get_patient(spanish.id).language is Language.ENGLISH


def test_the_language_travels_through_export_and_import(store, other_db):
    patient = make_patient(name="Dolores Ramírez", language=Language.SPANISH)
    store.save_patient(patient)
    exported = store.export_patient(patient.id)
    text = record_to_json(exported)
    data = json.loads(text)
    assert data["patient"]["language"] == "es" and data["format_version"] == FORMAT_VERSION
    imported = Store(other_db).import_patient(record_from_json(text))
    assert imported.language is Language.SPANISH and imported == patient


def test_a_file_from_before_languages_imports_with_the_clinics_language(store, other_db):
    patient = make_patient(name="Ana Silva")
    store.save_patient(patient)
    data = json.loads(record_to_json(store.export_patient(patient.id)))
    del data["patient"]["language"]
    data["format_version"] = 3
    imported = Store(other_db).import_patient(record_from_json(json.dumps(data)))
    assert imported.language is None


def test_an_unknown_language_in_a_file_is_refused_naming_the_field(store):
    patient = make_patient(name="Ana Silva")
    store.save_patient(patient)
    data = json.loads(record_to_json(store.export_patient(patient.id)))
    data["patient"]["language"] = "xx"
    try:
        record_from_json(json.dumps(data))
    except ValueError as error:
        assert "patient.language" in str(error)
    else:
        raise AssertionError("an unknown language was accepted")


def test_migration_0008_adds_the_language_and_keeps_every_patient(data_dir):
    path = database_at("0007", data_dir)
    assert revision_of(path) == "0007"
    database = open_database(default_database_url(data_dir))
    try:
        patients = Store(database).list_patients()
        assert [p.name for p in patients] == ["Ana Silva"] and patients[0].language is None
        assert revision_of(path) == head_revision()  # 0008 and every later migration ran
        patient = patients[0].model_copy(update={"language": Language.SPANISH})
        Store(database).save_patient(patient)
        assert Store(database).get_patient(patient.id).language is Language.SPANISH
    finally:
        database.close()


def test_the_patient_list_names_the_language(db):
    store = Store(db)
    store.save_patient(make_patient(name="Dolores Ramírez", language=Language.SPANISH))
    store.save_patient(make_patient(name="Ana Silva"))
    rows = {row.name: row.language for row in patient_list(db, date(2026, 12, 4))}
    assert rows == {"Dolores Ramírez": "Español", "Ana Silva": ""}


def test_the_clinics_language_is_kept_with_its_settings(store):
    from ptplanner.core.clinic import ClinicSettings
    from ptplanner.storage.clinic_settings import load_clinic_settings, save_clinic_settings

    assert load_clinic_settings(store).language is Language.ENGLISH  # settings saved before it: English
    save_clinic_settings(store, ClinicSettings(name="Clínica del Valle", language=Language.SPANISH))
    assert load_clinic_settings(store).language is Language.SPANISH
