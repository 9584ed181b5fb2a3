"""Writing exercises back out as library files (how a clinic shares its own exercises)."""

from __future__ import annotations

from pathlib import Path

import tomli_w

from ptplanner.core.exercise import Exercise


def exercise_to_toml(exercise: Exercise) -> str:
    data = exercise.model_dump(mode="json", exclude={"origin", "archived"}, exclude_none=True)
    return tomli_w.dumps(data, multiline_strings=False)


def write_exercise_file(exercise: Exercise, folder: Path) -> Path:
    path = folder / f"{exercise.id}.toml"
    path.write_text(exercise_to_toml(exercise), encoding="utf-8")
    return path
