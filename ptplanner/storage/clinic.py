"""The clinic's own exercises and the app's settings."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Text, cast, false, select
from sqlalchemy.orm import Session

from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.language import clinic_word, tr_clinic
from ptplanner.core.model import validate_json
from ptplanner.core.names import name_order
from ptplanner.core.pose import Pictures
from ptplanner.core.problems import Problem, problems_from_validation
from ptplanner.storage.damaged_rows import UNREADABLE, damaged
from ptplanner.storage.errors import DatabaseDamaged
from ptplanner.storage.models import ClinicExerciseRow, SettingRow
from ptplanner.storage.patients import now
from ptplanner.storage.upsert import upsert

MAX_SETTING_KEY = 200
IDS_PER_QUERY = 500  # well under the number of parameters SQLite accepts in one statement


@dataclass
class ClinicExercises:
    """The clinic's stored exercises that could be read, and why each of the others could not (a row written
    behind the app's back: an older version, a hand edit, a damaged page). One bad row never hides the rest
    of the library."""

    exercises: list[Exercise] = field(default_factory=list)
    refused: dict[str, ValidationError | DatabaseDamaged] = field(default_factory=dict)  # by exercise id

    def problems(self) -> list[Problem]:
        """The refused rows as library problems, named by their exercise id."""
        problems = []
        for exercise_id, why in sorted(self.refused.items()):
            if isinstance(why, ValidationError):
                problems += problems_from_validation(exercise_id, why)
            else:
                problems.append(Problem(exercise_id, tr_clinic(WHOLE_RECORD), tr_clinic(DAMAGED_TEXT)))
        return problems


DAMAGED_TEXT = clinic_word("its stored text is damaged; restore the latest good backup")
WHOLE_RECORD = clinic_word("(whole record)")


PAUSE_EVERY = 100  # documents parsed between two pause points: a few milliseconds


def clinic_exercises(
    session: Session, include_archived: bool = False, pause_point: Callable[[], None] | None = None
) -> ClinicExercises:
    """`pause_point`: called before every PAUSE_EVERY documents are parsed, so a read nobody waits for yet
    can stand aside while the window needs the interpreter (gui/start_reads.py: LibraryAhead). Raises the
    database's error when the table itself cannot be read (a damaged file, a lost server): that is not one
    document's fault; a document that cannot be read is refused by its id, and the others are read."""
    # Each document's text, its pictures cut out here (_pictures_cut): the pictures repeat (below), so the
    # few distinct ones are parsed and validated once, known by their text. Cut in SQLite (json_extract,
    # json_remove) the 5,000 documents of the big clinic took 0.12 s to fetch; as text, 0.03 s, and the
    # cut 0.025 s more.
    query = select(ClinicExerciseRow.id, cast(ClinicExerciseRow.document, Text))
    if not include_archived:
        query = query.where(ClinicExerciseRow.archived == false())
    rows = session.execute(query).all()
    pictures = _PicturesOnce()
    read = ClinicExercises()
    for index, (exercise_id, text) in enumerate(rows):
        if pause_point is not None and index % PAUSE_EVERY == 0:
            pause_point()
        try:
            read.exercises.append(pictures.exercise(*_pictures_cut(text, pictures.known_end)))
        except UNREADABLE:  # refused with the very words the stored document as a whole gets
            _whole_document_into(read, exercise_id, text)
    read.exercises.sort(key=lambda e: (name_order(e.name), e.id))
    return read


def _whole_document_into(read: ClinicExercises, exercise_id: str, text: Any) -> None:
    """The stored text parsed and validated whole; text that is not JSON at all (SQLite keeps any text) is
    refused as damaged, by name."""
    try:
        document = json.loads(text)
    except UNREADABLE:
        read.refused[exercise_id] = damaged(tr_clinic("the clinic exercise {id}").format(id=exercise_id))
        return
    try:
        read.exercises.append(Exercise.model_validate(document))
    except ValidationError as error:
        read.refused[exercise_id] = error


_DECODER = json.JSONDecoder()
KNOWN_PREFIX = 64  # characters that pick out the pictures texts met before worth comparing whole


def _pictures_cut(
    document: str, known_end: Callable[[str, int], int | None] = lambda _document, _start: None
) -> tuple[str | None, str]:
    """The text of the first value keyed "pictures" in `document`, and the document with null there. Inside
    a JSON string a quote is escaped, so the key found is a key; should it be another object's (a damaged
    document), what is left fails to validate, and the caller validates the stored document whole.
    `known_end`: where a value seen before ends, if it starts there (found without parsing it again)."""
    for key in ('"pictures": ', '"pictures":'):
        start = document.find(key) + len(key)
        if start >= len(key):
            end = known_end(document, start)
            if end is None:
                try:
                    _value, end = _DECODER.raw_decode(document, start)
                except ValueError:
                    break
            return document[start:end], f"{document[:start]}null{document[end:]}"
    return None, document


