"""Writing exercises back out as library files (how a clinic shares its own exercises)."""

from __future__ import annotations

from pathlib import Path

import tomli_w

from ptplanner.core.exercise import Exercise
from ptplanner.core.files import write_file_atomically


def exercise_to_toml(exercise: Exercise) -> str:
    data = exercise.model_dump(mode="json", exclude={"origin", "archived"}, exclude_none=True)
    return tomli_w.dumps(data, multiline_strings=False)


def write_exercise_file(exercise: Exercise, folder: Path) -> Path:
    path = folder / f"{exercise.id}.toml"
    write_file_atomically(path, exercise_to_toml(exercise).encode("utf-8"), private=False)
    return path
