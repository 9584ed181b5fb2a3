"""What a big clinic costs where the app meets its database: patient search, opening a patient with their
progress figures, the damage check of the first start of the day, and the database's size.

    python benchmarks/bench_big_clinic.py --data-dir /tmp/huge-clinic
    python benchmarks/bench_big_clinic.py --data-dir /tmp/huge-pg --database-url postgresql+psycopg://...

Search: real names of the clinic typed a letter at a time (and dates of birth), each keystroke one
Clinic.search_patients with the first screenful (LIMIT rows), as a search-as-you-type list asks.
Opening: Clinic.open_patient, then the progress log and the figures of their current program, for
patients who logged lately and some long discharged. The floor of both, in the same run, is reading one
patient by id through the same Clinic. The damage check: opening the clinic (on the first start of the
day, a big SQLite clinic's daily backup, the full check, starts then on a thread: its time is printed
when it is over), the first write (it waits for the sample of the file the write gate compares), what a
start does before opening the SQLite file after a clean close and after a crash (for a file over
256 MB, the quick_check of every page then runs after opening, before the first write; its time is
printed too), beside reading the file once (the floor). The clinic is closed without the closing backup
(a big file's takes minutes; it is not one of the figures).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from ptplanner.app.clinic import Clinic
from ptplanner.core.progress.figures import progress_figures
from ptplanner.core.summary import current_program
from ptplanner.storage import sqlite_file
from ptplanner.storage.log_months import month_documents
from ptplanner.storage.models import AdherenceMonthRow, PatientRow, ProgramRow, ProgramVersionRow

SEARCH_MEDIAN_MS, SEARCH_P90_MS = 10.0, 16.0
OPEN_MS = 50.0
DAMAGE_CHECK_S = 2.0
LIMIT = 40  # rows: more than a screenful of the patient list
NAMES = 20
PATIENTS_OPENED = 20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--database-url")
    args = parser.parse_args(argv)
    rng = random.Random(16)
    today = date.today()
    opening = time.perf_counter()
    clinic = Clinic.open(args.data_dir, args.database_url)
    opened = time.perf_counter() - opening
    try:
        database = clinic.workspace.database
        counts, sizes = table_facts(database.engine)
        print(f"{counts['patients']} patients, {counts['logged days']} log entries "
              f"({counts['adherence_months']} months), {counts['program_versions']} program versions")
        print(f"{'figure':44} {'measured':>10} {'target':>10} {'floor':>10}")
        if sizes:
            print(f"{'program version, bytes stored (mean)':44} {sizes['version']:>10.0f} {4096:>10}")
        print(f"{'database size, MB':44} {database_mb(database):>10.0f}")
        row("start: opening the clinic (damage check), s", opened, DAMAGE_CHECK_S, None)
        # The first write of a start waits for the write gate's check of the file (storage/write_gate.py).
        first_id = clinic.search_patients("", 1)[0].id
        first = timed(lambda: open_with_figures(clinic, first_id, today)) / 1000
        floor = timed(lambda: clinic.get_patient(first_id)) / 1000
        row("first open of a start (first write), s", first, DAMAGE_CHECK_S, floor)
        daily_backup(clinic)
        searches, floors = search_times(clinic, rng)
        row("search, ms per keystroke (median)", statistics.median(searches), SEARCH_MEDIAN_MS, statistics.median(floors))
        row("search, ms per keystroke (90th percentile)", p90(searches), SEARCH_P90_MS, p90(floors))
        opened, floors = open_times(clinic, rng, today)
        row("open a patient with figures, ms (median)", statistics.median(opened), OPEN_MS, statistics.median(floors))
        row("open a patient with figures, ms (slowest)", max(opened), OPEN_MS, max(floors))
    finally:
        clinic.workspace.database.close()
    if args.database_url is None:
        damage_check(args.data_dir / sqlite_file.DATABASE_FILE)
    return 0


def daily_backup(clinic: Clinic) -> None:
    """Wait for the day's first backup if this start took it on a thread, and say how long it took."""
    backups = clinic.workspace.backups
    thread = None if backups is None else backups._daily
    if thread is not None and thread.is_alive():
        started = time.perf_counter()
        thread.join()
        took = time.perf_counter() - started
        print(f"(the day's first backup, the full check, took {took:.0f} s more on its thread)", flush=True)
        for warning in backups._daily_warnings:
            print(warning)


