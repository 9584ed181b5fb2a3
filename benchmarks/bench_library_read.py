"""Reading the library at start-up: the bundled exercises and the clinic's own, validated, in a new process.

    python benchmarks/bench_library_read.py --data-dir /tmp/big-clinic [--runs 5]

Part of issue 16's "library (5,000 clinic exercises) loaded within 1.5 s of start": the read that
bench_workspace.py's last start-up figure waits for, on its own. Each run is a new process (the first read
in a process also parses the bundled library's files and compiles the query), timed from the clinic
opened to the library returned, in CPU time of that thread (less disturbed by others on a shared machine)
and wall time. The floor, in the same process: the clinic exercises' stored JSON fetched with sqlite3 and
parsed with json.loads, nothing validated.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = """
import gc, json, sqlite3, sys, time
from pathlib import Path
from ptplanner.app.clinic import Clinic
gc.disable()  # as in the app while the start's reads come in (gui/collector.py)
data = Path(sys.argv[1])
clinic = Clinic.open(data, None)
start, cpu = time.perf_counter(), time.thread_time()
library = clinic.library()
took, took_cpu = time.perf_counter() - start, time.thread_time() - cpu
again = time.thread_time()
clinic.library()
again_cpu = time.thread_time() - again
clinic.close()
with sqlite3.connect(data / "ptplanner.db") as connection:
    floor = time.thread_time()
    documents = [json.loads(text) for (text,) in connection.execute("SELECT document FROM clinic_exercises")]
    floor_cpu = time.thread_time() - floor
print(json.dumps({"wall": took, "cpu": took_cpu, "again": again_cpu, "floor": floor_cpu,
                  "exercises": len(library.exercises), "documents": len(documents)}))
"""


def one_run(data_dir: Path) -> dict:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"the child process failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="a folder made by make_big_clinic.py")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not (args.data_dir / "ptplanner.db").is_file():
        raise SystemExit(f"{args.data_dir} holds no ptplanner.db: make one with make_big_clinic.py")
    one_run(args.data_dir)  # compiles the bytecode and fills the disk cache; not counted
    runs = [one_run(args.data_dir) for _ in range(args.runs)]
    median = {key: statistics.median(run[key] for run in runs) for key in ("wall", "cpu", "again", "floor")}
    print(f"library of {runs[0]['exercises']} exercises ({runs[0]['documents']} of the clinic's own); "
          f"median of {args.runs} new processes")
    print(f"{'figure':<44} {'measured':>9} {'floor':>9}")
    rows = (
        ("first read in a process, CPU (s)", median["cpu"]),
        ("first read in a process, wall (s)", median["wall"]),
        ("read again in that process, CPU (s)", median["again"]),
    )
    for label, value in rows:
        print(f"{label:<44} {value:>9.3f} {median['floor']:>9.3f}")
    print("(floor: the same documents fetched with sqlite3 and parsed with json.loads, in the same process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
