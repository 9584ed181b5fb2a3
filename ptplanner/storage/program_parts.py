"""The parts programs share, stored once for every program and version that uses them.

A program keeps each exercise as it was when added (core/program.py), so a reprint is exact and the editor
can tell when the library changed since. Thousands of programs hold the same few hundred exercises, each
with its pictures' pose data, and the same template texts for their stages (goals, precautions, criteria,
walking plan): copied into every document they made a program 40 to 60 KB. The stored document names
each such part instead by the sha256 of its canonical JSON (`exercise_sha256` on an item,
`texts_sha256` on a stage), and the part itself is a row of `program_parts`, written once and never
changed. What remains (ids, names, weeks, doses, notes, moves) is kept zlib-compressed, about 1.6 KB:
compact by design, so every saved version is kept whole. Reading puts every part back, so the Program
loaded equals the Program saved.

Parts are library and template content, never patient data: erasing a patient leaves the parts their
programs used, as it leaves the clinic's exercises.
"""

from __future__ import annotations

import hashlib
import json
import threading
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from ptplanner.core.exercise import Exercise
from ptplanner.core.language import tr_clinic
from ptplanner.storage.damaged_rows import UNREADABLE, RecordDamaged
from ptplanner.storage.errors import DatabaseDamaged
from ptplanner.storage.models import ProgramPartRow, ProgramRow, ProgramVersionRow

Document = dict[str, Any]
EXERCISE = "exercise_sha256"  # an item's exercise
TEXTS = "texts_sha256"  # a stage's texts, as its template gave them
STAGE_TEXTS = ("goals", "precautions", "criteria", "walking")
IDS_PER_QUERY = 500  # well under the number of parameters SQLite accepts in one statement
SEEN_PARTS = 1000  # parts kept in memory: more than a clinic's programs use at a time
_seen: dict[str, Any] = {}  # key -> Exercise, or a stage's texts
_seen_lock = threading.Lock()