def table_facts(engine: sa.Engine) -> tuple[dict[str, int], dict[str, float]]:
    with engine.connect() as connection:
        counts = {
            table.name: connection.scalar(sa.select(sa.func.count()).select_from(table))
            for table in (PatientRow.__table__, AdherenceMonthRow.__table__, ProgramVersionRow.__table__)
        }
        months = connection.execution_options(yield_per=5000).execute(sa.select(AdherenceMonthRow.packed))
        counts["logged days"] = sum(len(month_documents(packed)) for packed in months.scalars())
        mean = connection.scalar(sa.select(sa.func.avg(sa.func.length(ProgramVersionRow.packed))))
    return counts, ({"version": float(mean)} if mean is not None else {})


def database_mb(database) -> float:
    if database.sqlite_path is not None:
        return database.sqlite_path.stat().st_size / 2**20
    with database.engine.connect() as connection:
        return connection.scalar(sa.text("SELECT pg_database_size(current_database())")) / 2**20


def search_times(clinic: Clinic, rng: random.Random) -> tuple[list[float], list[float]]:
    """Every keystroke of typing NAMES real names (and a date of birth each), and the floor beside each."""
    with clinic.workspace.database.session() as session:
        sample = session.execute(
            sa.select(PatientRow.id, PatientRow.name, PatientRow.date_of_birth).order_by(PatientRow.id).limit(5000)
        ).all()
    picked = rng.sample(sample, NAMES)
    ours, floor = [], []
    for patient_id, name, born in picked:
        for typed in (name, born.isoformat()):
            for end in range(1, len(typed) + 1):
                ours.append(timed(lambda: clinic.search_patients(typed[:end], LIMIT)))
                floor.append(timed(lambda: clinic.get_patient(patient_id)))
    return ours, floor


def open_times(clinic: Clinic, rng: random.Random, today: date) -> tuple[list[float], list[float]]:
    """Patients who logged lately (half) and any others, opened as their page does."""
    with clinic.workspace.database.session() as session:
        recent = session.scalars(
            sa.select(ProgramRow.patient_id)
            .join(AdherenceMonthRow, AdherenceMonthRow.program_id == ProgramRow.id)
            .where(AdherenceMonthRow.last_day >= date.fromordinal(today.toordinal() - 14))
            .distinct()
            .limit(2000)
        ).all()
        anyone = session.scalars(sa.select(PatientRow.id).order_by(PatientRow.id).limit(2000)).all()
    half = PATIENTS_OPENED // 2
    chosen = rng.sample(recent, min(half, len(recent))) + rng.sample(anyone, PATIENTS_OPENED - min(half, len(recent)))
    ours, floor = [], []
    for patient_id in chosen:
        ours.append(timed(lambda: open_with_figures(clinic, patient_id, today)))
        floor.append(timed(lambda: clinic.get_patient(patient_id)))
    return ours, floor


def open_with_figures(clinic: Clinic, patient_id: str, today: date) -> None:
    _, programs = clinic.open_patient(patient_id)
    program = current_program(programs)
    if program is not None:
        log = clinic.progress_log(patient_id, program)
        progress_figures(program, log.entries, log.outcomes, log.rules, today, log.history)


def damage_check(path: Path) -> None:
    """The first start's check (after a clean close, then without one), beside reading the file once."""
    clean = timed(lambda: sqlite_file.check_before_opening(path)) / 1000
    unclean = timed(lambda: unclean_start_check(path)) / 1000
    full = timed(lambda: sqlite_file.check_before_opening(path, whole=True)) / 1000
    floor = timed(lambda: read_all(path)) / 1000
    row("start's damage check after a clean close, s", clean, DAMAGE_CHECK_S, floor)
    row("start's damage check after a crash, s", unclean, DAMAGE_CHECK_S, floor)
    print(f"quick_check of every page: {full:.3g} s (after a crash: on a thread after opening, before the first write)")
    print("(floor: reading the database file once; disk cache warm, as it was)")


def unclean_start_check(path: Path) -> None:
    """What a start does before opening when the app did not close the file (no clean-close mark)."""
    real = sqlite_file.digest_if_unchanged
    sqlite_file.digest_if_unchanged = lambda _path: None
    try:
        sqlite_file.check_before_opening(path)
    finally:
        sqlite_file.digest_if_unchanged = real


def read_all(path: Path) -> None:
    with path.open("rb") as file:
        while file.read(2**22):
            pass


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


def row(name: str, value: float, target: float, floor: float | None) -> None:
    verdict = "  ok" if value <= target else "  OVER"
    floor_text = "-" if floor is None else f"{floor:.3g}"
    print(f"{name:44} {value:>10.3g} {target:>10.3g} {floor_text:>10}{verdict}")


if __name__ == "__main__":
    sys.exit(main())
