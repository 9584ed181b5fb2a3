"""The command line, run as an IT person would: in a fresh data folder."""

import json
import subprocess
import sys

import pytest

from ptplanner import __version__
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_as_module_and_script():
    result = subprocess.run([sys.executable, "-m", "ptplanner", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"ptplanner {__version__}"


def test_library_check_passes_on_the_bundled_library(capsys):
    code, out, _ = run(capsys, "library", "check")
    assert code == EXIT_OK
    assert out.startswith("ok: ")
    assert len(out.strip().splitlines()) == 1


def test_library_check_lists_every_problem(capsys, tmp_path):
    (tmp_path / "bad.toml").write_text("id = 'bad'\nname = [", encoding="utf-8")
    (tmp_path / "worse.toml").write_text("id = 'worse'\nname = 'Worse'\n", encoding="utf-8")
    code, out, err = run(capsys, "library", "check", str(tmp_path))
    assert code == EXIT_PROBLEMS
    assert "bad.toml: (whole file): not valid TOML" in out
    assert "worse.toml: category: missing (required)" in out
    assert "worse.toml: steps: missing (required)" in out
    assert "problem(s) in 2 file(s)" in err


def test_library_check_of_a_missing_folder_fails(capsys, tmp_path):
    code, out, _ = run(capsys, "library", "check", str(tmp_path / "nope"))
    assert code == EXIT_PROBLEMS
    assert "is not a folder" in out


def test_patients_on_an_empty_clinic_says_what_to_do(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "patients")
    assert code == EXIT_OK
    assert "ptplanner demo" in out


def test_demo_twice_adds_nothing_the_second_time(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "demo")
    assert code == EXIT_OK
    assert "added 12 patient(s), 0 were already there" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "demo")
    assert "added 0 patient(s), 12 were already there" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "patients")
    lines = out.strip().splitlines()
    assert lines[0].split() == ["ID", "NAME", "WEEK", "LANGUAGE", "STAGE"]
    assert len(lines) == 13
    assert any("Zofia Łukasiewicz" in line for line in lines)
    assert any(": Protection" in line for line in lines) and any(": Stabilization" in line for line in lines)


def test_data_dir_from_the_environment(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("PTPLANNER_DATA_DIR", str(data_dir))
    run(capsys, "demo")
    assert (data_dir / "ptplanner.db").exists()


def test_export_and_import_through_the_command_line(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "demo")
    out_file = tmp_path / "robert.json"
    code, out, err = run(capsys, "--data-dir", str(data_dir), "export", "Robert Chen", "--out", str(out_file))
    assert code == EXIT_OK, err
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["patient"]["name"] == "Robert Chen"
    assert exported["programs"] and exported["adherence"]
    assert out_file.stat().st_mode & 0o777 == 0o600

    other = tmp_path / "other"
    code, out, err = run(capsys, "--data-dir", str(other), "import", str(out_file))
    assert code == EXIT_OK, err
    again = tmp_path / "again.json"
    run(capsys, "--data-dir", str(other), "export", exported["patient"]["id"][:8], "--out", str(again))
    reexported = json.loads(again.read_text(encoding="utf-8"))
    exported.pop("exported_at"), reexported.pop("exported_at")
    assert reexported == exported


def test_import_twice_is_refused(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "demo")
    out_file = tmp_path / "p.json"
    run(capsys, "--data-dir", str(data_dir), "export", "Grace", "--out", str(out_file))
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(out_file))
    assert code == EXIT_PROBLEMS
    assert "ptplanner:" in err


@pytest.mark.parametrize("text", ["{not json", json.dumps({"format": "something else"}), "[]"])
def test_import_of_a_bad_file_is_refused_and_adds_nothing(capsys, data_dir, tmp_path, text):
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(bad))
    assert code == EXIT_PROBLEMS
    assert err.startswith("ptplanner: ")
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "patients")
    assert "No patients yet" in out


def test_unknown_or_ambiguous_patient(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "demo")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "export", "Nobody Here", "--out", str(tmp_path / "x"))
    assert code == EXIT_PROBLEMS and "no patient matches" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "export", "a", "--out", str(tmp_path / "x"))
    assert code == EXIT_PROBLEMS and "give the id" in err
    assert not (tmp_path / "x").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(capsys, data_dir):
    data_dir.mkdir()
    db = data_dir / "ptplanner.db"
    db.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = db.read_bytes()
    code, _, err = run(capsys, "--data-dir", str(data_dir), "patients")
    assert code == EXIT_PROBLEMS
    assert err.startswith("ptplanner: ")
    assert db.read_bytes() == before


def test_demo_names_the_clinic_only_when_the_clinic_has_not(capsys, data_dir):
    from ptplanner.core.clinic import ClinicSettings
    from ptplanner.storage.clinic_settings import load_clinic_settings, save_clinic_settings
    from ptplanner.app.workspace import Workspace

    run(capsys, "--data-dir", str(data_dir), "demo")
    workspace = Workspace.open(data_dir)
    try:
        assert load_clinic_settings(workspace.store).phone == "555-0142"
        save_clinic_settings(workspace.store, ClinicSettings(name="Our Clinic", phone="555-0199"))
    finally:
        workspace.close()
    run(capsys, "--data-dir", str(data_dir), "demo")
    workspace = Workspace.open(data_dir)
    try:
        assert load_clinic_settings(workspace.store).name == "Our Clinic"
    finally:
        workspace.close()


def test_a_postgresql_database_given_by_url_lists_the_demo_clinic_as_the_data_folder_does(
    capsys, data_dir, tmp_path, postgres_url, monkeypatch
):
    unused = tmp_path / "unused data folder"
    on_server = ["--data-dir", str(unused), "--database-url", postgres_url]
    monkeypatch.setenv("PTPLANNER_PASSWORD", "admin password")  # sign-in is always on with PostgreSQL
    assert run(capsys, *on_server, "users", "add", "Ana", "--role", "admin")[0] == EXIT_OK
    listings = []
    for where in ([*on_server, "--user", "Ana"], ["--data-dir", str(data_dir)]):
        code, out, err = run(capsys, *where, "demo")
        assert code == EXIT_OK, err
        assert "added 12 patient(s), 0 were already there" in out
        code, out, err = run(capsys, *where, "demo")
        assert "added 0 patient(s), 12 were already there" in out
        code, out, err = run(capsys, *where, "patients")
        assert code == EXIT_OK, err
        listings.append(out)
    on_postgres, on_sqlite = listings
    assert on_postgres == on_sqlite
    assert len(on_postgres.strip().splitlines()) == 13
    assert not unused.exists()  # with a database address, nothing is written to the data folder
