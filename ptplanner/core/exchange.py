"""A patient's complete record as one JSON file, for moving a patient between databases.

The file holds the patient, their current programs, every saved version of those programs (from
format 2, with when each was saved: adherence counts each logged day against the version in effect),
their adherence log and outcome scores. Reading a file checks everything before anything is
imported, and every problem names the field it is in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Hashable, Iterable, Iterator
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from ptplanner.core.adherence import AdherenceEntry, OutcomeScore
from ptplanner.core.bounds import UtcMoment, Version
from ptplanner.core.data_text import DataTextError, load_json
from ptplanner.core.files import UnreadableFile, read_capped_text, size_words
from ptplanner.core.model import CoreModel
from ptplanner.core.patient import Patient
from ptplanner.core.problems import field_path, problems_from_validation
from ptplanner.core.program import Program

FORMAT = "ptplanner-patient"
# 2 added `versions_saved`, 3 the surgeon and the assessment, 4 the patient's language; 1 to 3 are still read
FORMAT_VERSION = 4
MAX_RECORD_BYTES = 50 * 1024 * 1024
WHOLE_FILE = field_path(())
_NOT_HERE = "not one of the programs in this file"
# What an id in a patient file may be: the command line finds a patient by id or its first characters, and
# takes a name too, so an id of spaces, control characters or a name's words could never be found again.
# The database itself keeps any id it was given (older files were not checked), so only reading checks this.
PLAIN_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")
PLAIN_ID_WORDS = (
    "not a plain id: letters, digits, '-', '_' and '.', 1 to 64 characters, not starting with '-' or '.'"
)


class RecordError(ValueError):
    """A patient file that cannot be imported. Each problem reads `field: what is wrong`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems)
        self.problems = problems

    def __str__(self) -> str:
        return "This patient file cannot be imported:\n" + "\n".join(f"- {p}" for p in self.problems)


class VersionSaved(CoreModel):
    """When one version in `program_history` was saved."""

    program_id: str = Field(min_length=1, max_length=64)
    version: Version = Field(ge=1)
    saved_at: UtcMoment


class PatientRecord(CoreModel):
    format: Literal["ptplanner-patient"] = FORMAT
    format_version: Literal[1, 2, 3, 4] = FORMAT_VERSION
    app_version: str = Field(min_length=1, max_length=50)
    exported_at: UtcMoment
    patient: Patient
    programs: tuple[Program, ...] = ()
    program_history: tuple[Program, ...] = ()  # every saved version, the current ones included
    versions_saved: tuple[VersionSaved, ...] = ()  # when each was saved; none in format 1 files
    adherence: tuple[AdherenceEntry, ...] = ()
    outcomes: tuple[OutcomeScore, ...] = ()

    @model_validator(mode="after")
    def _belongs_together(self) -> PatientRecord:
        problem = _first_inconsistency(self)
        if problem:
            raise ValueError(problem)
        return self


def record_to_json(record: PatientRecord) -> str:
    """Stable text: the same record always gives the same bytes."""
    data = record.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def record_from_json(text: str) -> PatientRecord:
    if len(text) > MAX_RECORD_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_RECORD_BYTES:
        raise _whole_file(f"larger than {size_words(MAX_RECORD_BYTES)}")
    try:
        data = load_json(text)
    except DataTextError as error:
        raise _whole_file(str(error)) from None
    if not isinstance(data, dict):
        raise _whole_file("not a ptplanner patient file (it is not a JSON object)")
    _check_format(data)
    try:
        record = PatientRecord.model_validate(data)
    except ValidationError as error:
        # The values themselves are not repeated: they are a patient's details.
        problems = problems_from_validation("", error, show_values=False)
        raise RecordError([_describe(p.field, p.message) for p in problems]) from None
    bad_ids: dict[str, str] = {}  # each bad id once, where it first is: the places pointing at it say no more
    for place, value in _ids(record):
        if not PLAIN_ID.fullmatch(value):
            bad_ids.setdefault(value, f"{field_path(place)}: {PLAIN_ID_WORDS}")
    if bad_ids:
        raise RecordError(list(bad_ids.values()))
    return record


def read_record_file(path: Path) -> PatientRecord:
    """Read a patient file: a regular file of at most MAX_RECORD_BYTES, read no further than that."""
    try:
        text = read_capped_text(path, MAX_RECORD_BYTES)
    except UnreadableFile as error:
        raise _whole_file(str(error)) from None
    return record_from_json(text)


