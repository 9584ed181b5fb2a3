"""Fuzzing the files people hand ptplanner: patient files (`import`) and library files (`library check`).

Every input ends in exit 0, or exit 1 with a one-line message (library check: one `file: field: what
is wrong` line per problem); never a traceback, never a hang; and a refused import leaves the
database as it was. The command line runs in this process for speed, and a few times for real.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.resources import exercises_dir
from ptplanner.app.workspace import Workspace

SECONDS_PER_INPUT = 20  # a hang, not slowness: the machine is shared
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

leaves = st.one_of(
    st.none(), st.booleans(), st.integers(), st.sampled_from([2**63, -(2**63) - 1, 2**31, 0, -1]),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20),
    st.dates().map(lambda day: day.isoformat()), st.sampled_from(["9999-12-31T23:59:59-05:00", "0001-01-01"]),
)
values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
text_damage = st.one_of(
    st.just(("none",)),
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.text(max_size=10)),
    st.tuples(st.just("nest"), st.integers(30, 3000)),
    st.tuples(st.just("huge number"), st.integers(4000, 6000)),
)


def paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    children = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, child in children:
        found += paths(child, (*prefix, key))
    return found


def mutated(data: Any, draw: st.DrawFn) -> Any:
    """`data` with a few of its values replaced or removed."""
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.sampled_from(paths(data)[1:] or [()]))
        if not where:
            return draw(values)
        parent = data
        for key in where[:-1]:
            parent = parent[key]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[where[-1]]
        else:
            parent[where[-1]] = draw(values)
    return data


def damaged(text: str, damage: tuple, key: str) -> str:
    kind = damage[0]
    if kind == "truncate":
        return text[: int(len(text) * damage[1])]
    if kind == "insert":
        at = int(len(text) * damage[1])
        return text[:at] + damage[2] + text[at:]
    if kind == "nest":
        return text.replace(key, f"{key}{'[' * damage[1]}", 1) if key in text else "[" * damage[1] + text
    if kind == "huge number":
        return text.replace("1", "9" * damage[1], 1)
    return text


def within_time_limit(command: list[str]) -> int:
    def hung(*_args):
        raise TimeoutError(f"ptplanner {' '.join(command[-2:])} took over {SECONDS_PER_INPUT} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(SECONDS_PER_INPUT)
    try:
        return main(command)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def assert_one_line_refusal(code: int, err: str) -> None:
    assert code in (EXIT_OK, EXIT_PROBLEMS), err
    assert "Traceback" not in err and "unexpected error" not in err, err
    if code == EXIT_PROBLEMS:
        assert len(err.strip().splitlines()) == 1 and err.startswith("ptplanner: "), err


# Patient files


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, dict[str, Any]]:
    """A data folder with the demo clinic, and one of its patients as exported data."""
    folder = tmp_path_factory.mktemp("fuzz")
    data_dir = folder / "data"
    assert main(["--data-dir", str(data_dir), "demo"]) == EXIT_OK
    out = folder / "robert.json"
    assert main(["--data-dir", str(data_dir), "export", "Robert", "--out", str(out)]) == EXIT_OK
    record = json.loads(out.read_text(encoding="utf-8"))
    workspace = Workspace.open(data_dir)
    try:
        workspace.store.erase_patient(record["patient"]["id"])
    finally:
        workspace.close()
    return data_dir, record


def stored_patients(data_dir: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The patients stored, and the number of rows in every table."""
    from sqlalchemy import func, select

    from ptplanner.storage.models import Base

    workspace = Workspace.open(data_dir)
    try:
        with workspace.database.engine.connect() as connection:
            rows = {table.name: connection.scalar(select(func.count()).select_from(table))
                    for table in Base.metadata.sorted_tables}
        return {p.id: p for p in workspace.store.list_patients()}, rows
    finally:
        workspace.close()


@st.composite
def patient_files(draw: st.DrawFn, record: dict[str, Any]) -> str:
    data = mutated(json.loads(json.dumps(record)), draw)
    return damaged(json.dumps(data, ensure_ascii=draw(st.booleans())), draw(text_damage), '"programs": ')


@FUZZ
@given(st.data())
def test_any_patient_file_is_imported_whole_or_refused_in_one_line(capsys, tmp_path, exported, data):
    data_dir, record = exported
    text = data.draw(patient_files(record))
    file = tmp_path / "patient.json"
    file.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = stored_patients(data_dir)
    code = within_time_limit(["--data-dir", str(data_dir), "import", str(file)])
    _, err = capsys.readouterr()
    assert_one_line_refusal(code, err)
    after = stored_patients(data_dir)
    if code == EXIT_PROBLEMS:
        assert after == before  # nothing half-imported, in any table
    else:
        (added,) = set(after[0]) - set(before[0])
        workspace = Workspace.open(data_dir)
        try:
            workspace.store.erase_patient(added)
        finally:
            workspace.close()


# Library files


def bundled(name: str) -> dict[str, Any]:
    return tomllib.loads((exercises_dir() / name).read_text(encoding="utf-8"))


@st.composite
def library_files(draw: st.DrawFn) -> tuple[str, str]:
    exercise = bundled("bridge.toml") | {"easier": [], "harder": []}
    template = {"id": "fuzzed", "name": "Fuzzed", "stages": [{"name": "One", "start_week": 0,
                                                              "items": [{"exercise": exercise["id"]}]}]}
    texts = []
    for data, key in ((exercise, "steps = "), (template, "items = ")):
        data = mutated(data, draw)
        try:
            text = tomli_w.dumps(data) if isinstance(data, dict) else f"x = {json.dumps(data)}"
        except (TypeError, ValueError):  # a value TOML cannot hold (None): write it as JSON text
            text = json.dumps(data)
        texts.append(damaged(text, draw(text_damage), key))
    return texts[0], texts[1]


@FUZZ
@given(files=library_files())
def test_any_library_file_is_loaded_or_named_with_its_field(capsys, tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("library")
    (folder / "templates").mkdir()
    (folder / "fuzzed.toml").write_text(files[0], encoding="utf-8", errors="surrogatepass")
    (folder / "templates" / "fuzzed.toml").write_text(files[1], encoding="utf-8", errors="surrogatepass")
    code = within_time_limit(["library", "check", str(folder)])
    out, err = capsys.readouterr()
    assert code in (EXIT_OK, EXIT_PROBLEMS) and "Traceback" not in err
    assert len(err.strip().splitlines()) == (1 if code == EXIT_PROBLEMS else 0), err
    for line in out.strip().splitlines()[: None if code == EXIT_PROBLEMS else 0]:
        file, field, message = line.split(": ", 2)
        assert file in ("fuzzed.toml", "templates/fuzzed.toml") and field and message, line


# A few real runs of the installed command


@pytest.mark.parametrize(
    "text",
    ['{"format": "ptplanner-patient", "format_version": 2, "patient": ' + "[" * 5000,
     '{"format": "ptplanner-patient", "format_version": ' + "9" * 5000 + "}",
     "\ufeff{}"],
    ids=["deep", "huge number", "empty object"],
)
def test_a_real_import_of_a_hostile_file_ends_in_one_line(tmp_path, text):
    file = tmp_path / "patient.json"
    file.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "ptplanner", "--data-dir", str(tmp_path / "data"), "import", str(file)],
        capture_output=True, text=True, timeout=120,
    )
    assert_one_line_refusal(result.returncode, result.stderr)
    assert result.returncode == EXIT_PROBLEMS and f"{file}: " in result.stderr
