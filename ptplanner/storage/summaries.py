"""The patient list in a few queries, fast enough for a clinic of 10,000 patients.

A program is a document naming a dozen exercises, so loading whole programs to show one line per
patient would read and rebuild every one. The list reads instead the few columns
every program row keeps beside its document (created on, stage count, current stage and its name;
see storage.programs.program_columns), in one plain query on any database. The progress flags
need whole programs and logs, so they are read apart, only for patients logging lately.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Text, func, select, type_coerce
from sqlalchemy.orm import Session

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.discharge import Discharge
from ptplanner.core.language import tr_clinic
from ptplanner.core.patient_list import PatientFacts, PatientListRow, ProgramFacts, list_row
from ptplanner.core.progress.figures import flag_kinds, progress_figures
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.storage.damaged_rows import UNREADABLE, RecordDamaged, reading
from ptplanner.storage.database import Database
from ptplanner.storage.discharges import discharges
from ptplanner.storage.logs import log_words, unreadable_scores
from ptplanner.storage.log_months import month_entries
from ptplanner.storage.models import AdherenceMonthRow, PatientRow, ProgramRow
from ptplanner.storage.patients import local_day, name_order, unreadable_patients
from ptplanner.storage.programs import named_programs, prescriptions, with_names

CHUNK = 500  # programs read at a time for the progress flags
# The flag of a patient whose record, program or log does not read, with the words opening it gives (the list
# shows the words on demand: gui/models/patients.py)
RECORD_DAMAGED = "record damaged"
# Checking a record costs ~50 µs: a whole list of more patients than this (sorted by stage, activity or
# flags) checks those logging lately, whose programs are read anyway; a page of the list checks all its own.
CHECK_EVERY_RECORD_UP_TO = 5_000


def patient_list(db: Database, today: date, discharged: bool = False) -> list[PatientListRow]:
    """Every active patient (or every discharged one), sorted by name, with their newest program's stage
    and their last activity."""
    with db.session() as session:
        patients = _patients(session, on_tab(discharged))
        programs = _newest(_programs(session), _last_logged(session))
    rows = [list_row(patient, programs.get(patient.patient_id), today) for patient in patients]
    if discharged:  # when and why they left, instead of what an active patient's care needs
        left = discharges(db)
        rows = [replace(row, flags=(left[row.patient_id].flag(),)) for row in rows if row.patient_id in left]
    return sorted(rows, key=lambda row: (name_order(row.name), row.patient_id))


def rows_of(session: Session, patient_ids: Sequence[str], today: date) -> list[PatientListRow]:
    """The list's rows of these patients, in this order: the queries read only theirs, by index."""
    patients = {p.patient_id: p for p in _patients(session, PatientRow.id.in_(patient_ids))}
    programs = _programs(session, patient_ids)
    newest = [program.program_id for program in _newest_programs(programs).values()]
    facts = _newest(programs, _last_logged(session, newest))
    query = select(PatientRow.id, PatientRow.discharged_on, PatientRow.discharge_reason).where(
        PatientRow.id.in_(patient_ids), PatientRow.discharged_on.is_not(None)
    )
    left = {pid: Discharge(on, reason) for pid, on, reason in session.execute(query)}
    rows = []
    for patient_id in patient_ids:
        if patient_id in patients:
            row = list_row(patients[patient_id], facts.get(patient_id), today)
            rows.append(replace(row, flags=(left[patient_id].flag(),)) if patient_id in left else row)
    return rows


def on_tab(discharged: bool) -> ColumnElement[bool]:
    return PatientRow.discharged_on.is_not(None) if discharged else PatientRow.discharged_on.is_(None)


def progress_flags(
    db: Database, today: date, rules: ProgressRules, patient_ids: Sequence[str] | None = None
) -> dict[str, tuple[str, ...]]:
    """Each patient's progress flags ("low adherence", "pain up", "red-flag note"), as their page shows them,
    for patients whose newest program has a log day in the last `rules.flag_weeks` weeks; others have none.
    With `patient_ids`, only theirs: the rows a paged list has shown.

    A patient whose record (details, outcome scores), or whose program or log read for the flags, does not
    read is flagged "record damaged: <why>" first, never left looking as if all were well (their other flags,
    if any). Records checked: the patients asked for; without `patient_ids`, everyone, up to
    CHECK_EVERY_RECORD_UP_TO patients, else those logging lately."""
    since = today - timedelta(weeks=rules.flag_weeks)
    with db.session() as session:
        newest_programs = _newest_programs(_programs(session, patient_ids)).values()
        patient_of = {program.program_id: program.patient_id for program in newest_programs}
        newest = set(patient_of)
        # Months that may hold a day in the weeks looked at; _flags_of keeps the programs that do.
        month = AdherenceMonthRow
        logging = select(month.program_id).where(month.last_day >= since, month.month <= today)
        if patient_ids is not None:
            logging = logging.where(month.program_id.in_(newest))
        active = [pid for pid in session.scalars(logging.distinct()) if pid in newest]
        found: dict[str, tuple[str, ...]] = {}
        checked = patient_ids
        if checked is None and session.scalar(select(func.count(PatientRow.id))) > CHECK_EVERY_RECORD_UP_TO:
            checked = sorted({patient_of[program_id] for program_id in active})
        unreadable = _unreadable(session, checked)
        for ids in _chunks(active, CHUNK):
            try:
                found.update(_flags_of(session, ids, rules, today, since))
            except RecordDamaged:  # one program's documents do not read: the others still raise theirs
                for program_id in ids:
                    try:
                        found.update(_flags_of(session, [program_id], rules, today, since))
                    except RecordDamaged as error:
                        unreadable.setdefault(patient_of[program_id], str(error))
    for patient_id, why in unreadable.items():
        found[patient_id] = (f"{RECORD_DAMAGED}: {why}", *found.get(patient_id, ()))
    return found


