"""Builders for valid core objects and library files; each test changes one thing."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from ptplanner.core.exercise import Exercise

# The shape of exercises/bridge.toml, kept here so loader tests do not depend on the bundled library.
_VALID_EXERCISE: dict[str, Any] = {
    "id": "bridge",
    "name": "Bridge",
    "summary": "Lift your hips off the bed to strengthen your buttocks and back.",
    "category": "core strengthening",
    "regions": ["hip", "pelvis", "trunk"],
    "muscles": ["glutes", "hamstrings", "deep abdominals"],
    "position": "hook-lying",
    "equipment": ["mat"],
    "steps": [
        "Lie on your back with your knees bent and feet flat.",
        "Squeeze your buttocks and lift your hips.",
        "Hold, then lower slowly.",
    ],
    "cues": ["Keep your back flat, do not arch it."],
    "stop_if": "Stop if you feel sharp pain in your back or new pain down your leg.",
    "precautions": ["Do not lift your hips higher than a straight line."],
    "earliest_stage": 2,
    "easier": [],
    "harder": [],
    "tags": ["bridging"],
    "dosage": {"sets": 2, "reps": 10, "hold_seconds": 5, "times_per_day": 1},
}

ExerciseDict = Callable[..., dict[str, Any]]


@pytest.fixture
def exercise_dict() -> ExerciseDict:
    """exercise_dict(**changes): a fresh, valid exercise-file dict with the given fields replaced."""

    def make(**changes: Any) -> dict[str, Any]:
        return {**copy.deepcopy(_VALID_EXERCISE), **changes}

    return make


@pytest.fixture
def make_exercise(exercise_dict: ExerciseDict) -> Callable[..., Exercise]:
    """make_exercise(**changes): a valid Exercise with the given fields replaced."""

    def make(**changes: Any) -> Exercise:
        return Exercise.model_validate(exercise_dict(**changes))

    return make


def _write_toml(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(tomli_w.dumps(data).encode("utf-8"))
    return path


@pytest.fixture
def write_toml() -> Callable[[Path, dict[str, Any]], Path]:
    """write_toml(path, data): writes `data` as a TOML file, making its folder if needed."""
    return _write_toml


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exercises"
    folder.mkdir()
    return folder


@pytest.fixture
def write_exercise(library_dir: Path) -> Callable[..., Path]:
    """write_exercise(data, file_name=None): writes `data` into library_dir as `<id>.toml` by default."""

    def write(data: dict[str, Any], file_name: str | None = None) -> Path:
        return _write_toml(library_dir / (file_name or f"{data['id']}.toml"), data)

    return write