def part_key(part: Document) -> str:
    """The sha256 of the part's canonical JSON: sorted keys, no spaces, UTF-8."""
    canonical = json.dumps(part, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def split(document: Document) -> tuple[Document, dict[str, Document]]:
    """The program document with its shared parts replaced by their keys, and the parts by key."""
    parts: dict[str, Document] = {}
    if "stages" not in document:
        return document, parts
    return {**document, "stages": [_split_stage(stage, parts) for stage in document["stages"]]}, parts


def _split_stage(stage: Document, parts: dict[str, Document]) -> Document:
    stage = dict(stage)
    texts = {name: stage.pop(name) for name in STAGE_TEXTS if name in stage}
    if texts:
        stage[TEXTS] = _keep(texts, parts)
    items = []
    for item in stage.get("items", []):
        if "exercise" in item:
            item = dict(item)
            item[EXERCISE] = _keep(item.pop("exercise"), parts)
        items.append(item)
    if "items" in stage:
        stage["items"] = items
    return stage


def _keep(part: Document, parts: dict[str, Document]) -> str:
    key = part_key(part)
    parts[key] = part
    return key


def joined(document: Document, parts: dict[str, Any]) -> Document:
    """The stored document with its parts put back (split's inverse)."""
    if "stages" not in document:
        return document

    def part(key: str) -> Document:
        if key not in parts:
            raise DatabaseDamaged(
                f"Part of program {document.get('id')} is missing from the database "
                f"(part {key[:12]}). Restore the latest good backup."
            )
        return parts[key]

    stages = []
    for stage in document["stages"]:
        stage = dict(stage)
        if TEXTS in stage:
            stage.update(part(stage.pop(TEXTS)))
        if "items" in stage:
            stage["items"] = [
                {**{k: v for k, v in item.items() if k != EXERCISE}, "exercise": part(item[EXERCISE])}
                if EXERCISE in item
                else item
                for item in stage["items"]
            ]
        stages.append(stage)
    return {**document, "stages": stages}


def keys_of(document: Document, texts: bool = True) -> set[str]:
    keys = set()
    for stage in document.get("stages", []):
        if texts and TEXTS in stage:
            keys.add(stage[TEXTS])
        keys.update(item[EXERCISE] for item in stage.get("items", []) if EXERCISE in item)
    return keys


def packed(document: Document) -> bytes:
    """A document with its parts split off, as compressed compact JSON."""
    text = json.dumps(document, separators=(",", ":"), ensure_ascii=False)
    return zlib.compress(text.encode("utf-8"), 6)


def unpacked(data: bytes) -> Document:
    try:
        return json.loads(zlib.decompress(data).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError) as error:
        # the reader names the program
        raise RecordDamaged(tr_clinic("a stored program"), part=True) from error


def store_program_document(session: Session, document: Document) -> bytes:
    """Store the document's parts not stored yet; the packed document to store in its place."""
    stored, parts = split(document)
    add_parts(session, parts)
    return packed(stored)


def add_parts(session: Session, parts: dict[str, Document]) -> None:
    """Insert the parts; one already stored (by this or another workstation meanwhile) is kept."""
    if not parts:
        return
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    rows = [{"sha256": key, "document": part} for key, part in sorted(parts.items())]
    session.execute(insert(ProgramPartRow).on_conflict_do_nothing(index_elements=["sha256"]), rows)


def load_program_documents(session: Session, stored: Iterable[bytes]) -> list[Document]:
    """The packed documents whole, their parts read in as few queries as their keys need.

    An exercise comes back as the validated Exercise (frozen, so programs may share it), which
    Program.model_validate takes as it is: validating the same exercise, pose data and all, for every
    program that names it was most of the cost of opening a patient. A part never changes under its
    key, so those already seen, in this database or another, are taken from memory."""
    documents = [unpacked(data) for data in stored]
    exercise_keys = {key for document in documents for key in keys_of(document, texts=False)}
    needed = set().union(*(keys_of(document) for document in documents))
    with _seen_lock:  # taken now: another thread may make room in the memory meanwhile
        found = {key: _seen[key] for key in needed if key in _seen}
    wanted = sorted(needed - found.keys())
    for start in range(0, len(wanted), IDS_PER_QUERY):
        for key, part in _parts(session, wanted[start : start + IDS_PER_QUERY], exercise_keys):
            with _reading_part(key, exercise_keys):
                found[key] = Exercise.model_validate(part) if key in exercise_keys else part
            _remember(key, found[key])
    return [joined(document, found) for document in documents]


def _parts(session: Session, keys: list[str], exercise_keys: set[str]) -> list[tuple[str, Any]]:
    """The parts stored under these keys; one whose stored text is not JSON (SQLite keeps any) is named."""
    query = select(ProgramPartRow.sha256, ProgramPartRow.document)
    try:
        return list(session.execute(query.where(ProgramPartRow.sha256.in_(keys))).all())
    except UNREADABLE:
        for key in keys:  # the driver's decoding failed for the whole query: which one was it
            with _reading_part(key, exercise_keys):
                session.execute(query.where(ProgramPartRow.sha256 == key)).all()
        raise


@contextmanager
def _reading_part(key: str, exercise_keys: set[str]) -> Iterator[None]:
    """A part that does not read is named; the reader that knows the program names that too."""
    try:
        yield
    except UNREADABLE as error:
        snapshot = key in exercise_keys
        words = tr_clinic("the exercise snapshot {key}") if snapshot else tr_clinic("the stage texts {key}")
        words = words.format(key=key[:12])
        raise RecordDamaged(words, part=True, inside=words) from error


def _remember(key: str, part: Exercise | Document) -> None:
    with _seen_lock:  # programs are read on worker threads too
        while len(_seen) >= SEEN_PARTS:
            del _seen[next(iter(_seen))]  # the oldest first
        _seen[key] = part


def parts_of_patient(session: Session, patient_id: str) -> set[str]:
    """The keys of every part the patient's programs and their versions name (before erasing them)."""
    versions = select(ProgramVersionRow.packed).join(ProgramRow).where(ProgramRow.patient_id == patient_id)
    current = select(ProgramRow.packed).where(ProgramRow.patient_id == patient_id)
    found: set[str] = set()
    for query in (versions, current):
        for data in session.scalars(query):
            found |= _keys_if_readable(data)
    return found


def _keys_if_readable(data: bytes) -> set[str]:
    """The keys a stored program names; none known for one that does not read (damaged): erasing a patient
    goes on, and only a part that no readable program names is removed."""
    try:
        return keys_of(unpacked(data))
    except (RecordDamaged, *UNREADABLE):
        return set()


def remove_unused(session: Session, keys: set[str]) -> None:
    """Delete the parts among `keys` that no program or version names any more (after an erasure: a stage's
    texts may hold what the therapist wrote for that patient). Stops reading as soon as every one is seen
    in use, as a library exercise or a template's texts soon are; only a part of the erased patient alone
    costs a full read. On PostgreSQL, saves wait meanwhile, so none can name a part being deleted."""
    if not keys:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE program_parts IN EXCLUSIVE MODE"))
    unused = set(keys)
    for column in (ProgramVersionRow.packed, ProgramRow.packed):
        for data in session.scalars(select(column).execution_options(yield_per=IDS_PER_QUERY)):
            unused -= _keys_if_readable(data)
            if not unused:
                return
    session.execute(delete(ProgramPartRow).where(ProgramPartRow.sha256.in_(sorted(unused))))
