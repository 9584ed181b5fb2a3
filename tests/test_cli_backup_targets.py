"""`ptplanner backup --out` never writes over a file ptplanner keeps in its data folder: the database and
the files SQLite keeps beside it, the clean-close mark, the folder's lock, the backups, by any name
(a symbolic or hard link). A new file name, in the folder or anywhere else, is backed up to."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.folder_lock import LOCK_FILE, FolderBusy, FolderLock

OWN_NAMES = [
    ("ptplanner.db", "the database itself"),
    ("ptplanner.db-wal", "the database's write-ahead log"),
    ("ptplanner.db-shm", "the database's shared-memory file"),
    ("ptplanner.db-journal", "the database's journal"),
    ("ptplanner.db.closed", "the note that the database was closed cleanly"),
    (LOCK_FILE, "the data folder's lock"),
]


@pytest.fixture
def folder(tmp_path, capsys) -> Path:
    """A real data folder: the demo clinic, closed, with its automatic backup."""
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "demo"]) == EXIT_OK
    capsys.readouterr()
    assert (data_dir / "ptplanner.db.closed").is_file() and list((data_dir / "backups").iterdir())
    return data_dir


def contents(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def refused(capsys, folder: Path, out: Path, what: str) -> None:
    before = contents(folder)
    code = main(["--data-dir", str(folder), "backup", "--out", str(out)])
    printed, err = capsys.readouterr()
    assert (code, printed) == (EXIT_PROBLEMS, "")
    assert err.startswith(f"ptplanner: Cannot back up to {out}: it is {what}") and err.count("\n") == 1
    assert "Nothing was written." in err and f"outside the data folder {folder}" in err
    assert contents(folder) == before


@pytest.mark.parametrize("name, what", OWN_NAMES)
def test_the_folder_s_own_files_are_refused_whether_there_or_not(capsys, folder, name, what):
    refused(capsys, folder, folder / name, what)  # the log, journal and lock are not there when closed
    (folder / "other").mkdir()
    refused(capsys, folder, folder / "other" / ".." / name, what)


@pytest.mark.parametrize("name, what", OWN_NAMES)
def test_a_link_to_one_of_them_is_refused(capsys, folder, tmp_path, name, what):
    link = tmp_path / "looks-new.db"
    link.symlink_to(folder / name)
    refused(capsys, folder, link, what)
    assert link.is_symlink()


def test_a_hard_link_to_the_database_is_refused(capsys, folder, tmp_path):
    link = tmp_path / "same-file.db"
    os.link(folder / "ptplanner.db", link)
    refused(capsys, folder, link, "the database itself")


def test_the_lock_is_refused_while_the_app_holds_it_and_still_keeps_a_second_writer_out(capsys, folder):
    app = FolderLock(folder, "the ptplanner app")
    app.acquire()
    try:
        refused(capsys, folder, folder / LOCK_FILE, "the data folder's lock")
        with pytest.raises(FolderBusy):
            FolderLock(folder, "ptplanner import").acquire()
    finally:
        app.release()


def test_existing_backups_and_other_files_of_the_folder_are_refused(capsys, folder):
    backup = next((folder / "backups").iterdir())
    refused(capsys, folder, backup, "a backup ptplanner keeps")
    (folder / "window.ini").write_text("[layout]\n", encoding="utf-8")
    refused(capsys, folder, folder / "window.ini", "a file of the data folder")


def test_a_new_name_is_backed_up_to_in_the_folder_or_elsewhere(capsys, folder, tmp_path):
    for out in (folder / "before-the-upgrade.db", folder / "backups" / "mine.db", tmp_path / "copy.db"):
        code = main(["--data-dir", str(folder), "backup", "--out", str(out)])
        printed, err = capsys.readouterr()
        assert (code, err) == (EXIT_OK, "") and "checked the copy" in printed
        assert out.read_bytes()[:16] == b"SQLite format 3\x00"
    (tmp_path / "copy.db").write_bytes(b"an older copy")  # a file outside the folder is replaced, as before
    assert main(["--data-dir", str(folder), "backup", "--out", str(tmp_path / "copy.db")]) == EXIT_OK
