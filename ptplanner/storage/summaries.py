"""The patient list in a few queries, fast enough for a clinic of 10,000 patients.

A program document holds a copy of every exercise it uses, so loading whole programs to show
one line per patient would read hundreds of megabytes. These queries ask the database for
the few fields the list shows (JSON paths work in SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ptplanner.core.patient_list import PatientListRow, ProgramFacts, current_stage_of, list_row
from ptplanner.core.program import StageMove
from ptplanner.storage.database import Database
from ptplanner.storage.models import AdherenceRow, PatientRow, ProgramRow
from ptplanner.storage.patients import list_patients


def patient_list(db: Database, today: date) -> list[PatientListRow]:
    """Every patient, sorted by name, with their newest program's stage and their last activity."""
    with db.session() as session:
        patients = list_patients(session)
        details_saved = dict(session.execute(select(PatientRow.id, PatientRow.updated_at)).all())
        programs = _newest_programs(session)
    return [list_row(p, _local_day(details_saved[p.id]), programs.get(p.id), today) for p in patients]


def _newest_programs(session: Session) -> dict[str, ProgramFacts]:
    document = ProgramRow.document
    rows = session.execute(
        select(
            ProgramRow.id,
            ProgramRow.patient_id,
            ProgramRow.version,
            ProgramRow.updated_at,
            document["created_on"].as_string(),
            document["moves"],
            func.json_array_length(document["stages"]),
        )
    )
    # The patient's newest program is the one being followed (as core.summary.current_program).
    newest: dict[str, tuple] = {}
    for program_id, patient_id, version, updated_at, created_on, moves, stage_count in rows:
        key = (date.fromisoformat(created_on), version)
        if patient_id not in newest or key > newest[patient_id][0]:
            stage = current_stage_of([StageMove.model_validate(m) for m in moves], stage_count)
            newest[patient_id] = (key, program_id, updated_at, stage, stage_count)
    names = _stage_names(session, {entry[1]: entry[3] for entry in newest.values()})
    logged = _last_logged(session)
    return {
        patient_id: ProgramFacts(
            stage_index=stage,
            stage_count=count,
            stage_name=names.get(program_id, ""),
            last_logged=logged.get(program_id),
            saved_on=_local_day(updated_at),
        )
        for patient_id, (_, program_id, updated_at, stage, count) in newest.items()
    }


def _stage_names(session: Session, stage_of_program: dict[str, int | None]) -> dict[str, str]:
    """The name of each program's current stage: one query per stage position in use."""
    programs_at: dict[int, list[str]] = defaultdict(list)
    for program_id, stage in stage_of_program.items():
        if stage is not None:
            programs_at[stage].append(program_id)
    names: dict[str, str] = {}
    for stage, program_ids in programs_at.items():
        name = ProgramRow.document[("stages", stage, "name")].as_string()
        query = select(ProgramRow.id, name).where(ProgramRow.id.in_(program_ids))
        names.update(session.execute(query).all())
    return names


def _last_logged(session: Session) -> dict[str, date]:
    query = select(AdherenceRow.program_id, func.max(AdherenceRow.day)).group_by(AdherenceRow.program_id)
    return dict(session.execute(query).all())


def _local_day(moment: datetime) -> date:
    if moment.tzinfo is None:  # SQLite keeps no time zone; storage writes UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()
