"""Loading and checking an exercise library folder: one TOML file per exercise.

A bad file is reported and skipped; it never stops the other files from loading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ptplanner.core.data_text import DataTextError, load_toml
from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.files import UnreadableFile, read_capped_text
from ptplanner.core.language import tr_clinic
from ptplanner.core.problems import Problem, problems_from_validation

MAX_FILE_BYTES = 256 * 1024


@dataclass
class Library:
    exercises: dict[str, Exercise] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # exercise id -> the file it was read from

    def get(self, exercise_id: str) -> Exercise | None:
        return self.exercises.get(exercise_id)

    def __len__(self) -> int:
        return len(self.exercises)

    def active(self) -> list[Exercise]:
        return [e for e in self.exercises.values() if not e.archived]

    def skipped_files(self) -> list[str]:
        return sorted({p.file for p in self.problems})

    def merged_with(self, extra: Iterable[Exercise], extra_problems: Iterable[Problem] = ()) -> Library:
        """This library plus more exercises (e.g. the clinic's) and the problems met reading them, links
        re-checked over the whole."""
        combined = dict(self.exercises)
        problems = [*self.problems, *extra_problems]
        for exercise in extra:
            if exercise.id in combined:
                problems.append(Problem(exercise.id, "id", tr_clinic("duplicate id, already in the library")))
                continue
            combined[exercise.id] = exercise
        linked, link_problems = _check_links(combined, {e: e for e in combined})
        return Library(linked, problems + link_problems)


def read_exercise_file(path: Path, origin: Origin = Origin.BUNDLED) -> tuple[Exercise | None, list[Problem]]:
    name = path.name
    try:
        data = load_toml(read_capped_text(path, MAX_FILE_BYTES))
    except (UnreadableFile, DataTextError) as error:
        return None, [Problem(name, "(whole file)", str(error))]
    if "origin" in data:
        return None, [Problem(name, "origin", tr_clinic("set by ptplanner, not by library files"))]
    try:
        return Exercise.model_validate({**data, "origin": origin}), []
    except ValidationError as error:
        return None, problems_from_validation(name, error)


def load_library(folder: Path, origin: Origin = Origin.BUNDLED) -> Library:
    """Read every *.toml directly in `folder` (templates live in a sub-folder)."""
    exercises: dict[str, Exercise] = {}
    files: dict[str, str] = {}
    problems: list[Problem] = []
    if not folder.is_dir():
        return Library({}, [Problem(str(folder), "(folder)", tr_clinic("is not a folder"))])
    for path in sorted(folder.glob("*.toml")):
        exercise, found = read_exercise_file(path, origin)
        problems += found
        if exercise is None:
            continue
        if exercise.id in exercises:
            said = tr_clinic("duplicate id '{id}', also in {file}")
            said = said.format(id=exercise.id, file=files[exercise.id])
            problems.append(Problem(path.name, "id", said))
            continue
        exercises[exercise.id] = exercise
        files[exercise.id] = path.name
    linked, link_problems = _check_links(exercises, files)
    return Library(linked, problems + link_problems, files)


def _check_links(exercises: dict[str, Exercise], files: dict[str, str]) -> tuple[dict[str, Exercise], list[Problem]]:
    """Report easier/harder links to unknown ids and drop them from the loaded exercise."""
    problems = []
    result = {}
    for exercise_id, exercise in exercises.items():
        fixes = {}
        for kind in ("easier", "harder"):
            links = getattr(exercise, kind)
            broken = [link for link in links if link not in exercises]
            for link in broken:
                said = tr_clinic("links to '{link}', which is not in the library").format(link=link)
                problems.append(Problem(files[exercise_id], kind, said))
            if broken:
                fixes[kind] = tuple(link for link in links if link not in broken)
        result[exercise_id] = exercise.model_copy(update=fixes) if fixes else exercise
    return result, problems
