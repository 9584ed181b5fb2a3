"""One open ptplanner: its database, the exercise library (bundled plus the clinic's) and the templates.

Shared by the command line and the GUI, so both see the same data the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ptplanner.core.library import Library, load_library
from ptplanner.core.problems import Problem
from ptplanner.core.templates import ProgramTemplate, load_templates
from ptplanner.datadirs import network_filesystem
from ptplanner.resources import exercises_dir, templates_dir
from ptplanner.storage.database import Database, default_database_url, open_database
from ptplanner.storage.store import Store


@dataclass
class Workspace:
    database: Database
    store: Store
    bundled: Library
    templates: dict[str, ProgramTemplate]
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, data_dir: Path, database_url: str | None = None) -> Workspace:
        warnings = []
        if database_url is None:
            share = network_filesystem(data_dir) if data_dir.exists() else None
            if share:
                warnings.append(
                    f"The data folder {data_dir} is on a network share ({share}). SQLite databases get "
                    "damaged on network shares. Clinics with several workstations should share one "
                    "PostgreSQL database instead (see --database-url)."
                )
            database_url = default_database_url(data_dir)
        database = open_database(database_url)
        warnings += database.warnings
        bundled = load_library(exercises_dir())
        templates, template_problems = load_templates(templates_dir(), bundled)
        return cls(database, Store(database), bundled, templates, bundled.problems + template_problems, warnings)

    def library(self) -> Library:
        """The bundled library plus the clinic's own exercises, as stored now."""
        return self.bundled.merged_with(self.store.clinic_exercises(include_archived=True))

    def close(self) -> None:
        self.database.close()
