"""A really full disk (a tiny tmpfs, when the tests run as root on Linux; or SQLite's own limit on a
database's pages, anywhere): every command says which file could not be written and why, leaves no partial
file, and changes nothing in the database."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.storage import sqlite_file


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "2m"):
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)]
    mounted = subprocess.run(mount, capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk holding `folder`, but for about `leave` bytes."""
    keep = folder / "keep"
    keep.write_bytes(b"\0" * leave)
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as filler:
        while True:
            filler.write(b"\0" * 65536)
            filler.flush()
    with contextlib.suppress(OSError), (folder / "filler").open("ab") as filler:
        while True:
            filler.write(b"\0" * 512)
            filler.flush()
    keep.unlink()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(data_dir), "demo"]) == EXIT_OK
    return data_dir


@pytest.mark.parametrize(
    "command",
    [
        ["export", "Robert", "--out"],
        ["handout", "Robert", "--out"],
        ["report", "Robert", "--out"],
        ["library", "catalog", "--out"],
    ],
    ids=lambda command: command[0] if command[0] != "library" else "catalog",
)
def test_an_output_file_on_a_full_disk_is_named_and_not_left_half_written(
    capsys, tmp_path, demo_dir, command
):
    with tiny_disk(tmp_path / "disk") as disk:
        out = disk / "output.file"
        out.write_bytes(b"the previous copy")
        fill(disk)
        code, _, err = run(capsys, "--data-dir", str(demo_dir), *command, str(out))
        assert code == EXIT_PROBLEMS
        assert err == f"ptplanner: Cannot write {out}: the disk is full. Nothing was written.\n"
        assert out.read_bytes() == b"the previous copy"
        assert sorted(path.name for path in disk.iterdir()) == ["filler", "output.file"]


def test_an_import_onto_a_full_disk_is_refused_and_adds_nothing(capsys, tmp_path, demo_dir):
    exported = tmp_path / "robert.json"
    assert run(capsys, "--data-dir", str(demo_dir), "export", "Robert", "--out", str(exported))[0] == EXIT_OK
    with tiny_disk(tmp_path / "disk") as disk:
        data_dir = disk / "data"
        run(capsys, "--data-dir", str(data_dir), "patients")
        fill(disk, leave=64 * 1024)  # room to open the database, not to import a patient into it
        code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(exported))
        assert code == EXIT_PROBLEMS
        *warnings, refusal = err.splitlines()
        assert refusal == (f"ptplanner: The disk holding the database {data_dir / 'ptplanner.db'} is full. "
                           "Nothing was changed. Free some space on it, then try again.")
        assert warnings and all(  # nor is there room for the day's automatic backup
            line.startswith("warning: ptplanner could not make its automatic backup") and "disk is full" in line
            for line in warnings
        )
        (disk / "filler").unlink()
        code, out, _ = run(capsys, "--data-dir", str(data_dir), "patients")
        assert code == EXIT_OK and "No patients yet" in out
        assert run(capsys, "--data-dir", str(data_dir), "import", str(exported))[0] == EXIT_OK


def database_pages(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "ptplanner.db") as connection:
        (pages,) = connection.execute("PRAGMA page_count").fetchone()
    connection.close()
    return pages


def stored(data_dir: Path) -> list[str]:
    """Every row of the database, read with no ptplanner code."""
    with sqlite3.connect(data_dir / "ptplanner.db") as connection:
        rows = list(connection.iterdump())
    connection.close()
    return rows


def test_a_demo_clinic_cut_short_by_a_full_disk_adds_nothing_and_says_so(capsys, data_dir, monkeypatch):
    assert run(capsys, "--data-dir", str(data_dir), "patients")[0] == EXIT_OK
    before = stored(data_dir)
    # SQLite's own SQLITE_FULL once the file would pass this many pages: about half of what the demo
    # clinic takes, so the disk "fills" after a few of its patients.
    room = database_pages(data_dir) + 40
    set_pragmas = sqlite_file.set_pragmas

    def with_little_room(connection, record):
        set_pragmas(connection, record)
        connection.execute(f"PRAGMA max_page_count = {room}")

    monkeypatch.setattr(sqlite_file, "set_pragmas", with_little_room)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "demo")
    assert (code, out) == (EXIT_PROBLEMS, "")
    assert err == (f"ptplanner: The disk holding the database {data_dir / 'ptplanner.db'} is full. "
                   "Nothing was changed. Free some space on it, then try again.\n")
    assert stored(data_dir) == before  # no patient, and not the demo clinic's name either
    monkeypatch.setattr(sqlite_file, "set_pragmas", set_pragmas)  # space freed
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "demo")
    assert (code, out) == (EXIT_OK, "Demo clinic: added 12 patient(s), 0 were already there.\n")
