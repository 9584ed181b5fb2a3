"""Every benchmark, one after another, each figure printed beside its target and the floor of its run.

    QT_QPA_PLATFORM=offscreen python benchmarks/run_all.py --data-dir /tmp/big-clinic
    ... --database-url URL   # also bench_big_clinic.py on that PostgreSQL copy of the clinic
    ... --database-url URL --user NAME   # and bench_workspace.py, signed in ($PTPLANNER_PASSWORD)

Each runs as its own process (a fresh interpreter, as a start of the app is), from this folder, so
their timings do not disturb one another. The data folder is one made by make_big_clinic.py.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="a folder made by make_big_clinic.py")
    parser.add_argument("--database-url", help="the same clinic on PostgreSQL (figures that read a clinic)")
    parser.add_argument("--lock-dir", type=Path, help="the PostgreSQL clinic's lock folder (else a new one)")
    parser.add_argument("--starts", type=int, default=3, help="starts of the app for bench_workspace.py")
    parser.add_argument("--user", help="the PostgreSQL clinic's account to sign in as ($PTPLANNER_PASSWORD)")
    args = parser.parse_args(argv)
    data = str(args.data_dir)
    runs = [
        ["bench_big_clinic.py", "--data-dir", data],
        ["bench_workspace.py", "--data-dir", data, "--starts", str(args.starts)],
        ["bench_library_read.py", "--data-dir", data],
        ["bench_library_search.py", "--data-dir", data],
        ["bench_patient_page.py"],
        ["bench_progress.py"],
        ["bench_handouts.py"],
    ]
    if args.database_url:
        lock = str(args.lock_dir or Path(tempfile.mkdtemp(prefix="ptplanner-pg-")))
        runs.insert(1, ["bench_big_clinic.py", "--data-dir", lock, "--database-url", args.database_url])
        if args.user:  # a clinic on PostgreSQL always signs in: the window's figures need an account
            account = ["--database-url", args.database_url, "--user", args.user]
            runs.insert(3, ["bench_workspace.py", "--data-dir", lock, "--starts", str(args.starts), *account])
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = 0
    for run in runs:
        print(f"\n== {' '.join(run)}", flush=True)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / run[0]), *run[1:]], env=environment, cwd=HERE.parent)
        print(f"({time.perf_counter() - started:.0f} s)", flush=True)
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
