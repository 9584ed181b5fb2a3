"""The patient list a page at a time (storage/patient_pages.py), on a real SQLite file of a few thousand
patients: pages join up into the whole list, in the order and with the rows the whole list has."""

from __future__ import annotations

from datetime import date

import pytest
from many_patients import COUNT, DISCHARGED_EVERY, build_many_patients, opened_copy
from storage_samples import make_patient

from ptplanner.app.clinic import Clinic
from ptplanner.core.names import name_order
from ptplanner.core.patient_list import ListOrder, PatientQuery
from ptplanner.storage.summaries import patient_list

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def clinic_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages") / "data"
    build_many_patients(folder, TODAY)
    return folder


@pytest.fixture
def clinic(clinic_template, tmp_path):
    with opened_copy(clinic_template, tmp_path / "copy") as workspace:
        yield Clinic(workspace)


def all_pages(clinic: Clinic, query: PatientQuery, size: int = 300):
    rows, offset = [], 0
    while True:
        page = clinic.patient_page(TODAY, query, offset, size)
        rows.extend(page.rows)
        offset += size
        if not page.more:
            return rows


def test_pages_join_up_into_the_whole_list_in_name_order(clinic):
    whole = patient_list(clinic.workspace.database, TODAY)
    paged = all_pages(clinic, PatientQuery())
    active = COUNT - COUNT // DISCHARGED_EVERY
    assert len(paged) == len(whole) == active == clinic.patient_count(PatientQuery())
    assert sorted(paged, key=lambda row: row.patient_id) == sorted(whole, key=lambda row: row.patient_id)
    keys = [name_order(row.name)[0] for row in paged]
    assert keys == sorted(keys)
    first = clinic.patient_page(TODAY, PatientQuery(), 0, 40)
    assert first.more and list(first.rows) == paged[:40]
    backwards = all_pages(clinic, PatientQuery(descending=True))
    assert [row.patient_id for row in backwards] == [row.patient_id for row in reversed(paged)]


def test_a_program_shows_its_stage_and_a_discharged_patient_when_they_left(clinic):
    with_program = [row for row in all_pages(clinic, PatientQuery()) if row.stage != "no program yet"]
    assert len(with_program) == 5  # the sixth was discharged
    assert all(row.stage.startswith("1 of ") for row in with_program)
    left = all_pages(clinic, PatientQuery(discharged=True))
    assert len(left) == COUNT // DISCHARGED_EVERY == clinic.patient_count(PatientQuery(discharged=True))
    assert {row.flags for row in left} == {(f"discharged {TODAY.isoformat()}: goals met",)}


def test_search_pages_ignore_case_and_accents_and_match_the_surgeon(clinic):
    found = all_pages(clinic, PatientQuery(text="ZOE silva 00"), size=7)
    assert {row.name for row in found} == {f"Zoë Silva {n:04d}" for n in range(3, 100, 10) if n % 50}
    count = lambda text: clinic.patient_count(PatientQuery(text=text))  # noqa: E731
    assert count("élodie") == count("ELODIE") == 250
    assert clinic.patient_count(PatientQuery(text="ahmed")) == 0  # no transliteration: Ахмед is not Ahmed
    assert clinic.patient_count(PatientQuery(text="ахмед")) == 250
    by_surgeon = all_pages(clinic, PatientQuery(text="dr. vaz 2"))
    assert len(by_surgeon) == clinic.patient_count(PatientQuery(text="vaz 2")) > 700
    assert clinic.patient_page(TODAY, PatientQuery(text="nobody at all"), 0, 40).rows == ()


def test_pages_in_week_and_language_order(clinic):
    by_week = all_pages(clinic, PatientQuery(order=ListOrder.WEEK))
    weeks = [-1 if row.week is None else row.week for row in by_week]
    assert weeks == sorted(weeks) and weeks[0] == -1 and len(set(weeks)) > 50
    down = all_pages(clinic, PatientQuery(order=ListOrder.WEEK, descending=True))
    assert [-1 if row.week is None else row.week for row in down] == sorted(weeks, reverse=True)
    languages = [row.language for row in all_pages(clinic, PatientQuery(order=ListOrder.LANGUAGE))]
    assert languages == sorted(languages) and set(languages) == {"", "Español"}


def test_a_change_saved_shows_in_the_next_page_read(clinic):
    newcomer = make_patient(name="Aaron Aardvark")
    clinic.save_patient(newcomer)
    assert clinic.patient_page(TODAY, PatientQuery(), 0, 1).rows[0].name == "Aaron Aardvark"
    clinic.save_patient(newcomer.model_copy(update={"name": "Zzz Last"}))
    assert clinic.patient_page(TODAY, PatientQuery(), 0, 1).rows[0].name == "Ana Silva 0010"
    found = clinic.patient_page(TODAY, PatientQuery(text="zzz"), 0, 5).rows
    assert [row.name for row in found] == ["Zzz Last"]
    assert clinic.patient_count(PatientQuery(text="aardvark")) == 0
    clinic.discharge_patient(newcomer.id, TODAY)
    assert clinic.patient_count(PatientQuery(text="zzz last")) == 0
    assert clinic.patient_count(PatientQuery(discharged=True, text="zzz last")) == 1


def test_the_first_page_reads_only_its_patients(clinic):
    """A page reads its patients' programs and logs by id, never every program or log of the clinic."""
    from sqlalchemy import event

    statements: list[str] = []
    engine = clinic.workspace.database.engine
    record = lambda conn, cursor, statement, *args: statements.append(statement)  # noqa: E731
    event.listen(engine, "before_cursor_execute", record)
    try:
        clinic.patient_page(TODAY, PatientQuery(), 0, 50)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    reads = [s for s in statements if "FROM programs" in s or "FROM adherence_months" in s]
    assert reads and all(" IN (" in s for s in reads)


def test_pages_on_either_database(db):
    """On SQLite and PostgreSQL alike: the tab, the order (no surgery date first by week) and the count."""
    from ptplanner.storage import discharges
    from ptplanner.storage.patient_pages import patient_count, patient_page
    from ptplanner.storage.store import Store

    store = Store(db)
    names = {"élise Marti": date(2026, 11, 1), "Bo Lund": None, "Ana Ruiz": date(2026, 1, 5), "Cai Wen": None}
    for name, surgery in names.items():
        store.save_patient(make_patient(name=name, surgery_date=surgery))
    left = make_patient(name="Aaron Left")
    store.save_patient(left)
    discharges.discharge(db, left.id, TODAY, "moved")

    def shown(query: PatientQuery) -> list[str]:
        first, rest = patient_page(db, TODAY, query, 0, 2), patient_page(db, TODAY, query, 2, 2)
        assert first.more and not rest.more
        return [row.name for row in first.rows + rest.rows]

    assert shown(PatientQuery()) == ["Ana Ruiz", "Bo Lund", "Cai Wen", "élise Marti"]
    assert shown(PatientQuery(order=ListOrder.WEEK)) == ["Bo Lund", "Cai Wen", "élise Marti", "Ana Ruiz"]
    assert shown(PatientQuery(descending=True)) == ["élise Marti", "Cai Wen", "Bo Lund", "Ana Ruiz"]
    assert patient_count(db, PatientQuery()) == 4 and patient_count(db, PatientQuery(text="ELISE")) == 1
    discharged = patient_page(db, TODAY, PatientQuery(discharged=True), 0, 5)
    assert [row.name for row in discharged.rows] == ["Aaron Left"]
