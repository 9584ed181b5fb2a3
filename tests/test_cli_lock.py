"""The command line's writes take the app's lock on the data folder: while another ptplanner holds
it they wait a few seconds, then say which program has it; reads go ahead."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ptplanner import cli
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.folder_lock import LOCK_FILE, FolderLock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ptplanner.folder_lock import FolderLock
    lock = FolderLock(Path(sys.argv[1]), "the ptplanner app")
    lock.acquire()
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    lock.release()
    """
)


def hold(data_dir: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the data folder, as the open app does."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
    return holder


@pytest.fixture
def patient_file(tmp_path, data_dir, capsys) -> Path:
    """A patient exported from another clinic."""
    other = tmp_path / "other clinic"
    assert main(["--data-dir", str(other), "demo"]) == EXIT_OK
    out = tmp_path / "patient.json"
    assert main(["--data-dir", str(other), "export", "Robert Chen", "--out", str(out)]) == EXIT_OK
    capsys.readouterr()
    return out


def _patients(data_dir: Path, capsys) -> str:
    assert main(["--data-dir", str(data_dir), "patients"]) == EXIT_OK
    return capsys.readouterr().out


def test_an_import_while_the_app_holds_the_folder_waits_then_says_who_has_it(data_dir, patient_file, capsys,
                                                                              monkeypatch):
    monkeypatch.setattr(cli, "LOCK_WAIT_SECONDS", 0.5)
    holder = hold(data_dir, 30)
    try:
        code = main(["--data-dir", str(data_dir), "import", str(patient_file)])
        _, err = capsys.readouterr()
        assert code == EXIT_PROBLEMS
        assert f"in use by the ptplanner app (process {holder.pid} on this computer)" in err
        assert len(err.strip().splitlines()) == 1
        assert "Robert Chen" not in _patients(data_dir, capsys)  # reading goes ahead meanwhile
    finally:
        holder.kill()
        holder.wait()


def test_an_import_goes_ahead_once_the_app_lets_go_within_the_wait(data_dir, patient_file, capsys):
    holder = hold(data_dir, 0.5)
    try:
        assert main(["--data-dir", str(data_dir), "import", str(patient_file)]) == EXIT_OK
    finally:
        holder.wait()
    assert "Robert Chen" in _patients(data_dir, capsys)
    assert not (data_dir / LOCK_FILE).exists()  # given back


def test_a_lock_whose_holder_was_killed_is_free_at_once(data_dir, patient_file, capsys, monkeypatch):
    monkeypatch.setattr(cli, "LOCK_WAIT_SECONDS", 0)
    holder = hold(data_dir, 30)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert (data_dir / LOCK_FILE).exists()  # left by the crash, but no longer locked
    assert main(["--data-dir", str(data_dir), "import", str(patient_file)]) == EXIT_OK


@pytest.mark.parametrize("command", [["demo"], ["handout", "Robert Chen", "--out", "h.pdf"]])
def test_every_command_that_writes_takes_the_lock(data_dir, patient_file, capsys, monkeypatch, tmp_path, command):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli, "LOCK_WAIT_SECONDS", 0.2)
    assert main(["--data-dir", str(data_dir), "import", str(patient_file)]) == EXIT_OK
    capsys.readouterr()
    lock = FolderLock(data_dir, "the ptplanner app")
    lock.acquire()
    try:
        started = time.monotonic()
        assert main(["--data-dir", str(data_dir), *command]) == EXIT_PROBLEMS
        assert time.monotonic() - started >= 0.2  # it did wait
    finally:
        lock.release()
    assert "in use by the ptplanner app" in capsys.readouterr().err
    assert not (tmp_path / "h.pdf").exists()


def test_two_demo_commands_at_once_never_write_over_each_other(data_dir, capsys):
    command = [sys.executable, "-m", "ptplanner", "--data-dir", str(data_dir), "demo"]
    both = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in both]
    for code, out, err in results:  # the second waited for the first (or, on a very slow machine, said so)
        assert (code, err) == (EXIT_OK, "") or (code == EXIT_PROBLEMS and "in use by ptplanner demo (process" in err)
    assert EXIT_OK in [code for code, _, _ in results]
    assert len(_patients(data_dir, capsys).strip().splitlines()) == 1 + 12
