"""Patient search by name, surgeon, therapist, date of birth or id, case and accents ignored, through the
indexed search_key column (migration 0011 fills it in for patients saved before it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from storage_samples import add_patient_at_old_schema, engine_at_revision, make_patient, sqlite_only

from ptplanner.storage import patient_words
from ptplanner.storage.database import open_database
from ptplanner.storage.store import Store


def test_find_by_surgeon_therapist_or_date_of_birth(store):
    ana = make_patient(name="Ana Silva", surgeon="Dr. Grace Whitfield", therapist="Sam Rivera, PT")
    bo = make_patient(name="Bo Strand", date_of_birth=date(1950, 12, 24), therapist="Mei Lin, DPT")
    for patient in (ana, bo):
        store.save_patient(patient)
    assert store.find_patients("whitfield") == [ana]
    assert store.find_patients("MEI LIN") == [bo]
    assert store.find_patients("1950-12-24") == [bo]
    assert store.find_patients("1950-12") == [bo]
    assert store.find_patients("1961-04-09") == [ana]  # make_patient's date of birth
    assert store.find_patients(", ") == [ana, bo]  # both therapists' names have a comma


def test_find_ignores_accents_and_case_both_ways(store):
    elodie = make_patient(name="Élodie Ramírez", surgeon="Dr. Søren Müller")
    jose = make_patient(name="jose garcia")
    for patient in (elodie, jose):
        store.save_patient(patient)
    assert store.find_patients("elodie RAMIREZ") == [elodie]
    assert store.find_patients("müll") == store.find_patients("MULL") == [elodie]
    assert store.find_patients("José García") == [jose]


def test_a_match_never_spans_two_fields(store):
    store.save_patient(make_patient(name="Ana Silva", surgeon="Vaz"))
    assert store.find_patients("silva vaz") == []
    assert store.find_patients("silva\x1fvaz") == []


def test_wildcards_typed_are_plain_characters(store):
    fit = make_patient(name="Max 100% Fit_ness")
    store.save_patient(fit)
    store.save_patient(make_patient(name="Ana Silva"))
    assert store.find_patients("0% fit_") == [fit]
    assert store.find_patients("%") == [fit]
    assert store.find_patients("_") == [fit]


def test_a_saved_change_is_found_at_once_and_the_old_value_no_longer(store):
    ana = make_patient(name="Ana Silva", surgeon="Dr. Vaz")
    store.save_patient(ana)
    moved = ana.model_copy(update={"surgeon": "Dr. Okafor"})
    store.save_patient(moved)
    assert store.find_patients("okafor") == [moved]
    assert store.find_patients("vaz") == []


def test_a_limit_gives_the_first_matches_in_name_order(store):
    patients = [make_patient(name=f"Ana {letter}") for letter in "EDCBA"]
    for patient in patients:
        store.save_patient(patient)
    assert [p.name for p in store.find_patients("ana", limit=2)] == ["Ana A", "Ana B"]
    assert [p.name for p in store.find_patients("", limit=3)] == ["Ana A", "Ana B", "Ana C"]
    assert len(store.find_patients("ana")) == 5


def _plans(db, search) -> list[str]:
    """The query plan of each statement `search` runs that reads patients or their words."""
    statements: list[tuple[str, tuple]] = []

    def record(connection, cursor, statement, parameters, *args):
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        search()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    with db.engine.connect() as connection:
        explained = [
            connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            for statement, parameters in statements
            if "patient" in statement
        ]
    return [" ".join(row[-1] for row in plan) for plan in explained]


@sqlite_only
def test_on_sqlite_a_rare_name_is_found_through_the_word_index(db, store):
    store.save_patient(make_patient())
    [words, by_id, search, rows] = _plans(db, lambda: store.find_patients("ilv", limit=50))
    assert "SEARCH patient_words USING PRIMARY KEY" in words and "SCAN search_words" in words
    assert all("SEARCH patients USING" in plan and "SCAN" not in plan for plan in (by_id, search, rows))


@sqlite_only
def test_on_sqlite_a_common_name_is_found_through_the_index_on_search_key(db, store, monkeypatch):
    monkeypatch.setattr(patient_words, "MOST_ENTRIES", 0)  # every search finds too many entries
    store.save_patient(make_patient())
    [_, search, _] = _plans(db, lambda: store.find_patients("silva", limit=50))
    assert "COVERING INDEX ix_patients_search_key" in search and "TEMP B-TREE" not in search


def test_the_update_fills_in_the_search_key_of_patients_saved_before_it(
    backend: str, database_url: str, data_dir: Path
):
    engine = engine_at_revision(backend, database_url, data_dir, "0010")
    try:
        born = [date(1960, 1, 1 + n % 28) for n in range(2500)]
        patients = [make_patient(name=f"Zoë Nowak {n}", date_of_birth=day) for n, day in enumerate(born)]
        for patient in patients[:3]:
            add_patient_at_old_schema(engine, patient)
        with engine.begin() as connection:
            connection.execute(sa.text("UPDATE patients SET surgeon = 'Dr. Åsa Berg'"))
        for patient in patients[3:]:  # more than one batch of 2,000
            add_patient_at_old_schema(engine, patient)
    finally:
        engine.dispose()
    db = open_database(database_url)
    try:
        store = Store(db)
        assert len(store.find_patients("zoe nowak")) == 2500
        assert store.find_patients("asa berg") == [p.model_copy(update={"surgeon": "Dr. Åsa Berg"}) for p in patients[:3]]
        born_28th = {p.id for p in patients if p.date_of_birth.day == 28}
        assert {p.id for p in store.find_patients("1960-01-28")} == born_28th and len(born_28th) == 89
    finally:
        db.close()


def test_search_as_you_type_rows_are_the_first_matches_in_name_order(store):
    patients = [make_patient(name=f"Ána {letter}", surgeon="Dr. Vaz") for letter in "DCBA"]
    for patient in [*patients, make_patient(name="Bo Strand")]:
        store.save_patient(patient)
    found = store.search_patients("ana", limit=3)
    assert [(m.name, m.surgeon, m.date_of_birth) for m in found] == [
        (f"Ána {letter}", "Dr. Vaz", date(1961, 4, 9)) for letter in "ABC"
    ]
    assert [m.id for m in found] == [p.id for p in store.find_patients("ana", limit=3)]
    assert [m.name for m in store.search_patients("", limit=10)] == ["Ána A", "Ána B", "Ána C", "Ána D", "Bo Strand"]
