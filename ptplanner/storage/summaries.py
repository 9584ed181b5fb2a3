"""The patient list in a few queries, fast enough for a clinic of 10,000 patients.

A program document holds a copy of every exercise it uses, so loading whole programs to show
one line per patient would read hundreds of megabytes. These queries ask the database for the
few fields the list shows: in one pass on SQLite, with portable JSON paths elsewhere. The progress
flags need whole programs and logs, so they are read apart, only for patients logging lately.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.patient_list import PatientFacts, PatientListRow, ProgramFacts, current_stage_of, list_row
from ptplanner.core.program import MAX_STAGES, Program, StageMove
from ptplanner.core.progress.figures import ProgressFigures, progress_figures
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.storage.database import Database
from ptplanner.storage.models import AdherenceRow, PatientRow, ProgramRow
from ptplanner.storage.patients import name_order

CHUNK = 500  # programs read at a time for the progress flags


def patient_list(db: Database, today: date) -> list[PatientListRow]:
    """Every patient, sorted by name, with their newest program's stage and their last activity."""
    with db.session() as session:
        patients = _patients(session)
        read = _programs_sqlite if db.is_sqlite else _programs_portable
        programs = _newest(read(session), _last_logged(session))
    rows = [list_row(patient, programs.get(patient.patient_id), today) for patient in patients]
    return sorted(rows, key=lambda row: (name_order(row.name), row.patient_id))


def progress_flags(db: Database, today: date, rules: ProgressRules) -> dict[str, tuple[str, ...]]:
    """Each patient's progress flags ("low adherence", "pain up", "red-flag note"), as their page shows them,
    for patients whose newest program has a log day in the last `rules.flag_weeks` weeks; others have none."""
    since = today - timedelta(weeks=rules.flag_weeks)
    with db.session() as session:
        read = _programs_sqlite if db.is_sqlite else _programs_portable
        newest = {p.program_id for p in _newest_programs(read(session)).values()}
        logging = select(AdherenceRow.program_id).where(AdherenceRow.day >= since, AdherenceRow.day <= today)
        active = [pid for pid in session.scalars(logging.distinct()) if pid in newest]
        found: dict[str, tuple[str, ...]] = {}
        for ids in _chunks(active, CHUNK):
            programs = [
                Program.model_validate(document)
                for document in session.scalars(select(ProgramRow.document).where(ProgramRow.id.in_(ids)))
            ]
            entries: dict[str, list[AdherenceEntry]] = defaultdict(list)
            query = select(AdherenceRow.document).where(AdherenceRow.program_id.in_(ids))
            for document in session.scalars(query):
                entry = AdherenceEntry.model_validate(document)
                entries[entry.program_id].append(entry)
            for program in programs:
                figures = progress_figures(program, entries[program.id], (), rules, today)
                if kinds := flag_kinds(figures):
                    found[program.patient_id] = kinds
    return found


def flag_kinds(figures: ProgressFigures) -> tuple[str, ...]:
    """The kinds of flag raised, each once, in the order raised: what the patient list shows."""
    return tuple(dict.fromkeys(flag.kind.value for flag in figures.flags))


