"""The audit trail: one row for each operation on a patient's record, written in its transaction,
append-only on both databases and chained by hash, so an edited, deleted or reordered row is found."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from storage_samples import at_once, make_entry, make_patient, make_program, make_score

from ptplanner.storage import audit
from ptplanner.storage.audit_check import audit_events, verify_chain
from ptplanner.storage.database import ConflictError, Database
from ptplanner.storage.handouts import record_handout
from ptplanner.storage.store import Store

HEALTH_WORDS = ("Ana Silva", "ALIF", "Prefers", "J. Okafor", "L4-L5")


def actions(db: Database) -> list[tuple[str, str | None]]:
    return [(event.action, event.patient_id) for event in audit_events(db)]


def test_each_operation_on_a_record_leaves_one_row(db, store):
    patient = make_patient()
    store.save_patient(patient)
    patient = patient.model_copy(update={"notes": "Prefers evenings.", "procedure": "ALIF"})
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    entry = make_entry(program, date(2024, 3, 1))
    store.save_entry(entry)
    store.save_log([make_entry(program, date(2024, 3, 2))], [entry])
    store.delete_entry(store.entries_for(program.id)[0])
    store.save_outcome(patient.id, make_score(date(2024, 3, 1)))
    shown, programs = store.open_patient(patient.id)
    handout = record_handout(db, patient.id, program.id, program.version, {}, b"%PDF")
    record = store.export_patient(patient.id)
    store.erase_patient(patient.id)
    store.import_patient(record)

    events = audit_events(db)
    assert [e.action for e in events] == [
        "change", "change", "change", "change", "change", "change", "change", "view", "print", "export",
        "erase", "import",
    ]
    assert {e.patient_id for e in events} == {patient.id}
    assert (shown, programs) == (patient, [program])
    details = [e.details for e in events]
    assert details[0] == {"record": "patient", "new": True}
    assert details[1] == {"record": "patient", "fields": ["procedure", "notes"]}
    assert details[2] == {"record": "program", "program_id": program.id, "version": 1}
    assert details[3]["record"] == "log" and details[3]["saved"] == [entry.id]
    assert details[4]["deleted"] == [entry.id]
    assert details[6]["record"] == "outcome"
    assert details[7] == {"programs": [program.id]}
    assert details[8] == {"handout_id": handout.id, "program_id": program.id, "version": 1}
    who = audit.current_actor()
    assert all(e.actor == who.user and e.workstation == who.workstation for e in events)
    assert all(abs(e.at - datetime.now(UTC)) < timedelta(minutes=5) for e in events)
    stored = repr([(e.actor, e.workstation, e.action, e.patient_id, e.details) for e in events])
    assert not [word for word in HEALTH_WORDS if word in stored]  # ids and field names, never health data
    assert verify_chain(db).intact and verify_chain(db).rows == 12


def test_a_refused_save_leaves_no_audit_row(db, store):
    patient = make_patient()
    store.save_patient(patient)
    program = store.save_program(make_program(patient.id))
    store.save_program(program)
    with pytest.raises(ConflictError):
        store.save_program(program)  # overtaken: rolled back, its audit row with it
    assert [action for action, _ in actions(db)] == ["change", "change", "change"]


def test_plain_reads_leave_no_row(db, store):
    patient = make_patient()
    store.save_patient(patient)
    store.get_patient(patient.id), store.list_patients(), store.find_patients("ana")
    store.programs_for(patient.id)
    assert len(actions(db)) == 1


def test_the_actor_can_be_named_and_falls_back_when_the_system_cannot_say(db, store, monkeypatch):
    audit.set_actor(audit.Actor("front", "desk-2"))
    try:
        store.save_patient(make_patient())
    finally:
        audit.set_actor(None)
    monkeypatch.setattr(audit.getpass, "getuser", lambda: (_ for _ in ()).throw(OSError("no login name")))
    assert audit.Actor.from_system().user == audit.UNKNOWN
    assert audit_events(db, user="front")[0].workstation == "desk-2"


def test_audit_rows_cannot_be_updated_or_deleted(db, store):
    store.save_patient(make_patient())
    for statement in ("UPDATE audit_events SET actor = 'someone'", "DELETE FROM audit_events",
                      "DELETE FROM audit_head", "UPDATE audit_head SET appended = 0"):
        with pytest.raises(DBAPIError), db.engine.begin() as connection:
            connection.exec_driver_sql(statement)
    assert verify_chain(db).intact and verify_chain(db).rows == 1


def test_filters_by_patient_user_and_day(db, store):
    ana, bo = make_patient(), make_patient(name="Bo Berg")
    store.save_patient(ana)
    store.save_patient(bo)
    assert [e.patient_id for e in audit_events(db, patient_id=bo.id)] == [bo.id]
    assert audit_events(db, user="nobody-at-all") == []
    assert len(audit_events(db, since=datetime.now(UTC) - timedelta(hours=1))) == 2
    assert audit_events(db, since=datetime.now(UTC) + timedelta(hours=1)) == []


def tamper(db: Database, *statements: str) -> None:
    """Raw SQL with the append-only triggers out of the way, as someone with the database file could."""
    with db.engine.begin() as connection:
        if db.is_sqlite:
            for trigger in ("audit_events_no_update", "audit_events_no_delete", "audit_head_no_delete",
                            "audit_head_forward_only"):
                connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_events_append_only ON audit_events")
            connection.exec_driver_sql("DROP TRIGGER audit_head_forward_only ON audit_head")
        for statement in statements:
            connection.exec_driver_sql(statement)


@pytest.fixture
def five_rows(db, store):
    for number in range(5):
        store.save_patient(make_patient(name=f"Patient {number}"))
    assert verify_chain(db).intact
    return db


def test_verify_names_an_edited_row(five_rows):
    tamper(five_rows, "UPDATE audit_events SET actor = 'someone-else' WHERE id = 3")
    check = verify_chain(five_rows)
    assert (check.intact, check.broken_id, check.rows) == (False, 3, 2)
    assert "row 3 was edited" in check.problem


def test_verify_names_the_row_after_a_deleted_one(five_rows):
    tamper(five_rows, "DELETE FROM audit_events WHERE id = 2")
    check = verify_chain(five_rows)
    assert check.broken_id == 3 and "the row before row 3 is missing (deleted)" in check.problem


def test_verify_notices_a_deleted_tail(five_rows):
    tamper(five_rows, "DELETE FROM audit_events WHERE id >= 4")
    check = verify_chain(five_rows)
    assert check.broken_id == 3 and "2 row(s) after row 3 are missing (deleted)" in check.problem


def test_verify_notices_rows_put_in_another_order(five_rows):
    tamper(five_rows, "UPDATE audit_events SET id = 100 WHERE id = 2",
           "UPDATE audit_events SET id = 2 WHERE id = 3", "UPDATE audit_events SET id = 3 WHERE id = 100")
    check = verify_chain(five_rows)
    assert check.broken_id == 2 and "row 2 is out of order: it was appended after row 3" in check.problem


def test_a_second_workstation_appending_waits_and_chains_after_the_first(db, store, second_workstation):
    patient = make_patient()
    store.save_patient(patient)
    other = Store(second_workstation)
    at_once(db, lambda session: audit.record(session, "view", patient.id), second_workstation,
            lambda: other.open_patient(patient.id))
    assert [action for action, _ in actions(db)] == ["change", "view", "view"]
    assert verify_chain(db).intact


def test_two_workstations_appending_at_once_make_one_chain(db, store, second_workstation):
    patient = make_patient()
    store.save_patient(patient)
    stores, failures = [store, Store(second_workstation)], []

    def open_many(opener: Store) -> None:
        try:
            for _ in range(25):
                opener.open_patient(patient.id)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)

    threads = [threading.Thread(target=open_many, args=(opener,)) for opener in stores * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    check = verify_chain(db)
    assert check.intact and check.rows == 101
    with db.engine.connect() as connection:
        assert connection.scalar(sa.text("SELECT appended FROM audit_head")) == 101
