"""The rows of the big benchmark clinic, made by worker processes a thousand patients at a time.

Each template's program is made and split into its stored form once (Prototype); a patient's program is
that form with its own ids, dates and stage moves, so no pydantic program is built or dumped per patient
(one per chunk is, to check the shortcut gives what the app would store). Chunks take their surgeries
from successive slices of the window, oldest first, and a chunk's log entries go in by day: the rows land
in the file roughly in the order a clinic would have written them over the years.
"""

from __future__ import annotations

import multiprocessing
import random
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import insert, text

from ptplanner.core.library import Library
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Unit
from ptplanner.core.program import Program
from ptplanner.core.templates import ProgramTemplate
from ptplanner.storage.database import Database
from ptplanner.storage.models import PatientRow, ProgramPartRow, ProgramRow, ProgramVersionRow
from ptplanner.storage.patients import search_key
from ptplanner.storage.program_parts import joined, packed, split
from ptplanner.storage.programs import program_columns
from clinic_logs import Row, daily_log, new_id, write_logs

FIRST_NAMES = (
    "Margaret", "James", "Zofia", "Robert", "Dolores", "Ahmed", "Patricia", "Eleni", "William", "Grace",
    "Ivan", "Linda", "José", "Siobhán", "Björn", "Chloé", "Nguyễn Thị", "Oluwaseun", "Priya", "Mateus",
    "Иван", "Мария", "Ελένη", "Γιώργος", "王芳", "李伟", "さくら", "健太", "민준", "서연", "محمد", "فاطمة",
    "अनीता", "राहुल", "Ayşe", "Łukasz", "Ágnes", "Søren", "Zeynep", "Chiamaka",
)
LAST_NAMES = (
    "Okafor", "Whitfield", "Łukasiewicz", "Chen", "Ramírez", "Haddad", "O'Neill", "Papadopoulou", "Brooks",
    "Nakamura", "Petrov", "Johansson", "García", "Müller", "Dubois", "Kowalski", "Nguyen", "Adeyemi",
    "Sharma", "Silva", "Смирнов", "Иванова", "Παπαδόπουλος", "Οικονόμου", "张", "刘", "佐藤", "田中",
    "김", "이", "الحسن", "عبد الله", "शर्मा", "वर्मा", "Yılmaz", "Nowak", "Szabó", "Jørgensen", "Öztürk", "Eze",
)
PROCEDURES = (
    "Posterior lumbar interbody fusion",
    "Transforaminal lumbar interbody fusion",
    "Anterior lumbar interbody fusion",
    "Posterolateral fusion",
    "Lateral lumbar interbody fusion",
)
LEVELS = (("L4-L5",), ("L5-S1",), ("L3-L4", "L4-L5"), ("L4-L5", "L5-S1"), ("L2-L3", "L3-L4", "L4-L5"))
THERAPISTS = ("Sam Rivera, PT", "Anika Bauer, DPT", "Kwame Mensah, PT", "Mei Lin, DPT", "Olga Sokolova, PT")
CHUNK = 1000  # patients a chunk: a transaction each
IN_FLIGHT = 4  # chunks made ahead of the writer, which bounds the memory held
CHECK_EVERY = 10  # chunks: one program of these is built the app's way and compared
Document = dict[str, Any]


@dataclass(frozen=True)
class Prototype:
    """One template's program, made and split once: the stored document and the shared parts."""

    kept: Document
    parts: dict[str, Document]
    start_weeks: tuple[int, ...]

    @classmethod
    def of(cls, template: ProgramTemplate, library: Library) -> Prototype:
        program = template.instantiate(library, "prototype", date(2000, 1, 1))
        kept, parts = split(program.model_dump(mode="json"))
        return cls(kept, parts, tuple(stage.start_week for stage in program.stages))

    def program(
        self, rng: random.Random, patient_id: str, created_on: date, moves: list[Document]
    ) -> Document:
        """This template's stored document for one patient: its own ids for the program, stages and items."""
        stages = [
            {**stage, "id": new_id(rng), "items": [{**item, "id": new_id(rng)} for item in stage["items"]]}
            for stage in self.kept["stages"]
        ]
        return {**self.kept, "id": new_id(rng), "patient_id": patient_id,
                "created_on": created_on.isoformat(), "stages": stages, "moves": moves, "version": 1}