def _whole_file(message: str) -> RecordError:
    return RecordError([f"{WHOLE_FILE}: {message}"])


def _describe(field: str, message: str) -> str:
    # Problems found across fields (see _first_inconsistency) already start with their field.
    return message if field == WHOLE_FILE else f"{field}: {message}"


def _check_format(data: dict[str, object]) -> None:
    if data.get("format") != FORMAT:
        raise RecordError([f'format: not a ptplanner patient file (expected "{FORMAT}")'])
    version = data.get("format_version")
    if version is None:
        raise RecordError(["format_version: missing (required)"])
    if not isinstance(version, int) or isinstance(version, bool):  # JSON's true is no version 1, nor is 1.0
        readable = f"this ptplanner reads 1 to {FORMAT_VERSION}"
        raise RecordError([f"format_version: not a whole number ({readable})"])
    if version > FORMAT_VERSION:
        newer = f"written by a newer ptplanner (format {version}); this one reads format {FORMAT_VERSION}"
        raise RecordError([f"format_version: {newer}"])


def _ids(record: PatientRecord) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every id in the record (of the patient, a program, stage, item, log entry or score, and those that
    point at one), with where it is."""
    yield ("patient", "id"), record.patient.id
    for section in ("programs", "program_history"):
        for index, program in enumerate(getattr(record, section)):
            yield (section, index, "id"), program.id
            yield (section, index, "patient_id"), program.patient_id
            for number, stage in enumerate(program.stages):
                yield (section, index, "stages", number, "id"), stage.id
                for item_number, item in enumerate(stage.items):
                    yield (section, index, "stages", number, "items", item_number, "id"), item.id
    for index, saved in enumerate(record.versions_saved):
        yield ("versions_saved", index, "program_id"), saved.program_id
    for index, entry in enumerate(record.adherence):
        yield ("adherence", index, "id"), entry.id
        yield ("adherence", index, "program_id"), entry.program_id
        for number, done in enumerate(entry.completions):
            yield ("adherence", index, "completions", number, "item_id"), done.item_id
    for index, score in enumerate(record.outcomes):
        yield ("outcomes", index, "id"), score.id


def _first_inconsistency(record: PatientRecord) -> str | None:
    """The first place where the parts of a record do not fit together, as `field: problem`."""
    for section in ("programs", "program_history"):
        for index, program in enumerate(getattr(record, section)):
            if program.patient_id != record.patient.id:
                return f"{field_path((section, index, 'patient_id'))}: belongs to another patient"
    current = {program.id: program for program in record.programs}
    snapshots = {(p.id, p.version): p for p in record.program_history}
    checks = [
        _duplicate("programs", "id", (p.id for p in record.programs)),
        _duplicate("program_history", "version", ((p.id, p.version) for p in record.program_history)),
        _duplicate("adherence", "id", (e.id for e in record.adherence)),
        _duplicate(
            "adherence", "day", ((e.program_id, e.day) for e in record.adherence), "a second entry that day"
        ),
        _duplicate("outcomes", "id", (s.id for s in record.outcomes)),
        _duplicate("versions_saved", "version", ((v.program_id, v.version) for v in record.versions_saved)),
        _first("program_history", "id", (p.id in current for p in record.program_history), _NOT_HERE),
        _first("adherence", "program_id", (e.program_id in current for e in record.adherence), _NOT_HERE),
        _first(
            "programs",
            "version",
            (snapshots.get((p.id, p.version)) == p for p in record.programs),
            "this version is missing from program_history",
        ),
        _first(
            "versions_saved",
            "version",
            ((v.program_id, v.version) in snapshots for v in record.versions_saved),
            "not a version in program_history",
        ),
    ]
    return next((problem for problem in checks if problem), None)


def _duplicate(
    section: str, field: str, keys: Iterable[Hashable], message: str = "listed twice"
) -> str | None:
    seen: set[Hashable] = set()
    for index, key in enumerate(keys):
        if key in seen:
            return f"{field_path((section, index, field))}: {message}"
        seen.add(key)
    return None


def _first(section: str, field: str, fits: Iterable[bool], message: str) -> str | None:
    for index, ok in enumerate(fits):
        if not ok:
            return f"{field_path((section, index, field))}: {message}"
    return None