def _chunks(ids: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _patients(session: Session) -> list[PatientFacts]:
    query = select(
        PatientRow.id, PatientRow.name, PatientRow.surgery_date, PatientRow.precautions, PatientRow.updated_at
    )
    return [
        PatientFacts(patient_id, name, surgery, tuple(_end(p) for p in precautions), _local_day(saved_at))
        for patient_id, name, surgery, precautions, saved_at in session.execute(query)
    ]


def _end(precaution: dict) -> date | None:
    """A stored precaution's last day (stored as Precaution.model_dump(mode="json") writes it)."""
    until = precaution.get("until")
    return None if until is None else date.fromisoformat(until)


@dataclass(frozen=True)
class _StoredProgram:
    program_id: str
    patient_id: str
    version: int
    saved_at: datetime
    created_on: date
    moves: list[StageMove]
    stage_names: list[str]  # every stage's name, or only the current one's (see _programs_portable)
    stage_count: int

    def current_stage(self) -> int | None:
        return current_stage_of(self.moves, self.stage_count)


def _programs_sqlite(session: Session) -> list[_StoredProgram]:
    """One read of each program document: SQLite extracts several JSON paths in one call."""
    paths = ["$.created_on", "$.moves"] + [f"$.stages[{n}].name" for n in range(MAX_STAGES)]
    facts = func.json_extract(ProgramRow.document, *paths)
    query = select(ProgramRow.id, ProgramRow.patient_id, ProgramRow.version, ProgramRow.updated_at, facts)
    programs = []
    for program_id, patient_id, version, saved_at, extracted in session.execute(query):
        created_on, moves, *names = json.loads(extracted)
        stage_names = [name for name in names if name is not None]
        programs.append(
            _StoredProgram(
                program_id,
                patient_id,
                version,
                saved_at,
                date.fromisoformat(created_on),
                [StageMove.model_validate(m) for m in moves],
                stage_names,
                len(stage_names),
            )
        )
    return programs


def _programs_portable(session: Session) -> list[_StoredProgram]:
    """The same facts with JSON paths every database has; the current stage's name is read afterwards."""
    document = ProgramRow.document
    query = select(
        ProgramRow.id,
        ProgramRow.patient_id,
        ProgramRow.version,
        ProgramRow.updated_at,
        document["created_on"].as_string(),
        document["moves"],
        func.json_array_length(document["stages"]),
    )
    programs = [
        _StoredProgram(
            program_id,
            patient_id,
            version,
            saved_at,
            date.fromisoformat(created_on),
            [StageMove.model_validate(m) for m in moves],
            [],
            count,
        )
        for program_id, patient_id, version, saved_at, created_on, moves, count in session.execute(query)
    ]
    names = _current_stage_names(session, programs)
    return [replace(p, stage_names=names.get(p.program_id, [])) for p in programs]


def _current_stage_names(session: Session, programs: list[_StoredProgram]) -> dict[str, list[str]]:
    """Each program's stage names, filled in only up to its current stage (all the list needs)."""
    at_stage: dict[int, list[str]] = defaultdict(list)
    for program in programs:
        stage = program.current_stage()
        if stage is not None:
            at_stage[stage].append(program.program_id)
    names: dict[str, list[str]] = {}
    for stage, program_ids in at_stage.items():
        name = ProgramRow.document[("stages", stage, "name")].as_string()
        for program_id, stage_name in session.execute(
            select(ProgramRow.id, name).where(ProgramRow.id.in_(program_ids))
        ):
            names[program_id] = [""] * stage + [stage_name]
    return names


def _newest_programs(programs: list[_StoredProgram]) -> dict[str, _StoredProgram]:
    """Each patient's newest program (the one being followed, as core.summary.current_program)."""
    newest: dict[str, _StoredProgram] = {}
    for program in programs:
        best = newest.get(program.patient_id)
        if best is None or (program.created_on, program.version) > (best.created_on, best.version):
            newest[program.patient_id] = program
    return newest


def _newest(programs: list[_StoredProgram], logged: dict[str, date]) -> dict[str, ProgramFacts]:
    facts = {}
    for patient_id, program in _newest_programs(programs).items():
        stage = program.current_stage()
        facts[patient_id] = ProgramFacts(
            stage_index=stage,
            stage_count=program.stage_count,
            stage_name="" if stage is None else program.stage_names[stage],
            last_logged=logged.get(program.program_id),
            saved_on=_local_day(program.saved_at),
        )
    return facts


def _last_logged(session: Session) -> dict[str, date]:
    query = select(AdherenceRow.program_id, func.max(AdherenceRow.day)).group_by(AdherenceRow.program_id)
    return dict(session.execute(query).all())


def _local_day(moment: datetime) -> date:
    if moment.tzinfo is None:  # SQLite keeps no time zone; storage writes UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()
