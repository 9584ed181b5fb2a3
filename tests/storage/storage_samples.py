"""For storage tests: valid core objects built directly (no library files), text that tends to
break things, and ways to look at a database without going through the Store."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlalchemy as sa
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ptplanner.core.adherence import AdherenceEntry, ItemCompletion, Measure, OutcomeItem, OutcomeScore
from ptplanner.core.dosage import Dosage, Side
from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.patient import Patient, Precaution, PrecautionKind, Unit
from ptplanner.core.program import Program, ProgramItem, Stage, StageMove
from ptplanner.core.vocabulary import Category, Movement, Position, Region
from ptplanner.core.walking import WalkingPlan
from ptplanner.storage.database import Database
from ptplanner.storage.models import Base

T = TypeVar("T")

# For a test about SQLite files alone (permissions, WAL, backups, secure delete, damaged files):
# it runs on SQLite only, not again on PostgreSQL.
sqlite_only = pytest.mark.parametrize("backend", ["sqlite"])

HOSTILE_TEXTS = [
    "<b>ouch",
    "Tom & Jerry <img src=x> &lt;",
    'O\'Brien "Bob" `tick`',
    "Zoë 😀🦴 Łódź Иван 李小龍",
    "שלום עליכם",
    "مرحبا بكم",
    "line one\nline two\ttab",
    "x" * 10_000,
]


def make_exercise(**changes: Any) -> Exercise:
    fields: dict[str, Any] = {
        "id": "bridge",
        "name": "Bridge",
        "summary": "Lift your hips to strengthen your buttocks.",
        "category": Category.HIP_STRENGTHENING,
        "regions": (Region.HIP, Region.PELVIS),
        "position": Position.HOOK_LYING,
        "steps": ("Lie on your back with your knees bent.", "Lift your hips.", "Lower slowly."),
        "stop_if": "Stop if you feel sharp pain.",
        "earliest_stage": 2,
        "movements": (Movement.BENDING,),
        "dosage": Dosage(sets=2, reps=10, hold_seconds=5),
    }
    return Exercise(**{**fields, **changes})


def make_patient(name: str = "Ana Silva", **changes: Any) -> Patient:
    fields: dict[str, Any] = {
        "name": name,
        "date_of_birth": date(1961, 4, 9),
        "surgery_date": date(2024, 2, 1),
        "procedure": "TLIF",
        "fused_levels": ("L4-L5", "L5-S1"),
        "therapist": "J. Okafor",
        "precautions": (
            Precaution(kind=PrecautionKind.NO_BENDING, until=date(2024, 5, 1)),
            Precaution(kind=PrecautionKind.LIFTING_LIMIT, limit=4.5, unit=Unit.KG),
        ),
        "notes": "Prefers mornings.",
    }
    return Patient(**{**fields, **changes})


def make_program(patient_id: str, title: str = "Home program", **changes: Any) -> Program:
    bridge = make_exercise()
    clam = make_exercise(id="clamshell", name="Clamshell", position=Position.SIDE_LYING, movements=())
    stages = (
        Stage(
            name="Protection",
            start_week=0,
            end_week=6,
            goals=("Walk daily",),
            items=(
                ProgramItem.of(bridge),
                ProgramItem.of(clam, Dosage(reps=12, side=Side.BOTH), note="Slowly"),
            ),
            walking=WalkingPlan(
                baseline_minutes_per_day=10, weekly_increase_minutes=5, target_minutes_per_day=30
            ),
        ),
        Stage(name="Stabilization", start_week=6, items=(ProgramItem.of(bridge, Dosage(sets=3, reps=8)),)),
    )
    fields: dict[str, Any] = {
        "patient_id": patient_id,
        "title": title,
        "created_on": date(2024, 2, 10),
        "stages": stages,
        "moves": (StageMove(stage_index=0, on=date(2024, 2, 10)),),
    }
    return Program(**{**fields, **changes})


def make_entry(program: Program, day: date, **changes: Any) -> AdherenceEntry:
    fields: dict[str, Any] = {
        "program_id": program.id,
        "day": day,
        "completions": tuple(ItemCompletion(item_id=item.id, sessions_done=1) for item in program.items()),
        "pain_back": 4,
        "pain_leg_after": 2,
        "note": "Fine",
    }
    return AdherenceEntry(**{**fields, **changes})


def make_score(day: date, **changes: Any) -> OutcomeScore:
    items = (
        OutcomeItem(label="Stairs", score=4),
        OutcomeItem(label="Sitting", score=6),
        OutcomeItem(score=5),
    )
    fields: dict[str, Any] = {"measure": Measure.PSFS, "day": day, "score": 5.0, "items": items}
    return OutcomeScore(**{**fields, **changes})


def clinic_exercise(**changes: Any) -> Exercise:
    return make_exercise(
        **{"id": "towel-squeeze", "name": "Towel squeeze", "origin": Origin.CLINIC, **changes}
    )


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }


def folder_fingerprint(folder: Path) -> dict[str, str]:
    """Every file in `folder` with a hash of its bytes: shows that nothing was changed or added."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def at_once(db: Database, first: Callable[[Session], object], other: Database, second: Callable[[], T]) -> T:
    """Two workstations saving at once: `first` writes in a transaction on `db`; before it commits,
    `second` starts on `other` and must wait for it. Returns what `second` returns once `first` committed."""
    with ThreadPoolExecutor(1) as pool:
        with db.session() as session:
            first(session)
            session.flush()
            waiting = pool.submit(second)
            time.sleep(0.3)  # time for it to reach the database and wait there
            if waiting.done():
                waiting.result()  # raises whatever stopped it
                pytest.fail("the second workstation did not wait for the first one's transaction")
        return waiting.result(timeout=30)


# The patients table as revisions 0001 to 0004 made it, for tests of updates from them.
PATIENTS_BEFORE_0005 = sa.table(
    "patients",
    *(sa.column(name) for name in ("id", "name", "procedure", "therapist", "notes")),
    sa.column("date_of_birth", sa.Date()),
    sa.column("surgery_date", sa.Date()),
    sa.column("fused_levels", sa.JSON()),
    sa.column("precautions", sa.JSON()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


def add_patient_at_old_schema(engine: sa.Engine, patient: Patient) -> None:
    columns = patient.model_dump(mode="json", include=set(PATIENTS_BEFORE_0005.columns.keys()))
    columns.update(
        date_of_birth=patient.date_of_birth,
        surgery_date=patient.surgery_date,
        created_at=datetime.now(UTC),
        updated_at=datetime.now(UTC),
    )
    with engine.begin() as connection:
        connection.execute(sa.insert(PATIENTS_BEFORE_0005), [columns])


def engine_migrated_to(backend: str, database_url: str, data_dir: Path, revision: str) -> sa.Engine:
    """A fresh database migrated only up to `revision`, as an earlier ptplanner left it (dispose it after)."""
    from alembic import command

    from ptplanner.storage import sqlite_file
    from ptplanner.storage.migrate import alembic_config

    engine = sa.create_engine(database_url)
    if backend == "sqlite":
        data_dir.mkdir()
        sa.event.listen(engine, "connect", sqlite_file.set_pragmas)
    with engine.begin() as connection:
        if backend == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id = {sqlite_file.APPLICATION_ID}")
        command.upgrade(alembic_config(connection), revision)
    return engine
