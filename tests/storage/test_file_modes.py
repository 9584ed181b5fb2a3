"""ptplanner never changes the mode of a file or folder it did not create, refuses to write to a
database kept read-only, makes what it creates private whatever the umask, and leaves no unfinished
copy behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from storage_samples import folder_fingerprint, make_patient

from ptplanner.folder_lock import FolderLock
from ptplanner.storage.backup import backup_sqlite
from ptplanner.storage.database import DatabaseUnavailable, default_database_url, open_database
from ptplanner.storage.store import Store
from ptplanner.app.workspace import Workspace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def _clinic(data_dir: Path) -> Path:
    database = open_database(default_database_url(data_dir))
    Store(database).save_patient(make_patient())
    database.close()
    return data_dir / "ptplanner.db"


@pytest.mark.parametrize("mode", [0o400, 0o444, 0o500])
def test_a_read_only_database_is_refused_with_a_message_and_its_mode_kept(data_dir, mode):
    path = _clinic(data_dir)
    path.chmod(mode)
    before = folder_fingerprint(data_dir)
    with pytest.raises(DatabaseUnavailable, match=f"is read-only \\(mode 0{mode:o}\\).*has not changed it"):
        open_database(default_database_url(data_dir))
    assert _mode(path) == mode  # even for root, who could write to it
    assert folder_fingerprint(data_dir) == before


def test_a_read_only_data_folder_is_refused_with_a_message(data_dir):
    _clinic(data_dir)
    data_dir.chmod(0o500)
    try:
        if os.access(data_dir, os.W_OK):
            pytest.skip("root writes in any folder: SQLite would too, so nothing is refused")
        with pytest.raises(DatabaseUnavailable, match="cannot write in the data folder"):
            open_database(default_database_url(data_dir))
    finally:
        data_dir.chmod(0o700)


def test_a_database_others_can_read_is_used_as_it_is_with_a_warning(data_dir):
    path = _clinic(data_dir)
    path.chmod(0o644)
    data_dir.chmod(0o755)
    workspace = Workspace.open(data_dir)
    try:
        Store(workspace.database).save_patient(make_patient(name="Bo Berg"))
    finally:
        workspace.close()
    assert _mode(path) == 0o644 and _mode(data_dir) == 0o755
    folder_warning, file_warning = workspace.warnings
    assert f"data folder {data_dir} (mode 0755)" in folder_warning and "chmod 700" in folder_warning
    assert f"database {path} (mode 0644)" in file_warning and "chmod 600" in file_warning


def test_a_private_clinic_gets_no_warning(data_dir):
    _clinic(data_dir)
    workspace = Workspace.open(data_dir)
    workspace.close()
    assert workspace.warnings == []


def test_folders_and_files_ptplanner_creates_are_private_whatever_the_umask(tmp_path):
    outer = tmp_path / "shared"
    outer.mkdir(mode=0o755)
    outer.chmod(0o755)
    data_dir = outer / "clinic" / "nested" / "data"
    with umask(0):
        database = open_database(default_database_url(data_dir))
        Store(database).save_patient(make_patient())
        lock = FolderLock(data_dir, "ptplanner import")
        lock.acquire()
        lock_mode = _mode(data_dir / "ptplanner.lock")
        lock.release()
        database.close()
    assert _mode(outer) == 0o755  # there already: left as it was
    for folder in (outer / "clinic", outer / "clinic" / "nested", data_dir):
        assert _mode(folder) == 0o700, folder
    assert lock_mode == 0o600
    assert {path.name: _mode(path) for path in data_dir.iterdir()} == {
        "ptplanner.db": 0o600,
        "ptplanner.db.closed": 0o600,
    }


def test_a_backup_never_writes_through_a_planted_partial_file(data_dir, tmp_path):
    _clinic(data_dir)
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    target = tmp_path / "backup.db"
    (tmp_path / "backup.db.partial").symlink_to(victim)
    database = open_database(default_database_url(data_dir))
    try:
        backup_sqlite(database, target)
    finally:
        database.close()
    assert victim.read_text() == "someone else's file"
    assert _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("backup")) == ["backup.db"]


FAILING_COPY = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from ptplanner.storage.backup import backup_sqlite
    from ptplanner.storage.database import DatabaseError, default_database_url, open_database
    from ptplanner.storage import sqlite_file

    data_dir, target, kind = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    database = open_database(default_database_url(data_dir))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))  # as a full disk would, for every file
    try:
        if kind == "backup":
            backup_sqlite(database, target)
        else:
            sqlite_file.keep_copy_before_update(data_dir / "ptplanner.db", "0003")
    except DatabaseError as error:
        print(error)
    """
)


@pytest.mark.parametrize("kind", ["backup", "update copy"])
def test_a_copy_that_fails_for_lack_of_space_leaves_no_partial_files(data_dir, tmp_path, kind):
    database = open_database(default_database_url(data_dir))
    with database.session() as session:
        from ptplanner.storage import patients

        for number in range(300):  # well past the size limit
            patients.save_patient(session, make_patient(name=f"Patient {number}", notes="x" * 200))
    database.close()
    target = tmp_path / "backups" / "ptplanner-backup.db"
    target.parent.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", FAILING_COPY, str(data_dir), str(target), kind],
        capture_output=True, text=True, timeout=60,
    )
    assert "failed" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    left = [p.name for folder in (data_dir, target.parent) for p in folder.iterdir()]
    assert not [name for name in left if "partial" in name or "before-update" in name], left


def test_files_left_by_a_copy_that_was_killed_are_cleared_by_the_next_one(data_dir, tmp_path):
    _clinic(data_dir)
    target = tmp_path / "backup.db"
    for suffix in (".partial", ".partial-journal", ".partial-wal", ".partial-shm"):
        (tmp_path / f"backup.db{suffix}").write_bytes(b"left by a copy that was killed" * 100)
    database = open_database(default_database_url(data_dir))
    try:
        backup_sqlite(database, target)
    finally:
        database.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("backup")) == ["backup.db"]
