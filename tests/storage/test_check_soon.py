"""The check a cleanly closed file needs before its first write starts when the app says its start-up is
over, not ten seconds after opening: the first patient opened (a write to the audit trail) need not wait."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from storage_samples import make_patient

from ptplanner.storage import clean_close, patients, write_gate
from ptplanner.storage.database import DatabaseDamaged, default_database_url, open_database
from ptplanner.storage.store import Store


@pytest.fixture
def closed_clinic(data_dir: Path, monkeypatch) -> Path:
    monkeypatch.setattr(write_gate, "START_AFTER_SECONDS", 600.0)  # only the app's word starts it here
    database = open_database(default_database_url(data_dir))
    with database.session() as session:
        for n in range(50):
            patients.save_patient(session, make_patient(name=f"Patient number {n:04d}"))
    database.close()
    path = data_dir / "ptplanner.db"
    assert clean_close.digest_if_unchanged(path) is not None
    return path


def _checked_within(database, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not database._write_gate._done.is_set():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_the_check_starts_when_asked_with_no_write_waiting(closed_clinic):
    database = open_database(default_database_url(closed_clinic.parent))
    try:
        assert database._write_gate is not None
        assert not _checked_within(database, 0.3)  # not before it is asked for (nor ten minutes after opening)
        database.check_before_writing_soon()
        assert _checked_within(database, 10)
        assert database._write_gate.refusal is None
        Store(database).save_patient(make_patient(name="Bo Berg"))  # a sound file: written at once
        assert "Bo Berg" in [p.name for p in Store(database).list_patients()]
    finally:
        database.close()


def test_damage_found_by_a_check_started_early_still_refuses_the_first_write(closed_clinic):
    data = closed_clinic.read_bytes()
    before = closed_clinic.stat()
    offset = data.index(b"Patient number 0020")
    with closed_clinic.open("r+b") as file:  # changed in place, size and time put back: the mark still holds
        file.seek(offset)
        file.write(b"Patient number 9999")
    os.utime(closed_clinic, ns=(before.st_atime_ns, before.st_mtime_ns))
    database = open_database(default_database_url(closed_clinic.parent))
    try:
        database.check_before_writing_soon()
        assert _checked_within(database, 10)
        with pytest.raises(DatabaseDamaged):
            Store(database).save_patient(make_patient(name="Bo Berg"))
    finally:
        database.close()
    assert closed_clinic.read_bytes()[offset : offset + 19] == b"Patient number 9999"  # nothing written into it
