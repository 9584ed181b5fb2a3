"""`ptplanner restore FILE.db`: one line and exit 1 for a backup it refuses, or while another ptplanner
holds the data folder, with the database unchanged; the data of a good backup back otherwise."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from test_cli_lock import hold

from ptplanner import cli
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backup(tmp_path, capsys) -> Path:
    """A backup of a demo clinic."""
    clinic = tmp_path / "demo clinic"
    out = tmp_path / "demo.db"
    assert main(["--data-dir", str(clinic), "demo"]) == EXIT_OK
    assert main(["--data-dir", str(clinic), "backup", "--out", str(out)]) == EXIT_OK
    capsys.readouterr()
    return out


def patients(data_dir: Path, capsys) -> str:
    assert main(["--data-dir", str(data_dir), "patients"]) == EXIT_OK
    return capsys.readouterr().out


def test_restore_brings_a_backup_back_and_says_where_the_old_database_is(data_dir, backup, capsys):
    assert "No patients yet" in patients(data_dir, capsys)
    assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"Restored the database from {backup}" in out
    assert f"kept in {data_dir / 'backups' / 'ptplanner-before-restore-'}" in out
    assert "Robert Chen" in patients(data_dir, capsys)


def test_a_damaged_backup_is_refused_on_one_line_and_the_database_is_unchanged(data_dir, backup, capsys):
    patients(data_dir, capsys)
    with backup.open("r+b") as file:
        file.seek(4096)
        file.write(b"\x00" * 8192)
    before = sha256(data_dir / "ptplanner.db")
    assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert err.startswith("ptplanner: ") and err.count("\n") == 1
    assert "is damaged" in err and "Nothing was restored: the database is as it was." in err
    assert sha256(data_dir / "ptplanner.db") == before


def test_restore_waits_for_the_app_then_refuses_and_changes_nothing(data_dir, backup, capsys, monkeypatch):
    monkeypatch.setattr(cli, "LOCK_WAIT_SECONDS", 0.3)
    patients(data_dir, capsys)
    before = sha256(data_dir / "ptplanner.db")
    holder = hold(data_dir, 5)
    try:
        assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == EXIT_PROBLEMS
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert "is in use by the ptplanner app" in err and "Nothing was restored." in err
    assert sha256(data_dir / "ptplanner.db") == before


def test_restore_needs_a_file(data_dir, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "restore"])
    assert exit_.value.code == 2


def test_a_command_reports_a_failed_automatic_backup_and_still_works(data_dir, backup, capsys):
    assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == EXIT_OK
    assert not (data_dir / "backups").exists()  # there was no database to keep
    (data_dir / "backups").write_text("in the way")
    assert main(["--data-dir", str(data_dir), "patients"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "Robert Chen" in captured.out
    assert captured.err.startswith("warning: ptplanner could not make its automatic backup in the folder")