@dataclass(frozen=True)
class Plan:
    prototypes: list[Prototype]
    today: date
    window_days: int
    patients: int
    seed: int
    entries_per_patient: float

    @property
    def chunks(self) -> int:
        return -(-self.patients // CHUNK)


@dataclass
class Chunk:
    patients: list[Document]
    programs: list[Document]
    entries: list[Row]


_plan: Plan | None = None  # set before the workers fork


@contextmanager
def chunks_made(plan: Plan, workers: int) -> Iterator[Iterator[Chunk]]:
    """Every chunk of the plan in order, made by `workers` processes while the caller writes."""
    global _plan
    _plan = plan
    numbers = range(plan.chunks)
    if workers <= 1:
        yield (make_chunk(number) for number in numbers)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield _in_order(pool, numbers)


def _in_order(pool: Any, numbers: range) -> Iterator[Chunk]:
    pending: deque = deque()
    for number in numbers:
        pending.append(pool.apply_async(make_chunk, (number,)))
        if len(pending) >= IN_FLIGHT:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def make_chunk(number: int) -> Chunk:
    plan = _plan
    assert plan is not None
    rng = random.Random(plan.seed * 1_000_003 + number)
    # This chunk's slice of the window, in days before today (the first chunk has the oldest surgeries).
    newest = max(3, plan.window_days * (plan.chunks - number - 1) // plan.chunks)
    oldest = max(newest, plan.window_days * (plan.chunks - number) // plan.chunks)
    now = datetime.now(UTC)
    chunk = Chunk([], [], [])
    for _ in range(min(CHUNK, plan.patients - number * CHUNK)):
        patient = random_patient(rng, plan.today - timedelta(days=rng.randint(newest, oldest)))
        chunk.patients.append(patient_columns(patient, now))
        prototype = rng.choice(plan.prototypes)
        document, columns = patient_program(rng, prototype, patient, plan.today)
        chunk.programs.append({**columns, "packed": packed(document), "updated_at": now})
        if not chunk.programs[1:] and number % CHECK_EVERY == 0:
            _check(document, columns, prototype)
        if plan.entries_per_patient:
            stages = [(week, [item["id"] for item in stage["items"]])
                      for week, stage in zip(prototype.start_weeks, document["stages"])]
            chunk.entries += daily_log(rng, document["id"], columns["created_on"], stages, plan.today,
                                       plan.entries_per_patient)
    chunk.entries.sort(key=itemgetter(2))
    return chunk


def patient_program(
    rng: random.Random, prototype: Prototype, patient: Patient, today: date
) -> tuple[Document, Document]:
    """The patient's program (stored form), moved on to the stage their week after surgery calls for,
    and its row's columns."""
    assert patient.surgery_date is not None
    created = patient.surgery_date + timedelta(days=rng.randint(2, 14))
    weeks = patient.week_after_surgery(today) or 0
    moved = [(index, patient.surgery_date + timedelta(weeks=week))
             for index, week in enumerate(prototype.start_weeks) if index and week <= weeks]
    moves = [{"stage_index": index, "on": on.isoformat()} for index, on in moved]
    document = prototype.program(rng, patient.id, created, moves)
    stage = None if not prototype.start_weeks else max(reversed(moved), key=itemgetter(1))[0] if moved else 0
    columns = {
        "id": document["id"], "patient_id": patient.id, "title": document["title"], "version": 1,
        "created_on": created, "stage_count": len(prototype.start_weeks), "current_stage": stage,
        "current_stage_name": "" if stage is None else document["stages"][stage]["name"],
    }
    return document, columns


def _check(document: Document, columns: Document, prototype: Prototype) -> None:
    """The shortcut stores what the Store would: the program reads back, and its row's columns agree."""
    program = Program.model_validate(joined(document, prototype.parts))
    expected = {"id": program.id, "patient_id": program.patient_id, **program_columns(program)}
    assert expected == columns, (expected, columns)


def random_patient(rng: random.Random, surgery: date) -> Patient:
    born = date(rng.randint(1938, 1992), rng.randint(1, 12), rng.randint(1, 28))
    six_weeks = surgery + timedelta(weeks=6)
    return Patient(
        id=new_id(rng),
        name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        date_of_birth=born,
        surgery_date=surgery,
        procedure=rng.choice(PROCEDURES),
        fused_levels=rng.choice(LEVELS),
        therapist=rng.choice(THERAPISTS),
        precautions=(
            Precaution(kind=PrecautionKind.NO_BENDING, until=six_weeks),
            Precaution(kind=PrecautionKind.NO_TWISTING, until=six_weeks),
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=rng.choice((5, 10, 15)), unit=Unit.LB,
                       until=surgery + timedelta(weeks=12)),
        ),
        notes=rng.choice(
            ("", "Hip and buttock pain on the right since surgery.", "Lives alone; stairs at home.")
        ),
    )


def patient_columns(patient: Patient, now: datetime) -> Document:
    columns = patient.model_dump(mode="json")
    columns.update(date_of_birth=patient.date_of_birth, surgery_date=patient.surgery_date,
                   search_key=search_key(patient), created_at=now, updated_at=now)
    return columns


def write_parts(database: Database, prototypes: list[Prototype]) -> None:
    parts = {key: part for prototype in prototypes for key, part in prototype.parts.items()}
    with database.session() as session:
        rows = [{"sha256": key, "document": part} for key, part in parts.items()]
        session.execute(insert(ProgramPartRow), rows)


def write_chunk(database: Database, chunk: Chunk) -> int:
    """One transaction: the chunk's patients, programs (each program's first version too) and log entries."""
    with database.session() as session:
        if not database.is_sqlite:
            session.execute(text("SET LOCAL synchronous_commit = off"))
        session.execute(insert(PatientRow), chunk.patients)
        session.execute(insert(ProgramRow), chunk.programs)
        session.execute(
            insert(ProgramVersionRow),
            [{"program_id": row["id"], "version": row["version"], "packed": row["packed"],
              "saved_at": row["updated_at"]} for row in chunk.programs],
        )
        return write_logs(session.connection(), chunk.entries)
