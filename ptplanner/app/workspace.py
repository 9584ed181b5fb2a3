"""One open ptplanner: its database, the exercise library (bundled plus the clinic's) and the templates.

Shared by the command line and the GUI, so both see the same data the same way. The bundled library and
templates are read from their files when first asked for, not on opening: the window's patient list
needs neither, and reading them (a tenth of a second) would hold it back.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from collections.abc import Callable, Iterable
from pathlib import Path

from ptplanner.core.exercise import Exercise
from ptplanner.core.library import Library, load_library
from ptplanner.core.problems import Problem
from ptplanner.core.templates import ProgramTemplate, load_templates
from ptplanner.datadirs import network_filesystem
from ptplanner.resources import exercises_dir, templates_dir
from ptplanner.storage.auto_backup import AutomaticBackups, backup_folder
from ptplanner.storage.database import (
    DATABASE_FILE,
    Database,
    DatabaseError,
    default_database_url,
    open_database,
)
from ptplanner.storage.store import Store

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    database: Database
    store: Store
    given_bundled: Library | None = None  # None: read from the bundled files when first needed
    given_templates: dict[str, ProgramTemplate] | None = None
    given_problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    backups: AutomaticBackups | None = None  # an SQLite database in a data folder
    _reading: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def bundled(self) -> Library:
        return self._bundled_files()[0]

    @property
    def templates(self) -> dict[str, ProgramTemplate]:
        return self._bundled_files()[1]

    @property
    def problems(self) -> list[Problem]:
        """What was wrong with the bundled library and template files."""
        return self._bundled_files()[2]

    def _bundled_files(self) -> tuple[Library, dict[str, ProgramTemplate], list[Problem]]:
        with self._reading:  # threads that ask at once wait for one reading
            if self.given_bundled is None:
                bundled = load_library(exercises_dir())
                templates, template_problems = load_templates(templates_dir(), bundled)
                self.given_problems = bundled.problems + template_problems
                self.given_bundled = bundled
                self.given_templates = templates
            elif self.given_templates is None:
                self.given_templates = {}
        return self.given_bundled, self.given_templates, self.given_problems

    @classmethod
    def open(cls, data_dir: Path, database_url: str | None = None) -> Workspace:
        warnings, holds_data, in_data_folder = [], False, database_url is None
        if in_data_folder:
            share = network_filesystem(data_dir) if data_dir.exists() else None
            if share:
                warnings.append(
                    f"The data folder {data_dir} is on a network share ({share}). SQLite databases get "
                    "damaged on network shares. Clinics with several workstations should share one "
                    "PostgreSQL database instead (see --database-url)."
                )
            database_url = default_database_url(data_dir)
            holds_data = _holds_data(data_dir / DATABASE_FILE)
        database = open_database(database_url)
        if not in_data_folder:
            return cls.on_database(database)
        warnings += database.warnings
        backups = AutomaticBackups(database, backup_folder(data_dir))
        try:
            warnings += backups.on_open(holds_data)
        except DatabaseError:  # the backup found the database damaged: refused like any damage
            database.close()
            raise
        return cls(database, Store(database), warnings=warnings, backups=backups)

    @classmethod
    def on_database(cls, database: Database) -> Workspace:
        """The workspace of a database opened by its URL (not a data folder's: no automatic backups)."""
        return cls(database, Store(database), warnings=list(database.warnings))

    def library(self, pause_point: Callable[[], None] | None = None) -> Library:
        """The bundled library plus the clinic's own exercises, as stored now (`pause_point`: see
        storage.clinic.clinic_exercises)."""
        return self.library_read(pause_point)[0]

    def library_read(
        self, pause_point: Callable[[], None] | None = None
    ) -> tuple[Library, list[Problem], list[Exercise]]:
        """library(), with the clinic's exercises it leaves out: why each stored one that cannot be read is
        refused, and those that can whose id a bundled exercise has (the bundled one is kept)."""
        clinic = self.store.clinic_exercises(include_archived=True, pause_point=pause_point)
        refused, bundled = clinic.problems(), self.bundled
        hidden = [exercise for exercise in clinic.exercises if exercise.id in bundled.exercises]
        return bundled.merged_with(clinic.exercises, refused), refused, hidden

    def library_exercises(self, ids: Iterable[str]) -> dict[str, Exercise]:
        """The exercises of library() with these ids, reading only those of the clinic's (a bundled one
        keeps its id, as library() keeps it over a clinic exercise of the same id)."""
        wanted = set(ids)
        found = {i: self.bundled.exercises[i] for i in wanted if i in self.bundled.exercises}
        return {**self.store.clinic_exercises_with_ids(wanted - found.keys()), **found}

    def close(self) -> list[str]:
        """Close the database, backed up first when something was saved; the warnings of that backup."""
        try:
            warnings = [] if self.backups is None else self.backups.on_close()
        finally:
            self.database.close()
        return warnings


def _holds_data(path: Path) -> bool:
    """A database was there before opening (a new one is not worth a backup)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def start_checking(data_dir: Path) -> None:
    """Start the damage check of the data folder's database on a worker thread; opening waits for it.

    Called before the slow imports of the window, so the check overlaps them."""
    from ptplanner.storage.sqlite_file import start_checking as start

    start(data_dir / DATABASE_FILE)
