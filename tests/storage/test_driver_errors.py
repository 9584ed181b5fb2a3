"""Database errors reach the user in plain words, with no SQL parameters and no patient data: a save that
waits on another program's lock names that program; a full disk says so; nothing is half-written."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from storage_samples import make_patient, make_program

from ptplanner.cli import EXIT_PROBLEMS, main
from ptplanner.core.exchange import PatientRecord, record_to_json
from ptplanner.storage import sqlite_file
from ptplanner.storage.database import open_database
from ptplanner.storage.errors import DatabaseBusy, DatabaseError
from ptplanner.storage.store import Store
from ptplanner.app.workspace import Workspace

SECRETS = ("Zelda Quartermaine", "1961-04-09", "Prefers mornings", "Back pain after gardening")
HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.read()
"""


def patient_file(tmp_path):
    patient = make_patient(name=SECRETS[0], notes=SECRETS[2] + ". " + SECRETS[3])
    program = make_program(patient.id).model_copy(update={"version": 1})
    record = PatientRecord(
        app_version="0.1.0", exported_at="2024-05-01T12:30:00Z", patient=patient, programs=[program],
        program_history=[program],
    )
    path = tmp_path / "patient.json"
    path.write_text(record_to_json(record), encoding="utf-8")
    return path


@pytest.fixture
def locked_data_dir(data_dir):
    """A data folder whose database another process holds a write lock on, until the test ends."""
    Workspace.open(data_dir).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir / "ptplanner.db")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "holding"
    yield data_dir, holder.pid
    holder.stdin.close()
    holder.wait(timeout=10)


def test_an_import_that_waits_too_long_on_another_program_names_it_and_shows_no_patient_data(
    capsys, monkeypatch, locked_data_dir, tmp_path
):
    data_dir, holder = locked_data_dir
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 200)
    code = main(["--data-dir", str(data_dir), "import", str(patient_file(tmp_path))])
    out, err = capsys.readouterr()
    assert code == EXIT_PROBLEMS
    assert out == "" and len(err.strip().splitlines()) == 1
    assert f"is busy: python (process {holder}) is writing to it" in err
    assert "Wait for it to finish, or close it, then try again." in err
    assert not any(secret in err for secret in SECRETS)
    assert "[SQL" not in err and "parameters" not in err


def test_after_a_refused_import_nothing_is_stored_and_a_second_try_works(
    capsys, monkeypatch, data_dir, tmp_path
):
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 200)
    Workspace.open(data_dir).close()
    file = patient_file(tmp_path)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir / "ptplanner.db")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as holder:
        holder.stdout.readline()
        assert main(["--data-dir", str(data_dir), "import", str(file)]) == EXIT_PROBLEMS
        holder.stdin.close()
    workspace = Workspace.open(data_dir)
    try:
        assert workspace.store.list_patients() == []
    finally:
        workspace.close()
    assert main(["--data-dir", str(data_dir), "import", str(file)]) == 0
    assert SECRETS[0] in capsys.readouterr().out


def test_a_busy_error_is_still_the_driver_class_code_catches(locked_data_dir, monkeypatch):
    from sqlalchemy.exc import OperationalError

    data_dir, _holder = locked_data_dir
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 100)
    db = open_database(f"sqlite:///{data_dir / 'ptplanner.db'}")
    try:
        with pytest.raises(OperationalError) as refused:
            Store(db).save_patient(make_patient(name=SECRETS[0]))
        assert isinstance(refused.value, DatabaseBusy)
        assert not any(secret in str(refused.value) for secret in SECRETS)
    finally:
        db.close()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_refused_row_is_not_quoted_in_the_message(backend, request):
    url = "sqlite://" if backend == "sqlite" else request.getfixturevalue("postgres_url")
    db = open_database(url)
    patient = make_patient(name=SECRETS[0], date_of_birth=date(1961, 4, 9))
    try:
        Store(db).save_patient(patient)
        with pytest.raises(IntegrityError) as refused, db.session() as session:
            session.execute(
                text("INSERT INTO patients (id, name, date_of_birth, procedure, fused_levels, therapist, "
                     "precautions, notes, created_at, updated_at) SELECT id, name, date_of_birth, procedure, "
                     "fused_levels, therapist, precautions, notes, created_at, updated_at FROM patients")
            )
        message = str(refused.value)
        assert isinstance(refused.value, DatabaseError) and "conflicts with data already stored" in message
        assert not any(secret in message for secret in SECRETS)
    finally:
        db.close()


@pytest.mark.postgres
def test_a_row_another_workstation_keeps_locked_is_waited_for_a_while_then_reported(postgres_url, monkeypatch):
    from ptplanner.storage import driver_errors

    monkeypatch.setattr(driver_errors, "LOCK_TIMEOUT_MS", 300)
    first, second = open_database(postgres_url), open_database(postgres_url)
    patient = make_patient(name=SECRETS[0])
    try:
        Store(first).save_patient(patient)
        with first.engine.connect() as forgotten:  # a transaction left open, holding the row
            forgotten.execute(text("SELECT id FROM patients WHERE id = :id FOR UPDATE"), {"id": patient.id})
            with pytest.raises(DatabaseBusy) as refused:
                Store(second).save_patient(patient.model_copy(update={"notes": SECRETS[3]}))
            forgotten.rollback()
        assert "is holding the same data and did not let go in time" in str(refused.value)
        assert not any(secret in str(refused.value) for secret in SECRETS)
        Store(second).save_patient(patient.model_copy(update={"notes": SECRETS[3]}))  # free again
    finally:
        first.close()
        second.close()


def test_a_real_import_command_waiting_on_the_lock_ends_in_one_line_naming_the_holder(
    locked_data_dir, tmp_path
):
    data_dir, holder = locked_data_dir
    result = subprocess.run(
        [sys.executable, "-m", "ptplanner", "--data-dir", str(data_dir), "import", str(patient_file(tmp_path))],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == EXIT_PROBLEMS
    (line,) = result.stderr.strip().splitlines()
    assert f"is busy: python (process {holder}) is writing to it" in line
    assert not any(secret in result.stderr + result.stdout for secret in SECRETS)
