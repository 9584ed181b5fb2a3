"""Build a big clinic's data folder for the speed benchmarks: 10,000 patients and 5,000 exercises.

    python benchmarks/make_big_clinic.py /tmp/big-clinic            # about 30 s, see the printout
    python benchmarks/make_big_clinic.py /tmp/huge --patients 100000 --years 10 --log-entries 10000000

Every patient has realistic details (names from many languages and scripts, surgery dates over
the last two years, post-fusion precautions) and one program made from a bundled template, moved
on to the stage their week after surgery calls for, and with --log-entries their daily logs
(clinic_logs.py). The exercises are the bundled library plus clinic variations of it. Worker processes
make the rows, a thousand patients at a time (clinic_rows.py); this one writes them with bulk inserts
(COPY for the logs on PostgreSQL) under build-only settings (bulk_load.py), in the same form the Store
writes them (core objects dumped to JSON, shared parts split off, see storage/program_parts.py).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert

from ptplanner.core.exercise import Exercise, Origin
from ptplanner.core.library import Library
from ptplanner.storage.models import ClinicExerciseRow
from ptplanner.app.workspace import Workspace
from bulk_load import bulk_loading
from clinic_rows import CHUNK, Plan, Prototype, chunks_made, write_chunk, write_parts

VARIATIONS = (
    "slow lowering", "with a 3-second pause", "on a firm bed", "with a pillow", "small range",
    "high repetitions", "with a light band", "morning version", "evening version", "with a helper",
    "beside the kitchen counter", "after walking", "before bed", "with breathing count",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a new (or empty) data folder")
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--exercises", type=int, default=5_000, help="bundled plus generated clinic exercises")
    parser.add_argument("--years", type=float, default=2, help="surgeries spread over this many years back")
    parser.add_argument("--log-entries", type=int, default=0, help="daily log entries in all (about)")
    parser.add_argument("--database-url", help="an empty PostgreSQL database instead of the folder's SQLite file")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes making rows")
    args = parser.parse_args(argv)
    if args.folder.exists() and any(args.folder.iterdir()):
        parser.error(f"{args.folder} is not empty; give a new folder so no clinic's data is touched")

    started = time.perf_counter()
    rng = random.Random(args.seed)
    workspace = Workspace.open(args.folder, args.database_url)
    database = workspace.database
    entries = 0
    try:
        clinic = list(clinic_exercises(workspace.bundled, args.exercises - len(workspace.bundled), rng))
        library = workspace.bundled.merged_with(clinic)
        plan = Plan(
            prototypes=[Prototype.of(template, library) for template in workspace.templates.values()],
            today=date.today(), window_days=int(args.years * 365), patients=args.patients, seed=args.seed,
            entries_per_patient=args.log_entries / args.patients,
        )
        write_exercises(workspace, clinic)
        write_parts(database, plan.prototypes)
        with bulk_loading(database), chunks_made(plan, args.workers) as made:
            for number, chunk in enumerate(made):
                entries += write_chunk(database, chunk)
                if number and number % 20 == 0:
                    print(f"  {number * CHUNK} patients, {entries} log entries, "
                          f"{time.perf_counter() - started:.0f} s", flush=True)
    finally:
        # Closed as the app closes (the clean-close mark), with no backup: the app's first start takes one.
        database.close()
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


def write_exercises(workspace: Workspace, clinic: list[Exercise]) -> None:
    if not clinic:
        return
    now = datetime.now(UTC)
    with workspace.database.session() as session:
        session.execute(
            insert(ClinicExerciseRow),
            [{"id": e.id, "document": e.model_dump(mode="json"), "archived": False, "updated_at": now} for e in clinic],
        )


if __name__ == "__main__":
    sys.exit(main())