def _unreadable(session: Session, patient_ids: Sequence[str] | None) -> dict[str, str]:
    """Why each of these patients' records does not read (their details' words before their scores')."""
    found: dict[str, str] = {}
    for ids in [None] if patient_ids is None else _chunks(patient_ids, CHUNK):
        found.update(unreadable_scores(session, ids))
        found.update(unreadable_patients(session, ids))
    return found


def _flags_of(
    session: Session, ids: Sequence[str], rules: ProgressRules, today: date, since: date
) -> dict[str, tuple[str, ...]]:
    """The flags of the programs `ids` that have a log day from `since` to `today`."""
    rows = session.execute(select(ProgramRow.packed, ProgramRow.id).where(ProgramRow.id.in_(ids)))
    programs = named_programs(session, with_names(session, rows))
    entries: dict[str, list[AdherenceEntry]] = defaultdict(list)
    month = AdherenceMonthRow
    query = select(month.program_id, month.month, month.packed).where(month.program_id.in_(ids))
    with reading(lambda: log_words(session, ids[0]) if len(ids) == 1 else tr_clinic("the log of a program")):
        for program_id, first_day, data in session.execute(query.order_by(month.month)):
            entries[program_id].extend(month_entries(program_id, first_day, data))
    history = prescriptions(session, ids)
    found = {}
    for program in programs:
        if not any(since <= entry.day <= today for entry in entries[program.id]):
            continue
        figures = progress_figures(program, entries[program.id], (), rules, today, history[program.id])
        if kinds := flag_kinds(figures):
            found[program.patient_id] = kinds
    return found


def _chunks(ids: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _patients(session: Session, condition: ColumnElement[bool]) -> list[PatientFacts]:
    columns = [PatientRow.id, PatientRow.name, PatientRow.surgery_date, PatientRow.precautions,
               PatientRow.updated_at, PatientRow.language]
    try:
        rows = session.execute(select(*columns).where(condition)).all()
    except UNREADABLE:  # a patient's precautions are not JSON (SQLite keeps any text): each read apart
        columns[3] = type_coerce(PatientRow.precautions, Text)
        read = session.execute(select(*columns).where(condition))
        rows = [(*row[:3], _json_or_none(row[3]), *row[4:]) for row in read]
    return [
        PatientFacts(patient_id, name, surgery, _ends(precautions), local_day(saved_at), language)
        for patient_id, name, surgery, precautions, saved_at, language in rows
    ]


def _json_or_none(text: object) -> object:
    try:
        return json.loads(text) if isinstance(text, str) else text
    except UNREADABLE:
        return None


def _ends(precautions: object) -> tuple[date | None, ...]:
    """Each precaution's last day. Precautions that do not read (a damaged row) count as one in force until
    lifted: the list errs on the side of care, and opening the patient says what is wrong."""
    try:
        return tuple(_end(p) for p in precautions)  # type: ignore[union-attr]
    except UNREADABLE:
        return (None,)


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
    stage_count: int
    current_stage: int | None
    current_stage_name: str


def _programs(session: Session, patient_ids: Sequence[str] | None = None) -> list[_StoredProgram]:
    """Every program's summary columns (kept by storage.programs.program_columns), never its document;
    with `patient_ids`, only their programs.

    Ordered as the index ix_programs_summary, so that SQLite reads them from the index alone.
    """
    query = select(
        ProgramRow.id,
        ProgramRow.patient_id,
        ProgramRow.version,
        ProgramRow.updated_at,
        ProgramRow.created_on,
        ProgramRow.stage_count,
        ProgramRow.current_stage,
        ProgramRow.current_stage_name,
    ).order_by(ProgramRow.patient_id, ProgramRow.created_on, ProgramRow.version, ProgramRow.id)
    if patient_ids is not None:
        query = query.where(ProgramRow.patient_id.in_(patient_ids))
    return [_StoredProgram(*row) for row in session.execute(query)]


def _newest_programs(programs: list[_StoredProgram]) -> dict[str, _StoredProgram]:
    """Each patient's newest program (the one being followed, as core.summary.current_program)."""
    newest: dict[str, _StoredProgram] = {}
    for program in programs:
        best = newest.get(program.patient_id)
        if best is None or (program.created_on, program.version, program.program_id) > (
            best.created_on,
            best.version,
            best.program_id,
        ):
            newest[program.patient_id] = program
    return newest


def _newest(programs: list[_StoredProgram], logged: dict[str, date]) -> dict[str, ProgramFacts]:
    facts = {}
    for patient_id, program in _newest_programs(programs).items():
        facts[patient_id] = ProgramFacts(
            stage_index=program.current_stage,
            stage_count=program.stage_count,
            stage_name=program.current_stage_name,
            last_logged=logged.get(program.program_id),
            saved_on=local_day(program.saved_at),
        )
    return facts


def _last_logged(session: Session, program_ids: Sequence[str] | None = None) -> dict[str, date]:
    month = AdherenceMonthRow
    query = select(month.program_id, func.max(month.last_day)).group_by(month.program_id)
    if program_ids is not None:  # one look into the (program, month) key each
        query = query.where(month.program_id.in_(program_ids))
    return dict(session.execute(query).all())
