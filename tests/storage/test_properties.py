"""Property tests: whatever is saved, in whatever order, the store holds what a plain model says."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from postgres_server import fresh_postgres_schema
from storage_samples import make_program

from ptplanner.core.adherence import AdherenceEntry, ItemCompletion
from ptplanner.core.exchange import record_from_json, record_to_json
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Unit
from ptplanner.storage.database import open_database
from ptplanner.storage.store import Store

# Any text ptplanner can store: no lone surrogates (UTF-8 cannot hold them) and no NUL (PostgreSQL refuses it).
characters = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")


def text(max_size: int) -> st.SearchStrategy[str]:
    return st.text(characters, max_size=max_size)


def line(max_size: int) -> st.SearchStrategy[str]:
    return text(max_size).filter(str.strip)


precautions = st.one_of(
    st.builds(
        Precaution,
        kind=st.sampled_from(
            [PrecautionKind.NO_BENDING, PrecautionKind.NO_LIFTING, PrecautionKind.NO_TWISTING]
        ),
        until=st.none() | st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    ),
    st.builds(
        Precaution,
        kind=st.just(PrecautionKind.LIFTING_LIMIT),
        limit=st.floats(0.5, 45),
        unit=st.just(Unit.KG),
    ),
    st.builds(Precaution, kind=st.just(PrecautionKind.OTHER), note=line(1000)),
)


@st.composite
def patients(draw: st.DrawFn) -> Patient:
    born = draw(st.dates(date(1900, 1, 1), date(2015, 12, 31)))
    operated = draw(st.none() | st.integers(1, 365 * 60).map(lambda days: born + timedelta(days=days)))
    return Patient(
        name=draw(line(300)),
        date_of_birth=born,
        surgery_date=operated,
        procedure=draw(text(500)),
        fused_levels=tuple(
            draw(st.lists(st.sampled_from(["L4-L5", "L5-S1", "T12-L1", "S1-S2"]), unique=True))
        ),
        therapist=draw(text(50)),
        precautions=tuple(draw(st.lists(precautions, max_size=3))),
        notes=draw(text(2000)),
    )


pain = st.none() | st.integers(0, 10)


def entries_for(item_ids: list[str], program_id: str) -> st.SearchStrategy[AdherenceEntry]:
    completions = st.lists(
        st.builds(ItemCompletion, item_id=st.sampled_from(item_ids), sessions_done=st.integers(0, 24)),
        unique_by=lambda c: c.item_id,
    ).map(tuple)
    return st.builds(
        AdherenceEntry,
        program_id=st.just(program_id),
        day=st.dates(date(2024, 1, 1), date(2024, 1, 10)),  # few days, so some saves replace others
        completions=completions,
        pain_back=pain,
        pain_leg=pain,
        pain_back_after=pain,
        pain_leg_after=pain,
        note=text(300),
    )


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@contextmanager
def fresh_store(backend: str, schema: str = "public") -> Iterator[Store]:
    # SQLite in memory: the same tables and SQL, and fast enough for many examples.
    db = open_database("sqlite://" if backend == "sqlite" else fresh_postgres_schema(schema))
    try:
        yield Store(db)
    finally:
        db.close()


patient_operations = st.lists(
    st.one_of(
        st.tuples(st.just("save"), patients()),
        st.tuples(st.just("rename"), st.integers(0, 50), line(100)),
        st.tuples(st.just("erase"), st.integers(0, 50)),
    ),
    max_size=12,
)


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=40, deadline=None)
@given(patient_operations)
def test_the_stored_patients_are_what_was_saved_renamed_and_erased(backend, operations):
    model: dict[str, Patient] = {}
    with fresh_store(backend) as store:
        for operation in operations:
            if operation[0] == "save":
                patient = operation[1]
                store.save_patient(patient)
                model[patient.id] = patient
            elif model:
                patient_id = sorted(model)[operation[1] % len(model)]
                if operation[0] == "rename":
                    model[patient_id] = model[patient_id].model_copy(update={"name": operation[2]})
                    store.save_patient(model[patient_id])
                else:
                    store.erase_patient(patient_id)
                    del model[patient_id]
        listed = store.list_patients()
        assert {p.id: p for p in listed} == model
        assert len(listed) == len(model)
        assert all(store.get_patient(patient_id) == patient for patient_id, patient in model.items())


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(patients(), st.data())
def test_the_log_holds_the_last_entry_saved_for_each_day_and_survives_export_and_import(
    backend, patient, data
):
    with fresh_store(backend) as store, fresh_store(backend, "other") as other:
        store.save_patient(patient)
        program = store.save_program(make_program(patient.id))
        item_ids = [item.id for item in program.items()]
        model: dict[date, AdherenceEntry] = {}
        for entry in data.draw(st.lists(entries_for(item_ids, program.id), max_size=8)):
            store.save_entry(entry)
            model[entry.day] = entry
        assert store.entries_for(program.id) == sorted(model.values(), key=lambda e: e.day)

        exported = store.export_patient(patient.id)
        other.import_patient(record_from_json(record_to_json(exported)))
        again = other.export_patient(patient.id)
        assert again.model_copy(update={"exported_at": exported.exported_at}) == exported
        assert record_to_json(
            again.model_copy(update={"exported_at": exported.exported_at})
        ) == record_to_json(exported)
