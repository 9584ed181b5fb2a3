"""Programs, saved with optimistic locking, and the snapshot of every version ever saved.

Stored documents name their exercises by key (storage/program_parts.py); every function here takes
and returns whole Programs."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import Row, select, update
from sqlalchemy.orm import Session

from ptplanner.core.language import tr_clinic
from ptplanner.core.program import Program
from ptplanner.core.progress.log import Prescribed
from ptplanner.storage.damaged_rows import UNREADABLE, RecordDamaged, program_words, reading, record_words
from ptplanner.storage.errors import ConflictError, NotFound
from ptplanner.storage.models import ProgramRow, ProgramVersionRow
from ptplanner.storage.patients import as_utc, local_day, now, require_patient
from ptplanner.storage.program_parts import load_program_documents, store_program_document


def programs_for(session: Session, patient_id: str) -> list[Program]:
    require_patient(session, patient_id)
    query = select(ProgramRow.packed, ProgramRow.id).where(ProgramRow.patient_id == patient_id)
    programs = named_programs(session, with_names(session, session.execute(query)))
    return sorted(programs, key=lambda p: (p.created_on, p.title.casefold(), p.id))


def get_program(session: Session, program_id: str) -> Program:
    packed = require_program(session, program_id).packed
    [program] = named_programs(session, [(packed, partial(program_words, session, program_id))])
    return program


def to_programs(session: Session, stored: Iterable[bytes]) -> list[Program]:
    """Programs from their packed documents, their exercises read back in."""
    return [Program.model_validate(document) for document in load_program_documents(session, stored)]


def a_patient_with_a_program(session: Session) -> str | None:
    return session.scalar(select(ProgramRow.patient_id).limit(1))


def named_programs(session: Session, stored: Sequence[tuple[bytes, Callable[[], str]]]) -> list[Program]:
    """As to_programs, each packed document with the words naming its record ("the program ..."): one that
    does not read raises RecordDamaged naming it. All are read together, as fast as ever; one by one only
    after a failure, to tell which."""
    try:
        return to_programs(session, [packed for packed, _ in stored])
    except (RecordDamaged, *UNREADABLE):
        for packed, what in stored:
            with reading(what):
                to_programs(session, [packed])
        raise


def with_names(
    session: Session, rows: Iterable[Row[tuple[bytes, str]]]
) -> list[tuple[bytes, Callable[[], str]]]:
    """(packed, program id) rows with the words naming each program, for named_programs."""
    return [(packed, partial(program_words, session, program_id)) for packed, program_id in rows]


def _version_words(session: Session, program_id: str, version: int) -> str:
    words = tr_clinic("version {version} of {program}")
    return record_words(words, version=str(version), program=program_words(session, program_id))


def require_program(session: Session, program_id: str) -> ProgramRow:
    row = session.get(ProgramRow, program_id)
    if row is None:
        raise _no_program(program_id)
    return row


def patient_of(session: Session, program_id: str) -> str | None:
    return session.scalar(select(ProgramRow.patient_id).where(ProgramRow.id == program_id))


def lock_program(session: Session, program_id: str) -> None:
    """Lock the program's row until the transaction ends, before its log is read to be changed, so another
    workstation's changes to the log wait and are not lost. PostgreSQL: SELECT ... FOR UPDATE. SQLite: the
    database's write lock, taken by a write that changes nothing; a read first would see the log as it was
    before a save that commits meanwhile."""
    if session.get_bind().dialect.name == "sqlite":
        touch = update(ProgramRow).where(ProgramRow.id == program_id).values(version=ProgramRow.version)
        found = session.execute(touch.execution_options(synchronize_session=False)).rowcount
    else:
        found = session.scalar(select(ProgramRow.id).where(ProgramRow.id == program_id).with_for_update())
    if not found:
        raise _no_program(program_id)


def _no_program(program_id: str) -> NotFound:
    return NotFound(f"No program with id {program_id} is in the database.")


def save_program(session: Session, program: Program) -> Program:
    """Store `program` as the next version. It must be the version stored now (0 for a new program)."""
    saved = program.model_copy(update={"version": program.version + 1})
    if program.version == 0 and _stored(session, program.id) is None:
        require_patient(session, program.patient_id)
        add_program(session, saved)
    else:
        # Compare-and-set in one statement, so two workstations cannot both win.
        changed = session.execute(
            update(ProgramRow)
            .where(
                ProgramRow.id == program.id,
                ProgramRow.patient_id == program.patient_id,
                ProgramRow.version == program.version,
            )
            .values(**program_columns(saved), packed=stored_document(session, saved), updated_at=now())
            .execution_options(synchronize_session=False)
        ).rowcount
        if changed != 1:
            raise _not_saved(session, program)
    add_snapshot(session, saved)
    return saved


def add_program(session: Session, program: Program) -> None:
    """Insert a program exactly as given (its first save, or an import); snapshots are added separately."""
    session.add(
        ProgramRow(
            id=program.id,
            patient_id=program.patient_id,
            **program_columns(program),
            packed=stored_document(session, program),
            updated_at=now(),
        )
    )


def program_columns(program: Program) -> dict[str, Any]:
    """A program row's columns other than its keys, document and time stamp: the facts the patient list
    reads without reading documents. Every write of a program row takes them from here."""
    stage = program.current_stage_index()
    return {
        "title": program.title,
        "version": program.version,
        "created_on": program.created_on,
        "stage_count": len(program.stages),
        "current_stage": stage,
        "current_stage_name": "" if stage is None else program.stages[stage].name,
    }


def add_snapshot(session: Session, program: Program, saved_at: datetime | None = None) -> None:
    """Keep this version for good; `saved_at` for an imported one, else now."""
    session.add(
        ProgramVersionRow(
            program_id=program.id,
            version=program.version,
            packed=stored_document(session, program),
            saved_at=saved_at or now(),
        )
    )


def stored_document(session: Session, program: Program) -> bytes:
    """The program's document as stored: packed, its exercises' snapshots added if new and named by key."""
    return store_program_document(session, program.model_dump(mode="json"))


def saved_times(session: Session, program_ids: Collection[str]) -> list[tuple[str, int, datetime]]:
    """(program id, version, when it was saved, in UTC) of every stored version of the programs."""
    query = select(ProgramVersionRow.program_id, ProgramVersionRow.version, ProgramVersionRow.saved_at).where(
        ProgramVersionRow.program_id.in_(program_ids)
    )
    return [(program_id, version, as_utc(saved_at)) for program_id, version, saved_at in session.execute(query)]


def program_version(session: Session, program_id: str, version: int) -> Program:
    row = session.get(ProgramVersionRow, (program_id, version))
    if row is None:
        raise NotFound(f"Version {version} of program {program_id} is not in the database.")
    words = partial(_version_words, session, program_id, version)
    [program] = named_programs(session, [(row.packed, words)])
    return program


def history(session: Session, program_id: str) -> list[Program]:
    rows = session.execute(
        select(ProgramVersionRow.packed, ProgramVersionRow.version)
        .where(ProgramVersionRow.program_id == program_id)
        .order_by(ProgramVersionRow.version)
    )
    return named_programs(
        session, [(packed, partial(_version_words, session, program_id, version)) for packed, version in rows]
    )


def prescriptions(session: Session, program_ids: Collection[str]) -> dict[str, list[Prescribed]]:
    """Each program's saved versions with the day each was saved, oldest first: what adherence counts
    each logged day against (core.progress.log.log_days). A program never saved has none."""
    query = (
        select(ProgramVersionRow.program_id, ProgramVersionRow.packed, ProgramVersionRow.saved_at,
               ProgramVersionRow.version)
        .where(ProgramVersionRow.program_id.in_(program_ids))
        .order_by(ProgramVersionRow.program_id, ProgramVersionRow.version)
    )
    found: dict[str, list[Prescribed]] = {program_id: [] for program_id in program_ids}
    rows = session.execute(query).all()
    named = [(packed, partial(_version_words, session, pid, version)) for pid, packed, _, version in rows]
    for (program_id, _, saved_at, _), program in zip(rows, named_programs(session, named), strict=True):
        found[program_id].append(Prescribed(local_day(saved_at), program))
    return found


def _stored(session: Session, program_id: str) -> Row[tuple[int, str]] | None:
    """The stored version and patient, read afresh (never from the session's cache)."""
    query = select(ProgramRow.version, ProgramRow.patient_id).where(ProgramRow.id == program_id)
    return session.execute(query).one_or_none()


def _not_saved(session: Session, program: Program) -> Exception:
    stored = _stored(session, program.id)
    if stored is None:
        return NotFound(
            f"The program “{program.title}” is no longer in the database (it may have been erased)."
        )
    if stored.patient_id != program.patient_id:
        return ConflictError(f"The program “{program.title}” belongs to another patient; it was not saved.")
    return ConflictError(
        f"The program “{program.title}” was changed elsewhere: you edited version {program.version}, "
        f"but version {stored.version} is saved now. Nothing was overwritten; "
        "reopen the program to see the saved version."
    )
