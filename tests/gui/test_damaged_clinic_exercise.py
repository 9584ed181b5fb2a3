"""A clinic exercise whose stored row cannot be read (text that is not JSON, or JSON that is no exercise) is
named as a library problem; the rest of the library, bundled and the clinic's own, still loads, in the window
and on the command line."""

import pytest
from damaged_rows import damage_clinic_exercises
from gui_helpers import show_window

from ptplanner.app.clinic import Clinic
from ptplanner.app.workspace import Workspace
from ptplanner.cli import EXIT_PROBLEMS, main
from ptplanner.core.exercise import Origin
from ptplanner.storage.database import DATABASE_FILE

GOOD, NOT_JSON, NOT_AN_EXERCISE = "clinic-good-bridge", "clinic-not-json", "clinic-no-steps"


@pytest.fixture
def damaged_folder(data_dir):
    """A data folder with three clinic exercises, two of them damaged behind the app's back."""
    workspace = Workspace.open(data_dir)
    clinic = Clinic(workspace)
    bridge = workspace.bundled.exercises["bridge"]
    for exercise_id in (GOOD, NOT_JSON, NOT_AN_EXERCISE):
        name = f"Bridge {exercise_id}"
        clinic.save_exercise(bridge.model_copy(update={"id": exercise_id, "name": name, "origin": Origin.CLINIC}))
    bundled = len(workspace.bundled)
    workspace.close()
    damage_clinic_exercises(data_dir / DATABASE_FILE, NOT_JSON, NOT_AN_EXERCISE)
    return data_dir, bundled


def test_the_window_loads_the_rest_of_the_library_and_names_the_damaged_rows(qtbot, damaged_folder):
    data_dir, bundled = damaged_folder
    workspace = Workspace.open(data_dir)
    window = show_window(qtbot, workspace)
    try:
        qtbot.waitUntil(lambda: not window.library_dock.loading.isVisible(), timeout=10_000)
        library = window.library.library()
        assert len(library) == bundled + 1 and GOOD in library.exercises
        assert NOT_JSON not in library.exercises and NOT_AN_EXERCISE not in library.exercises
        warning = window.library_dock.warning
        assert warning.isVisible()
        assert f"{NOT_JSON}: (whole record): its stored text is damaged; restore the latest good backup" in (
            warning.text()
        )
        assert f"{NOT_AN_EXERCISE}: steps:" in warning.text()
        assert "Traceback" not in warning.text() and "JSONDecodeError" not in warning.text()
    finally:
        window.close()
        window.deleteLater()
        workspace.close()


def test_export_writes_the_readable_exercises_and_names_the_others(capsys, damaged_folder, tmp_path):
    data_dir, _ = damaged_folder
    out = tmp_path / "exported"
    code = main(["--data-dir", str(data_dir), "library", "export", "--out", str(out)])
    printed, errors = capsys.readouterr()
    assert code == EXIT_PROBLEMS
    assert [path.stem for path in out.iterdir()] == [GOOD]
    assert "Wrote 1 clinic exercise file(s)" in printed
    lines = errors.strip().splitlines()
    assert len(lines) >= 2 and all(line.startswith("Not written, its stored record cannot be read: ") for line in lines)
    assert any(NOT_JSON in line for line in lines) and any(NOT_AN_EXERCISE in line for line in lines)
