"""Damage the clean-close shortcut cannot see (bytes changed in the middle of the file, its size, time
and change counter as they were): nothing is written into it, and "malformed" met at any later point
is the usual refusal, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from storage_samples import make_patient

from ptplanner.cli import EXIT_PROBLEMS, main
from ptplanner.storage import clean_close, patients
from ptplanner.storage.database import DatabaseDamaged, default_database_url, open_database
from ptplanner.storage.store import Store

NAMES = [f"Patient number {n:04d}" for n in range(300)]  # a few pages of them


@pytest.fixture
def closed_clinic(data_dir: Path) -> Path:
    """A database with patients, closed cleanly (its mark and digest written)."""
    database = open_database(default_database_url(data_dir))
    with database.session() as session:
        for name in NAMES:
            patients.save_patient(session, make_patient(name=name))
    database.close()
    path = data_dir / "ptplanner.db"
    assert clean_close.digest_if_unchanged(path) is not None
    return path


def change_quietly(path: Path, offset: int, new: bytes) -> None:
    """Overwrite bytes in place and put the modification time back, as bit rot or a careless tool would."""
    before = path.stat()
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(new)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert clean_close.digest_if_unchanged(path) is not None  # the cheap signs still say "unchanged"


def a_name_changed(path: Path) -> None:
    """A patient's name altered: nothing SQLite's structure checks would notice."""
    offset = path.read_bytes().index(b"Patient number 0123")
    change_quietly(path, offset, b"Patient number 9999")


def a_page_scrambled(path: Path) -> None:
    """The header of the b-tree page holding some patients scrambled: "database disk image is malformed"."""
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    page_start = data.index(b"Patient number 0200") // page_size * page_size
    change_quietly(path, page_start, b"\x0d\xff\xff\xff\xff\xff\xff\xff")


def _main_file_bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize("damage", [a_name_changed, a_page_scrambled])
def test_nothing_is_written_into_a_file_damaged_behind_the_marks_back(closed_clinic, damage):
    damage(closed_clinic)
    before = _main_file_bytes(closed_clinic)
    try:
        database = open_database(default_database_url(closed_clinic.parent))
    except DatabaseDamaged:
        pass  # refused at once: as good
    else:
        with pytest.raises(DatabaseDamaged, match="is damaged.*has not changed it"):
            Store(database).save_patient(make_patient(name="Bo Berg"))
        database.close()
    assert _main_file_bytes(closed_clinic) == before
    # And again on the next start: the damage is not taken for the file's new normal.
    with pytest.raises(DatabaseDamaged):
        database = open_database(default_database_url(closed_clinic.parent))
        try:
            Store(database).save_patient(make_patient(name="Bo Berg"))
        finally:
            database.close()
    assert _main_file_bytes(closed_clinic) == before


def test_malformed_pages_met_while_opening_or_reading_are_the_usual_refusal(closed_clinic):
    a_page_scrambled(closed_clinic)
    with pytest.raises(DatabaseDamaged, match="is damaged.*Restore your latest backup"):
        database = open_database(default_database_url(closed_clinic.parent))
        try:
            Store(database).list_patients()
        finally:
            database.close()


@pytest.mark.parametrize("command", [["patients"], ["import", "record.json"]])
def test_commands_on_a_quietly_damaged_file_say_so_in_one_line(closed_clinic, tmp_path, capsys, command, monkeypatch):
    monkeypatch.chdir(tmp_path)
    database = open_database(default_database_url(closed_clinic.parent))
    (tmp_path / "record.json").write_text(_a_record(database), encoding="utf-8")
    database.close()
    a_page_scrambled(closed_clinic)
    before = _main_file_bytes(closed_clinic)
    code = main(["--data-dir", str(closed_clinic.parent), *command])
    _, err = capsys.readouterr()
    assert code == EXIT_PROBLEMS
    assert err.startswith("ptplanner: The database ") and "is damaged" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _main_file_bytes(closed_clinic) == before


def _a_record(database) -> str:
    """A patient file for one new patient, made through the export of this very clinic."""
    from ptplanner.core.exchange import record_to_json

    store = Store(database)
    patient = make_patient(name="Carla Diaz")
    store.save_patient(patient)
    record = store.export_patient(patient.id)
    store.erase_patient(patient.id)
    return record_to_json(record)


def test_a_clean_close_after_only_reading_does_not_read_the_whole_file_again(closed_clinic, monkeypatch):
    digests = []
    real = clean_close.file_digest
    monkeypatch.setattr(clean_close, "file_digest", lambda path, *pausing: digests.append(path) or real(path, *pausing))
    database = open_database(default_database_url(closed_clinic.parent))
    assert len(Store(database).list_patients()) == len(NAMES)
    database.close()
    assert len(digests) <= 1  # the background check at most; the mark still holds
    assert clean_close.digest_if_unchanged(closed_clinic) is not None


def test_opening_and_reading_never_wait_for_the_background_check_only_writing_does(closed_clinic, monkeypatch):
    import threading

    from ptplanner.storage import write_gate

    release = threading.Event()
    real = clean_close.file_digest

    def slow_digest(path, *pausing):
        assert release.wait(30)
        return real(path, *pausing)

    monkeypatch.setattr(write_gate.clean_close, "file_digest", slow_digest)
    database = open_database(default_database_url(closed_clinic.parent))  # would hang here if opening waited
    try:
        store = Store(database)
        assert len(store.list_patients()) == len(NAMES)
        store.get_patient(store.list_patients()[0].id)  # (exporting is audited, so it writes: it waits)
        saving = threading.Thread(target=store.save_patient, args=(make_patient(name="Bo Berg"),))
        saving.start()
        saving.join(0.3)
        assert saving.is_alive()  # the write waits for the check...
        release.set()
        saving.join(30)
        assert not saving.is_alive()  # ...and goes ahead once the file is known sound
        assert "Bo Berg" in [p.name for p in store.list_patients()]
    finally:
        release.set()
        database.close()


DAMAGED_MARKS = [
    b'{"size": 1',  # cut short
    b"[" * 100_000 + b"]" * 100_000,  # nested too deeply to parse
    b'"closed"',  # another shape
    b'{"chunks": 5}',
    b"\xff\xfe not UTF-8",
]


@pytest.mark.parametrize("mark", DAMAGED_MARKS)
def test_a_damaged_clean_close_mark_only_costs_the_full_check(closed_clinic, mark):
    # The mark is a file of ptplanner's beside the database; damaged, it is no mark: the file is checked
    # whole, then opened, and no error comes of it.
    clean_close.mark_path(closed_clinic).write_bytes(mark)
    assert clean_close.digest_if_unchanged(closed_clinic) is None
    assert clean_close.noted_damage(closed_clinic) is None
    database = open_database(default_database_url(closed_clinic.parent))
    try:
        assert len(Store(database).list_patients()) == len(NAMES)
    finally:
        database.close()
