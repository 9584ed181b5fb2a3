"""Build a big clinic's data folder for the speed benchmarks: 10,000 patients and 5,000 exercises.

    python benchmarks/make_big_clinic.py /tmp/big-clinic            # about 30 s, see the printout

Every patient has realistic details (names from many languages and scripts, surgery dates over
the last two years, post-fusion precautions) and one program made from a bundled template, moved
on to the stage their week after surgery calls for. The exercises are the bundled library plus
clinic variations of it. Rows are written in one transaction with bulk inserts, in the same form
the Store writes them (core objects dumped to JSON, shared parts split off, see storage/program_parts.py).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.library import Library
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Unit
from ptplanner.core.program import Program, StageMove
from ptplanner.core.templates import ProgramTemplate
from ptplanner.storage.patients import search_key
from ptplanner.storage.program_parts import packed, split
from ptplanner.storage.models import (
    ClinicExerciseRow,
    ProgramPartRow,
    PatientRow,
    ProgramRow,
    ProgramVersionRow,
)
from ptplanner.storage.programs import program_columns
from ptplanner.app.workspace import Workspace
from clinic_logs import daily_log, write_logs

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
VARIATIONS = (
    "slow lowering", "with a 3-second pause", "on a firm bed", "with a pillow", "small range",
    "high repetitions", "with a light band", "morning version", "evening version", "with a helper",
    "beside the kitchen counter", "after walking", "before bed", "with breathing count",
)
CHUNK = 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a new (or empty) data folder")
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--exercises", type=int, default=5_000, help="bundled plus generated clinic exercises")
    parser.add_argument("--years", type=float, default=2, help="surgeries spread over this many years back")
    parser.add_argument("--log-entries", type=int, default=0, help="daily log entries in all (about)")
    parser.add_argument("--database-url", help="an empty PostgreSQL database instead of the folder's SQLite file")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    if args.folder.exists() and any(args.folder.iterdir()):
        parser.error(f"{args.folder} is not empty; give a new folder so no clinic's data is touched")

    started = time.perf_counter()
    rng = random.Random(args.seed)
    today = date.today()
    window = int(args.years * 365)
    per_patient = args.log_entries / args.patients
    entries = 0
    workspace = Workspace.open(args.folder, args.database_url)
    try:
        clinic = list(clinic_exercises(workspace.bundled, args.exercises - len(workspace.bundled), rng))
        library = workspace.bundled.merged_with(clinic)
        templates = list(workspace.templates.values())
        write_exercises(workspace, clinic)
        stored_parts: set[str] = set()
        for start in range(0, args.patients, CHUNK):  # a transaction a chunk keeps memory and the log modest
            patients = [random_patient(rng, today, window) for _ in range(min(CHUNK, args.patients - start))]
            programs = [random_program(rng, rng.choice(templates), library, p, today) for p in patients]
            with workspace.database.session() as session:
                write_patients(session, patients, programs, stored_parts)
                if per_patient:
                    entries += write_logs(session, [daily_log(rng, p, today, per_patient) for p in programs])
            if start and start % (20 * CHUNK) == 0:
                print(f"  {start} patients, {entries} log entries, {time.perf_counter() - started:.0f} s", flush=True)
    finally:
        workspace.close()
    finished = time.perf_counter()
    where = "the PostgreSQL database"
    if args.database_url is None:
        where = f"{args.folder} ({sum(f.stat().st_size for f in args.folder.iterdir() if f.is_file()) / 2**20:.0f} MB)"
    print(
        f"{args.patients} patients with programs, {entries} log entries and {len(library)} exercises in {where}: "
        f"{finished - started:.1f} s in all"
    )
    return 0


def clinic_exercises(bundled: Library, count: int, rng: random.Random) -> Iterator[Exercise]:
    """Clinic variations of the bundled exercises, with their own names, ids and doses."""
    bases = sorted(bundled.exercises.values(), key=lambda e: e.id)
    for number in range(count):
        base = rng.choice(bases)
        variation = rng.choice(VARIATIONS)
        dosage = base.dosage
        if dosage.reps is not None:
            dosage = dosage.model_copy(update={"reps": rng.randint(5, 20)})
        yield base.model_copy(
            update={
                "id": f"clinic-{base.id}-{number}",
                "name": f"{base.name}, {variation} ({number})",
                "tags": (*base.tags, variation),
                "dosage": dosage,
                "easier": (),
                "harder": (),
                "origin": Origin.CLINIC,
            }
        )


def random_patient(rng: random.Random, today: date, window_days: int) -> Patient:
    surgery = today - timedelta(days=rng.randint(3, window_days))
    born = date(rng.randint(1938, 1992), rng.randint(1, 12), rng.randint(1, 28))
    six_weeks = surgery + timedelta(weeks=6)
    return Patient(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
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
        notes=rng.choice(("", "Hip and buttock pain on the right since surgery.", "Lives alone; stairs at home.")),
    )


def random_program(
    rng: random.Random, template: ProgramTemplate, library: Library, patient: Patient, today: date
) -> Program:
    assert patient.surgery_date is not None
    program = template.instantiate(library, patient.id, patient.surgery_date + timedelta(days=rng.randint(2, 14)))
    weeks = patient.week_after_surgery(today) or 0
    moves = tuple(
        StageMove(stage_index=index, on=patient.surgery_date + timedelta(weeks=stage.start_week))
        for index, stage in enumerate(program.stages)
        if index and stage.start_week <= weeks
    )
    return program.model_copy(update={"moves": moves, "version": 1})


def write_exercises(workspace: Workspace, clinic: list[Exercise]) -> None:
    now = datetime.now(UTC)
    with workspace.database.session() as session:
        session.execute(
            insert(ClinicExerciseRow),
            [{"id": e.id, "document": e.model_dump(mode="json"), "archived": False, "updated_at": now} for e in clinic],
        )


def write_patients(session: Session, patients: list[Patient], programs: list[Program], stored: set[str]) -> None:
    """The patients and their programs, each program's shared parts stored once (storage/program_parts.py)."""
    now = datetime.now(UTC)
    session.execute(insert(PatientRow), [patient_columns(p, now) for p in patients])
    parts: dict[str, dict] = {}
    rows = []
    for p in programs:
        kept, shared = split(p.model_dump(mode="json"))
        parts.update((key, part) for key, part in shared.items() if key not in stored)
        rows.append({"id": p.id, "patient_id": p.patient_id, **program_columns(p), "packed": packed(kept),
                     "updated_at": now})
    if parts:
        session.execute(insert(ProgramPartRow), [{"sha256": k, "document": v} for k, v in parts.items()])
        stored.update(parts)
    session.execute(insert(ProgramRow), rows)
    session.execute(
        insert(ProgramVersionRow),
        [{"program_id": row["id"], "version": row["version"], "packed": row["packed"], "saved_at": now}
         for row in rows],
    )


def patient_columns(patient: Patient, now: datetime) -> dict[str, object]:
    columns = patient.model_dump(mode="json")
    columns.update(date_of_birth=patient.date_of_birth, surgery_date=patient.surgery_date,
                   search_key=search_key(patient), created_at=now, updated_at=now)
    return columns


if __name__ == "__main__":
    sys.exit(main())
