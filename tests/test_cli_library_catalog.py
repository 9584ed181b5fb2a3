"""`ptplanner library catalog` names every clinic exercise it leaves out, one line each on stderr, as
`library export` names those it does not write: a stored record that cannot be read, and an exercise
whose id a bundled one has. The PDF is still written; the status is 1, as export's is."""

from __future__ import annotations

import pytest
from damaged_rows import damage_clinic_exercises

from ptplanner.app.clinic import Clinic
from ptplanner.app.workspace import Workspace
from ptplanner.cli import EXIT_OK, EXIT_PROBLEMS, main
from ptplanner.core.exercise import Origin

GOOD, NOT_JSON, NOT_AN_EXERCISE = "clinic-good-bridge", "clinic-not-json", "clinic-no-steps"
SHADOWED, ARCHIVED_SHADOW = "bridge", "clamshell"  # ids of bundled exercises


def catalog(capsys, data_dir, tmp_path) -> tuple[int, str, list[str]]:
    out = tmp_path / "catalog.pdf"
    code = main(["--data-dir", str(data_dir), "library", "catalog", "--out", str(out)])
    printed, errors = capsys.readouterr()
    assert out.read_bytes().startswith(b"%PDF-")
    return code, printed, errors.splitlines()


@pytest.fixture
def clinic_library(data_dir):
    """Clinic exercises: a good one, two damaged behind the app's back, and two with bundled ids (one of
    them archived)."""
    workspace = Workspace.open(data_dir)
    clinic = Clinic(workspace)
    bridge = workspace.bundled.exercises["bridge"]
    assert ARCHIVED_SHADOW in workspace.bundled.exercises
    for exercise_id in (GOOD, NOT_JSON, NOT_AN_EXERCISE, SHADOWED, ARCHIVED_SHADOW):
        name = f"Our {exercise_id}"
        archived = exercise_id == ARCHIVED_SHADOW
        changes = {"id": exercise_id, "name": name, "origin": Origin.CLINIC, "archived": archived}
        exercise = bridge.model_copy(update={**changes, "easier": (), "harder": ()})
        clinic.save_exercise(exercise)
    workspace.close()
    damage_clinic_exercises(data_dir / "ptplanner.db", NOT_JSON, NOT_AN_EXERCISE)
    return data_dir


def test_the_catalog_names_each_clinic_exercise_it_leaves_out_and_why(capsys, clinic_library, tmp_path):
    code, printed, lines = catalog(capsys, clinic_library, tmp_path)
    assert code == EXIT_PROBLEMS
    assert printed.startswith("Wrote the catalog of ")
    unreadable = [line for line in lines if line.startswith("Left out, its stored record cannot be read: ")]
    assert {NOT_JSON, NOT_AN_EXERCISE} == {line.split(": ")[1] for line in unreadable}
    damaged = f"{NOT_JSON}: (whole record): its stored text is damaged; restore the latest good backup"
    assert any(damaged in line for line in unreadable)
    shadowed = [line for line in lines if line.startswith("Left out, a bundled exercise has its id: ")]
    assert shadowed == [
        f"Left out, a bundled exercise has its id: {SHADOWED} (Our {SHADOWED}), so the bundled one is "
        "printed; 'ptplanner library export' writes the clinic's one to keep it"
    ]  # an archived one would not be printed anyway
    assert len(lines) == len(unreadable) + len(shadowed), lines
    assert "Traceback" not in "\n".join(lines)


def test_the_good_clinic_exercise_is_printed_and_export_agrees_on_the_status(
    capsys, clinic_library, tmp_path
):
    code, printed, _ = catalog(capsys, clinic_library, tmp_path)
    workspace = Workspace.open(clinic_library)
    bundled = len(workspace.bundled.active())
    workspace.close()
    assert printed.startswith(f"Wrote the catalog of {bundled + 1} exercises ")  # theirs and GOOD
    export = main(["--data-dir", str(clinic_library), "library", "export", "--out", str(tmp_path / "files")])
    capsys.readouterr()
    assert code == export == EXIT_PROBLEMS
    assert sorted(path.stem for path in (tmp_path / "files").iterdir()) == [SHADOWED, GOOD]


def test_a_catalog_with_nothing_left_out_says_nothing_more(capsys, data_dir, tmp_path):
    code, printed, lines = catalog(capsys, data_dir, tmp_path)
    assert (code, lines) == (EXIT_OK, []) and printed.startswith("Wrote the catalog of ")


def test_the_help_says_what_the_status_is(capsys):
    with pytest.raises(SystemExit):
        main(["library", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "(exit status 1 if a clinic exercise is left out: it is named, the PDF is still written)" in said
    assert "(exit status 1 if any stored one cannot be read: it is named, the others are written)" in said
