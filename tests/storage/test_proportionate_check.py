"""The check of a big file is proportionate: before the first write only a bounded sample of its chunks
is compared with the clean-close digests, the rest afterwards; the day's first backup (the full check)
runs after opening. Damage found either way refuses the work that follows, and every later start.
Chunks and the sample are made tiny here, so a test file of a few pages counts as big."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from storage_samples import make_patient

from ptplanner.app.workspace import Workspace
from ptplanner.storage import auto_backup, clean_close, patients, sqlite_file, write_gate
from ptplanner.storage.database import DatabaseDamaged, default_database_url, open_database
from ptplanner.storage.store import Store

PAGE = 4096
NAMES = [f"Patient number {n:04d}" for n in range(400)]


@pytest.fixture
def big_closed_clinic(data_dir: Path, monkeypatch) -> Path:
    """A clinic of a few dozen pages, closed cleanly, in chunks of one page, sampled four at a time."""
    monkeypatch.setattr(clean_close, "CHUNK_BYTES", PAGE)
    monkeypatch.setattr(write_gate, "FIRST_CHECK_BYTES", 4 * PAGE)
    monkeypatch.setattr(write_gate.random, "random", lambda: 0.0)  # the sample starts at its first stride
    database = open_database(default_database_url(data_dir))
    with database.session() as session:
        for name in NAMES:
            patients.save_patient(session, make_patient(name=name))
    database.close()
    return data_dir / "ptplanner.db"


def damage_a_name_in(path: Path, chunks: list[int]) -> None:
    """Change a patient's name quietly (time put back) on a page among `chunks`: in their row, or where the
    search index keeps it (in lower case)."""
    data = path.read_bytes()
    found = (match.start() for match in re.finditer(rb"[Pp]atient number \d{4}", data))
    offset = next(at for at in found if at // PAGE in chunks)
    before = path.stat()
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(b"Patient number XXXX")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def sample(path: Path) -> tuple[list[int], list[int]]:
    return write_gate.first_and_rest(-(-path.stat().st_size // PAGE))


def test_the_sample_before_the_first_write_is_bounded_and_the_rest_is_everything_else():
    first, rest = write_gate.first_and_rest(2500)  # 10 GB in 4 MB chunks
    assert len(first) <= write_gate.FIRST_CHECK_BYTES // clean_close.CHUNK_BYTES
    assert {0, 2499} <= set(first) and not set(first) & set(rest)
    assert sorted(first + rest) == list(range(2500))
    assert write_gate.first_and_rest(20) == (list(range(20)), [])  # a file under the budget: all of it first


def test_damage_in_the_sample_refuses_the_first_write_and_every_later_start(big_closed_clinic):
    first, rest = sample(big_closed_clinic)
    assert rest, "the test file must be bigger than the sample"
    damage_a_name_in(big_closed_clinic, first[1:])
    first_write_and_every_later_start_refused(big_closed_clinic)


def first_write_and_every_later_start_refused(path: Path) -> None:
    damaged = path.read_bytes()
    database = open_database(default_database_url(path.parent))
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        Store(database).save_patient(make_patient(name="Bo Berg"))
    database.close()
    assert path.read_bytes() == damaged
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        open_database(default_database_url(path.parent))


def test_damage_outside_the_sample_is_found_after_the_first_write_and_refuses_the_next(big_closed_clinic):
    _, rest = sample(big_closed_clinic)
    damage_a_name_in(big_closed_clinic, rest)
    database = open_database(default_database_url(big_closed_clinic.parent))
    store = Store(database)
    try:
        store.save_patient(make_patient(name="Bo Berg"))  # the sample was sound: the write goes ahead
        deadline = time.monotonic() + 20
        while database._write_gate.refusal is None and time.monotonic() < deadline:
            time.sleep(0.05)
        with pytest.raises(DatabaseDamaged, match="is damaged.*Restore your latest backup"):
            store.save_patient(make_patient(name="Cy Dahl"))
    finally:
        database.close()
    with pytest.raises(DatabaseDamaged, match="is damaged"):  # and on every later start, at once
        open_database(default_database_url(big_closed_clinic.parent))


def test_a_sound_big_file_opens_writes_and_closes_with_a_fresh_mark(big_closed_clinic):
    database = open_database(default_database_url(big_closed_clinic.parent))
    Store(database).save_patient(make_patient(name="Bo Berg"))
    database.close()
    assert clean_close.digest_if_unchanged(big_closed_clinic) is not None
    database = open_database(default_database_url(big_closed_clinic.parent))
    assert "Bo Berg" in [p.name for p in Store(database).list_patients()]
    database.close()


def test_the_days_first_backup_of_a_big_database_runs_after_opening_and_damage_it_finds_refuses_work(
    data_dir, monkeypatch
):
    workspace = Workspace.open(data_dir)
    workspace.store.save_patient(make_patient(name="Ann Aho"))
    workspace.database.close()  # no backup yet today
    monkeypatch.setattr(auto_backup, "BACKGROUND_ABOVE_BYTES", 0)
    release = threading.Event()

    def failing_check(database, target):
        assert release.wait(30)
        raise DatabaseDamaged(f"The backup {target} failed its check (row 3 missing from index).")

    monkeypatch.setattr(auto_backup, "backup_sqlite", failing_check)
    workspace = Workspace.open(data_dir)  # would hang here if opening waited for the backup
    try:
        assert [p.name for p in workspace.store.list_patients()] == ["Ann Aho"]
        release.set()
        workspace.backups._daily.join(30)
        with pytest.raises(DatabaseDamaged, match="is damaged.*backup of it failed its integrity check"):
            workspace.store.save_patient(make_patient(name="Bo Berg"))
    finally:
        release.set()
        warnings = workspace.close()
    assert any("is damaged" in warning for warning in warnings)
    assert not clean_close.mark_path(data_dir / "ptplanner.db").exists()  # the next start checks it all


def test_a_sound_big_databases_first_backup_of_the_day_is_taken_by_closing_time(data_dir, monkeypatch):
    workspace = Workspace.open(data_dir)
    workspace.store.save_patient(make_patient(name="Ann Aho"))
    workspace.database.close()
    monkeypatch.setattr(auto_backup, "BACKGROUND_ABOVE_BYTES", 0)
    workspace = Workspace.open(data_dir)
    assert workspace.close() == []
    assert len(auto_backup.automatic_backups(auto_backup.backup_folder(data_dir))) == 1


def test_begun_early_the_sample_is_compared_at_once_and_the_rest_still_after_the_start(
    big_closed_clinic, monkeypatch
):
    # The app asks for the check once its patient list is shown (check_before_writing_soon): the sample
    # then, so the first write need not wait; the rest of a big file when it always was, after the start.
    monkeypatch.setattr(write_gate, "START_AFTER_SECONDS", 1.5)
    compared = []
    real = clean_close.file_digest
    monkeypatch.setattr(
        clean_close, "file_digest", lambda path, pause, only: compared.append(sorted(only)) or real(path, pause, only)
    )
    first, rest = sample(big_closed_clinic)
    database = open_database(default_database_url(big_closed_clinic.parent))
    try:
        opened = time.monotonic()
        database.check_before_writing_soon()
        assert database._write_gate._done.wait(1.0) and time.monotonic() - opened < 1.0
        assert compared == [first]
        deadline = time.monotonic() + 20
        while sum(map(len, compared)) < len(first) + len(rest) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert time.monotonic() - opened >= 1.4
        assert sorted(n for chunks in compared[1:] for n in chunks) == rest
        assert database._write_gate.refusal is None
    finally:
        database.close()


@pytest.fixture
def big_unclean_clinic(data_dir: Path, monkeypatch) -> Path:
    """A clinic the app never closed (killed, or the power went), bigger than the size checked whole
    before opening."""
    monkeypatch.setattr(sqlite_file, "CHECK_BEFORE_OPENING_BYTES", PAGE)
    database = open_database(default_database_url(data_dir))
    with database.session() as session:
        for name in NAMES:
            patients.save_patient(session, make_patient(name=name))
    database.engine.dispose()  # never closed through Database.close: no clean-close mark
    path = data_dir / "ptplanner.db"
    assert not clean_close.mark_path(path).exists()
    return path


def whole_checks(monkeypatch) -> list[bool]:
    """Whether each check read every page (PRAGMA quick_check)."""
    seen: list[bool] = []
    check = sqlite_file._check_contents
    monkeypatch.setattr(
        sqlite_file, "_check_contents", lambda path, full=True: seen.append(full) or check(path, full)
    )
    return seen


def scramble_last_page(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[len(data) - PAGE : len(data) - PAGE + 64] = b"\xff" * 64  # a b-tree page's header
    path.write_bytes(bytes(data))
    return bytes(data)


def test_after_an_unclean_close_a_big_file_opens_at_once_and_its_first_write_waits_for_the_whole_check(
    big_unclean_clinic, monkeypatch
):
    monkeypatch.setattr(write_gate, "START_AFTER_SECONDS", 30)  # only the write can begin the check
    whole = whole_checks(monkeypatch)
    database = open_database(default_database_url(big_unclean_clinic.parent))
    try:
        assert whole == [False]  # opened on the light checks
        assert len(Store(database).list_patients()) == len(NAMES)  # reading does not wait
        assert whole == [False]
        Store(database).save_patient(make_patient(name="Bo Berg"))
        assert whole == [False, True]  # the write waited for the quick_check of every page
    finally:
        database.close()
    assert clean_close.digest_if_unchanged(big_unclean_clinic) is not None  # known sound: closed with a mark


def test_damage_the_check_after_opening_finds_refuses_the_first_write_and_every_later_start(
    big_unclean_clinic,
):
    scramble_last_page(big_unclean_clinic)
    first_write_and_every_later_start_refused(big_unclean_clinic)


def test_closed_before_the_whole_check_was_over_the_file_is_checked_again_next_time(
    big_unclean_clinic, monkeypatch
):
    monkeypatch.setattr(write_gate, "START_AFTER_SECONDS", 30)
    open_database(default_database_url(big_unclean_clinic.parent)).close()
    assert not clean_close.mark_path(big_unclean_clinic).exists()
    whole = whole_checks(monkeypatch)
    database = open_database(default_database_url(big_unclean_clinic.parent))
    database.check_before_writing_soon()
    assert database._write_gate._done.wait(10) and database._write_gate.refusal is None
    database.close()
    assert whole == [False, True] and clean_close.digest_if_unchanged(big_unclean_clinic) is not None


def test_a_backup_is_checked_whole_before_it_is_restored_whatever_its_size(big_unclean_clinic, tmp_path):
    backup = tmp_path / "backup.db"
    backup.write_bytes(scramble_last_page(big_unclean_clinic))
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        sqlite_file.check_before_opening(backup, whole=True)
    assert sqlite_file.check_before_opening(backup).check_whole_later  # what a start would do


SAVING_CHILD = """
import sys
from ptplanner.storage import patients, sqlite_file
from ptplanner.storage.database import default_database_url, open_database
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from storage_samples import make_patient
sqlite_file.CHECK_BEFORE_OPENING_BYTES = 4096
database = open_database(default_database_url(Path(sys.argv[1])))
for n in range(100_000):
    with database.session() as session:
        patients.save_patient(session, make_patient(name=f"Saved patient {n:05d}"))
    print(n, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kills a real process")
def test_a_big_file_left_by_a_killed_process_opens_is_checked_whole_and_keeps_every_confirmed_save(
    big_unclean_clinic, monkeypatch
):
    folder = big_unclean_clinic.parent
    child = subprocess.Popen(
        [sys.executable, "-c", SAVING_CHILD, str(folder), str(Path(__file__).parent)],
        stdout=subprocess.PIPE, text=True,
    )
    confirmed = -1
    assert child.stdout is not None
    for line in child.stdout:
        confirmed = int(line)
        if confirmed >= 40:
            break
    child.send_signal(signal.SIGKILL)  # in the middle of a save
    child.wait()
    assert not clean_close.mark_path(big_unclean_clinic).exists()
    whole = whole_checks(monkeypatch)
    database = open_database(default_database_url(folder))
    try:
        assert whole == [False]  # opened at once
        names = {p.name for p in Store(database).list_patients()}
        assert {f"Saved patient {n:05d}" for n in range(confirmed + 1)} <= names
        Store(database).save_patient(make_patient(name="After the crash"))
        assert whole == [False, True] and database._write_gate.refusal is None
    finally:
        database.close()
    assert clean_close.digest_if_unchanged(big_unclean_clinic) is not None
