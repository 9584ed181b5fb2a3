"""One look for changes made on other workstations (app/watch.py) in a big clinic.

    python benchmarks/bench_remote_changes.py --data-dir /tmp/big-clinic

Each workstation looks every 5 seconds and when its window comes to the front, so a look that finds
nothing must cost next to nothing: target at most 5 ms (median), beside the floor of a bare
"SELECT 1" in a session of the same database. Also timed: a look that finds one change made by another
workstation (its one audit row read and turned into a change report), and one that finds 500.
The audit trail is first filled to --rows rows by opening patients (each opening writes a view row).
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from ptplanner.app.clinic import Clinic
from ptplanner.app.watch import ChangeWatch
from ptplanner.storage.audit_feed import newest_audit_id

TARGET_MS = 5.0
REPEATS = 200


def timed(work, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return times


def line(what: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if len(ordered) > 1 else ordered[0]
    return f"{what}: median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms ({len(times)} runs)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=5000, help="audit rows to have before timing")
    args = parser.parse_args()
    here, there = Clinic.open(args.data_dir), Clinic.open(args.data_dir)
    try:
        database = here.workspace.database
        patients = [row.patient_id for row in there.patient_rows(date.today())]
        missing = args.rows - newest_audit_id(database)
        started = time.perf_counter()
        for number in range(max(0, missing)):
            there.open_patient(patients[number % len(patients)])
        if missing > 0:
            print(f"{missing} audit rows written in {time.perf_counter() - started:.1f} s")
        print(f"{len(patients)} patients, {newest_audit_id(database)} audit rows")

        watch = ChangeWatch(here)
        watch.start()
        watch.check()  # warm
        nothing = timed(watch.check, REPEATS)

        def select_one() -> None:
            with database.session() as session:
                session.execute(text("SELECT 1"))

        floor = timed(select_one, REPEATS)
        patient = there.get_patient(patients[0])

        def one_change() -> None:
            there.save_patient(patient)  # (not timed: only the look after it)

        found_one = []
        for _ in range(20):
            one_change()
            found_one += timed(lambda: watch.check(), 1)
        for number in range(500):
            there.save_patient(there.get_patient(patients[number]))
        found_many = timed(lambda: watch.check(), 1)

        print(line("a look that finds nothing", nothing) + f"   target {TARGET_MS:.0f} ms")
        print(line("floor: SELECT 1 in a session", floor))
        print(line("a look that finds one change", found_one))
        print(line("a look that finds 500 changes", found_many))
        verdict = "within" if statistics.median(nothing) <= TARGET_MS else "OVER"
        print(f"{verdict} target")
    finally:
        here.close()
        there.close()


if __name__ == "__main__":
    main()
