"""The command line given hostile files and addresses: devices, pipes, deep nesting, huge numbers, edge
dates, passwords in addresses. Each ends in a clear message naming the file and field, never a
traceback or a hang, and nothing is half-written."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ptplanner.cli import EXIT_PROBLEMS, main

BUNDLED_BRIDGE = "bridge.toml"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ptplanner: "), err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def library(tmp_path):
    """One bundled exercise (its links to others removed), so that the folder holds something valid."""
    import tomllib

    import tomli_w

    from ptplanner.resources import exercises_dir

    folder = tmp_path / "library"
    folder.mkdir()
    exercise = tomllib.loads((exercises_dir() / BUNDLED_BRIDGE).read_text(encoding="utf-8"))
    exercise.update(easier=[], harder=[])
    (folder / BUNDLED_BRIDGE).write_text(tomli_w.dumps(exercise), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "make",
    [
        lambda folder: (folder / "zero.toml").symlink_to("/dev/zero"),
        lambda folder: os.mkfifo(folder / "pipe.toml"),
        lambda folder: (folder / "folder.toml").mkdir(),
    ],
    ids=["link to /dev/zero", "named pipe", "folder"],
)
def test_library_check_refuses_special_files_quickly_and_loads_the_rest(library, make):
    make(library)
    result = subprocess.run(
        [sys.executable, "-m", "ptplanner", "library", "check", str(library)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == EXIT_PROBLEMS, result.stderr
    (problem,) = result.stdout.strip().splitlines()
    assert problem.split(": ")[1] == "(whole file)"
    assert "not a regular file" in problem or "a folder, not a file" in problem
    assert "1 exercises and" in result.stderr


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_import_of_a_device_or_pipe_is_refused_without_reading_it(data_dir, tmp_path, target):
    if target == "fifo":
        target = tmp_path / "patient.json"
        os.mkfifo(target)
    result = subprocess.run(
        [sys.executable, "-m", "ptplanner", "--data-dir", str(data_dir), "import", str(target)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == EXIT_PROBLEMS
    assert "(whole file): not a regular file" in one_line(result.stderr)


NESTED = {
    "arrays 500 deep": "tags = " + "[" * 500 + "]" * 500,
    "inline tables 3,000 deep": "pictures = " + "{a = " * 3000 + "1" + "}" * 3000,
    "an integer of 5,000 digits": "earliest_stage = " + "9" * 5000,
    "a hexadecimal integer of 5,000 digits": "earliest_stage = 0x" + "f" * 5000,
}


@pytest.mark.parametrize("text", NESTED.values(), ids=NESTED.keys())
@pytest.mark.parametrize("where", ["exercise", "template"])
def test_library_check_names_the_file_of_deep_nesting_and_huge_numbers(capsys, library, text, where):
    folder = library / "templates" if where == "template" else library
    folder.mkdir(exist_ok=True)
    (folder / "hostile.toml").write_text(f'id = "hostile"\n{text}\n', encoding="utf-8")
    code, out, err = run(capsys, "library", "check", str(library))
    assert code == EXIT_PROBLEMS
    problems = out.strip().splitlines()
    assert problems and all(line.count(": ") >= 2 for line in problems)
    assert all(line.startswith(("hostile.toml: ", "templates/hostile.toml: ")) for line in problems), problems
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_import_of_edge_dates_and_versions_is_refused_naming_the_field(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "demo")
    exported = tmp_path / "p.json"
    run(capsys, "--data-dir", str(data_dir), "export", "Robert", "--out", str(exported))
    data = json.loads(exported.read_text(encoding="utf-8"))
    cases = {
        "exported_at": ("exported_at", "9999-12-31T23:59:59-05:00"),
        "early": ("exported_at", "0001-01-01T00:00:00+05:00"),
        "surgery": ("patient.surgery_date", "9999-12-30"),
        "version": ("programs[1].version", 2**63),
    }
    for name, (field, value) in cases.items():
        changed = json.loads(json.dumps(data))
        if name == "surgery":
            changed["patient"]["surgery_date"] = value
        elif name == "version":
            changed["programs"][0]["version"] = value
        else:
            changed["exported_at"] = value
        bad = tmp_path / f"{name}.json"
        bad.write_text(json.dumps(changed), encoding="utf-8")
        code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(bad))
        assert code == EXIT_PROBLEMS
        assert f"ptplanner: {bad}: {field}: " in one_line(err), err
        assert "Robert" not in err and "1964" not in err


PASSWORD = "S3cretPassw0rd"


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg://clinic:{PASSWORD}@db.example:abc/ptplanner",
        f"postgres ql://clinic:{PASSWORD}@db.example/ptplanner",
        f"postgresql+psycopg://clinic:{PASSWORD}@127.0.0.1:1/ptplanner?connect_timeout=abc",
        f"postgresql+psycopg://clinic@127.0.0.1:1/ptplanner?password={PASSWORD}&connect_timeout=1",
        f"postgresql+psycopg://clinic:{PASSWORD}@127.0.0.1:99999/ptplanner",
        f"{PASSWORD}",
    ],
)
def test_a_bad_database_address_never_shows_its_password(capsys, tmp_path, url):
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "--database-url", url, "patients")
    assert code == EXIT_PROBLEMS
    line = one_line(err)
    assert PASSWORD not in line
    assert "database" in line


def test_a_closed_pipe_ends_quietly(data_dir):
    listing = subprocess.run(
        f"{sys.executable} -m ptplanner --data-dir '{data_dir}' demo >/dev/null && "
        f"{sys.executable} -m ptplanner --data-dir '{data_dir}' patients | head -n 1",
        shell=True, capture_output=True, text=True, timeout=120,
    )
    assert listing.stdout.startswith("ID") and listing.stderr == ""


def test_an_unexpected_error_is_one_line_with_its_place_and_no_message(capsys, data_dir, monkeypatch):
    import ptplanner.cli as cli

    def broken(_args):
        raise ValueError("Zelda Quartermaine, born 1961-04-09")

    monkeypatch.setitem(cli._HANDLERS, "patients", broken)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "patients")
    assert code == cli.EXIT_BUG
    line = one_line(err)
    assert line.startswith("ptplanner: unexpected error (ValueError, in ptplanner/cli.py, line ")
    assert "Zelda" not in line and "1961" not in line


def test_a_file_name_with_a_newline_or_escape_stays_on_one_visible_line(capsys, data_dir, tmp_path, library):
    bad = tmp_path / "bad\nname\x1b[31m.json"
    bad.write_text("{", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(bad))
    assert code == EXIT_PROBLEMS and "bad\\nname\\x1b[31m.json: (whole file): not valid JSON" in one_line(err)
    (library / "a\nb.toml").write_text("x =", encoding="utf-8")
    code, out, _ = run(capsys, "library", "check", str(library))
    assert out == "a\\nb.toml: (whole file): not valid TOML: Invalid value (at end of document)\n"
