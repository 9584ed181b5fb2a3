"""The word index of patient search (storage/patient_words.py): kept in step with every save and erasure,
filled in by migration 0013, and finding exactly the patients the plain scan of search_key finds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_samples import engine_at_revision, make_patient

from ptplanner.core.names import search_needle
from ptplanner.storage import patient_words
from ptplanner.storage.database import Database, open_database
from ptplanner.storage.models import PatientRow, PatientWordRow, SearchWordRow
from ptplanner.storage.patients import exact_condition, search_key
from ptplanner.storage.store import Store


def words_of(db: Database) -> tuple[set[tuple[str, str]], set[str]]:
    with db.session() as session:
        pairs = {(row.word, row.patient_id) for row in session.scalars(sa.select(PatientWordRow))}
        return pairs, set(session.scalars(sa.select(SearchWordRow.word)))


def scanned(db: Database, typed: str) -> list[str]:
    """The ids the search before the word index found: the exact match over every patient, in name order."""
    query = sa.select(PatientRow.id).where(exact_condition(search_needle(typed), typed.strip()))
    with db.session() as session:
        return list(session.scalars(query.order_by(PatientRow.search_key, PatientRow.id)))


def test_words_follow_every_save_and_erasure(store, db):
    ana = make_patient(name="Ana Smith-Jones", therapist="Bo")
    store.save_patient(ana)
    pairs, words = words_of(db)
    assert pairs == {(w, ana.id) for w in ("ana", "smith", "jones", "bo", "1961", "04", "09")}
    assert words == {w for w, _ in pairs}
    store.save_patient(ana.model_copy(update={"name": "Ana Okafor"}))
    pairs, words = words_of(db)
    assert {w for w, _ in pairs} == words == {"ana", "okafor", "bo", "1961", "04", "09"}
    bo = make_patient(name="Bo Okafor", therapist="Bo")
    store.save_patient(bo)
    store.erase_patient(ana.id)
    pairs, words = words_of(db)
    assert {p for _, p in pairs} == {bo.id}
    assert words == {"bo", "okafor", "1961", "04", "09"}  # "ana" was theirs alone, and is gone


def test_a_word_is_found_inside_another_at_its_start_and_across_words(store):
    smith = make_patient(name="Zoë Smith-Jones", surgeon="Dr. O'Brien", date_of_birth=date(1970, 11, 2))
    store.save_patient(smith)
    store.save_patient(make_patient(name="Ana Silva"))
    for typed in ("mit", "SMITH-JO", "th-jones", "zoe smith-jones", "o'bri", "'brien", "1970-11-0"):
        assert store.find_patients(typed) == [smith], typed
    assert store.find_patients("smith jones") == []  # a hyphen typed as a space is another text


def test_many_candidates_give_the_same_patients_as_few(store, monkeypatch):
    patients = [make_patient(name=f"Ana Nowak {n}") for n in range(12)]
    for patient in patients:
        store.save_patient(patient)
    few = [store.find_patients(typed, limit=5) for typed in ("nowak", "ana now", "1")]
    monkeypatch.setattr(patient_words, "MOST_ENTRIES", 3)  # too many: the scan of search_key instead
    assert [store.find_patients(typed, limit=5) for typed in ("nowak", "ana now", "1")] == few
    assert len(few[0]) == 5


def test_the_update_fills_in_the_words_of_patients_saved_before_it(
    backend: str, database_url: str, data_dir: Path
):
    engine = engine_at_revision(backend, database_url, data_dir, "0012")
    born = [date(1950, 1, 1 + n % 28) for n in range(6001)]
    patients = [make_patient(name=f"Émile Dupré {n}", date_of_birth=day) for n, day in enumerate(born)]
    blank = {"procedure": "", "fused_levels": [], "therapist": "", "precautions": [], "notes": ""}
    try:
        with engine.begin() as connection:  # more than one batch of 5,000
            rows = [
                {"id": p.id, "name": p.name, "date_of_birth": p.date_of_birth, "search_key": search_key(p),
                 "created_at": p.surgery_date, "updated_at": p.surgery_date, **blank}
                for p in patients
            ]
            connection.execute(sa.insert(PatientRow.__table__), rows)
    finally:
        engine.dispose()
    db = open_database(database_url)
    try:
        pairs, words = words_of(db)
        assert len({p for _, p in pairs}) == 6001 and {"emile", "dupre", "6000", "1950"} <= words
        assert [p.id for p in Store(db).find_patients("dupré 6000")] == [patients[6000].id]
        assert len(Store(db).find_patients("emile")) == 6001
    finally:
        db.close()


name = st.text(st.sampled_from("aAeéÉoøìçßŁ '-.,1"), min_size=1, max_size=14).filter(str.strip)
names = st.lists(name, min_size=1, max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=names,
    cuts=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 14), st.integers(1, 8)), max_size=6),
    typed=st.lists(st.text(st.sampled_from("aeEÉo ø'-ss1"), min_size=1, max_size=5), max_size=3),
)
def test_the_word_index_finds_exactly_what_the_scan_finds(store, db, names, cuts, typed):
    for patient in store.list_patients():  # what the last example saved
        store.erase_patient(patient.id)
    patients = [make_patient(name=name, therapist=f"T {name[::-1]}") for name in names]
    for patient in patients:
        store.save_patient(patient)
    pieces = [names[n % len(names)][start : start + size] for n, start, size in cuts]  # parts of names
    for text in [*pieces, *typed, patients[0].id[:6].upper()]:
        if search_needle(text):
            found = [p.id for p in store.find_patients(text)]  # in name order, whatever the collation
            assert len(found) == len(set(found)) and set(found) == set(scanned(db, text)), text
    pairs, words = words_of(db)
    assert words == {w for w, _ in pairs} and {p for _, p in pairs} <= {p.id for p in patients}


def test_on_postgresql_the_collation_is_asked_once_per_engine(postgres_url):
    """The collation cannot change under an open database: the catalog is read by the first search only,
    and again by the database opened afresh."""
    db = open_database(postgres_url)
    Store(db).save_patient(make_patient(name="Ana Okafor"))
    db.close()
    for _ in range(2):
        asked: list[str] = []
        db = open_database(postgres_url)

        @sa.event.listens_for(db.engine, "before_cursor_execute")
        def catalog_read(_connection, _cursor, statement, *_, asked=asked):
            if "pg_database" in statement or "server_version_num" in statement:
                asked.append(statement)

        try:
            for typed in ("okafor", "ana oka", "okaf", "1961", "okafor"):
                assert [p.name for p in Store(db).search_patients(typed, 40)] == ["Ana Okafor"], typed
        finally:
            db.close()
        assert 1 <= len(asked) <= 3, asked  # by the first search, for the engine's life


def test_on_postgresql_the_word_index_holds_the_search_key(backend: str, database_url: str, data_dir: Path):
    """A search reads the primary key of patient_words alone (an index-only scan), in a new database and in
    one made before migration 0014."""
    if backend != "postgresql":
        pytest.skip("SQLite keeps the rows of patient_words in their primary key itself")
    engine = engine_at_revision(backend, database_url, data_dir, "0013")
    engine.dispose()
    db = open_database(database_url)
    definition = "SELECT indexdef FROM pg_indexes WHERE indexname = 'pk_patient_words'"
    try:
        with db.engine.connect() as connection:
            assert connection.scalar(sa.text(definition)).endswith("(word, patient_id) INCLUDE (search_key)")
    finally:
        db.close()