def clinic_exercises_with_ids(session: Session, ids: Iterable[str]) -> dict[str, Exercise]:
    """The clinic's exercises (archived too) among `ids`, by id: a program's few, not the whole library. One
    whose stored document cannot be read is left out, as an exercise no longer in the library is (the
    library's read names it)."""
    wanted = sorted(set(ids))
    found = {}
    for start in range(0, len(wanted), IDS_PER_QUERY):
        chunk = wanted[start : start + IDS_PER_QUERY]
        query = select(cast(ClinicExerciseRow.document, Text)).where(ClinicExerciseRow.id.in_(chunk))
        for text in session.scalars(query):
            try:
                exercise = Exercise.model_validate(json.loads(text))
            except UNREADABLE:  # not JSON, or not an exercise
                continue
            found[exercise.id] = exercise
    return found


class _PicturesOnce:
    """Clinic exercises are mostly copies of bundled ones, so their pictures repeat (the big benchmark
    clinic: 5,000 exercises, 121 distinct pictures). Each distinct pictures document is parsed and validated
    once, known by its text (on PostgreSQL, found in the document by its beginning, not parsed again); the
    rest of the exercise is validated from its JSON text (core.model.validate_json) with null pictures, and
    that (frozen) Pictures is put in their place: no validator of Exercise looks inside the pictures. The
    clinic's library read took half the time (the documents' JSON was parsed whole, and the pictures written
    back to JSON to know them), then a third less again (SQLite 0.35 to 0.25 s, PostgreSQL 0.31 to 0.26).
    Equal pictures are kept as one object whatever their text (-35 MB of memory). Anything unexpected raises
    ValueError: the caller then validates the stored document whole."""

    def __init__(self) -> None:
        self._by_text: dict[str, Pictures] = {}
        self._by_value: dict[Pictures, Pictures] = {}
        self._by_start: dict[str, list[str]] = {}  # the texts of _by_text by their first characters

    def known_end(self, document: str, start: int) -> int | None:
        """Where a pictures text met before ends, when `document` holds one at `start`: a JSON object's text
        is whole when its last brace is, so nothing after it can belong to the value."""
        for text in self._by_start.get(document[start : start + KNOWN_PREFIX], ()):
            if document.startswith(text, start):
                return start + len(text)
        return None

    def exercise(self, pictures_text: str | None, rest_text: str) -> Exercise:
        if not isinstance(pictures_text, str | None):
            raise ValueError("not an exercise document")
        exercise = validate_json(Exercise, rest_text)  # with no pictures, or null ones
        if pictures_text is None or pictures_text == "null":
            return exercise
        if exercise.pictures is not None:  # a second key of that name (the last one counts)
            raise ValueError("pictures left in the rest")
        pictures = self._by_text.get(pictures_text)
        if pictures is None:
            made = validate_json(Pictures, pictures_text)
            pictures = self._by_text[pictures_text] = self._by_value.setdefault(made, made)
            if pictures_text.startswith("{"):
                self._by_start.setdefault(pictures_text[:KNOWN_PREFIX], []).append(pictures_text)
        return _with_pictures(exercise, pictures)


def _with_pictures(exercise: Exercise, pictures: Pictures) -> Exercise:
    """`exercise`, just validated and seen by no one yet, given its pictures in place: what model_copy does,
    without copying the model (a tenth of the library's read)."""
    exercise.__dict__["pictures"] = pictures
    exercise.__pydantic_fields_set__.add("pictures")
    return exercise


def save_clinic_exercise(session: Session, exercise: Exercise) -> None:
    if exercise.origin is not Origin.CLINIC:
        origin = exercise.origin.value
        raise ValueError(
            f"Only the clinic's own exercises are stored; '{exercise.id}' is a {origin} exercise."
        )
    upsert(
        session,
        ClinicExerciseRow,
        id=exercise.id,
        document=exercise.model_dump(mode="json"),
        archived=exercise.archived,
        updated_at=now(),
    )


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store a JSON value (tuples come back as lists)."""
    if not key or len(key) > MAX_SETTING_KEY:
        raise ValueError(f"A setting name must be 1 to {MAX_SETTING_KEY} characters long.")
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValueError(f"The setting '{key}' cannot be stored: {error}.") from error
    upsert(session, SettingRow, key=key, value=value)
