"""The desktop bundle against the pip install: sizes, and start to a painted window, in one run.

    packaging/build.sh                       # makes dist/ptplanner and its .tar.gz (a few minutes)
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_bundle.py

Targets: the unpacked bundle at most 200 MB, the archive at most 90 MB, and the bundle's start to a
painted window (median) no slower than the pip install's. Both open the same clinic (a new one, made
by the first start: the window is painted before any data is read), started alternately so both meet
the same disk cache; the first start of each is a warm-up and not counted.
Each start is a fresh process timed from its spawn until it prints `painted` (then `ready`, once the
clinic is attached), as `PTPLANNER_START_CHECK=1` makes the app do; "pip install" is this Python
running `-m ptplanner` (the console script does the same).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_BUNDLE_MB = 200
TARGET_ARCHIVE_MB = 90
MB = 1_000_000  # decimal megabytes, the stricter reading of the targets


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed_start(command: list[str], data: Path) -> tuple[float, float, bool]:
    """Seconds from spawn to `painted` and to `ready`, and whether the child then closed on its own
    (it is stopped after 20 s, so a start that never ends cannot hang the benchmark)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PTPLANNER_START_CHECK": "1"}
    start = time.perf_counter()
    child = subprocess.Popen([*command, "--data-dir", str(data)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    seen = {}
    assert child.stdout is not None
    while not {"painted", "ready"} <= seen.keys():
        line = child.stdout.readline()
        if not line:
            break
        seen[line.strip()] = time.perf_counter() - start
    try:
        closed = child.wait(timeout=20) == 0
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        closed = False
    if not {"painted", "ready"} <= seen.keys():
        raise SystemExit(f"{command[0]} did not start (exit {child.returncode}, printed {sorted(seen)})")
    return seen["painted"], seen["ready"], closed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "ptplanner")
    parser.add_argument("--starts", type=int, default=7)
    args = parser.parse_args(argv)
    program = args.bundle / "ptplanner"
    archives = sorted(args.bundle.parent.glob("ptplanner-*-linux-*.tar.gz"))
    if not program.is_file():
        raise SystemExit(f"No bundle at {args.bundle}: run packaging/build.sh first.")

    bundle_mb = folder_bytes(args.bundle) / MB
    print(f"bundle unpacked   {bundle_mb:7.1f} MB   target <= {TARGET_BUNDLE_MB} MB   "
          f"{'ok' if bundle_mb <= TARGET_BUNDLE_MB else 'OVER'}")
    if archives:
        archive_mb = archives[-1].stat().st_size / MB
        print(f"archive           {archive_mb:7.1f} MB   target <= {TARGET_ARCHIVE_MB} MB   "
              f"{'ok' if archive_mb <= TARGET_ARCHIVE_MB else 'OVER'}   ({archives[-1].name})")

    pip_install = [sys.executable, "-m", "ptplanner"]
    with tempfile.TemporaryDirectory() as temp:
        data = Path(temp) / "data"
        times: dict[str, list[tuple[float, float, bool]]] = {"bundle": [], "pip install": []}
        for run in range(args.starts + 1):
            for name, command in (("bundle", [str(program)]), ("pip install", pip_install)):
                measured = timed_start(command, data)
                if run:  # the first of each warms the disk cache
                    times[name].append(measured)
    painted = {name: statistics.median(t[0] for t in runs) for name, runs in times.items()}
    ready = {name: statistics.median(t[1] for t in runs) for name, runs in times.items()}
    for name in times:
        stuck = sum(not t[2] for t in times[name])
        print(f"start, {name:<11} painted {painted[name]:.3f} s, data attached {ready[name]:.3f} s "
              f"(median of {args.starts}){f'; {stuck} did not close by itself' if stuck else ''}")
    verdict = "ok" if painted["bundle"] <= painted["pip install"] else "SLOWER"
    print(f"bundle painted {painted['bundle']:.3f} s   target <= pip install's {painted['pip install']:.3f} s   {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
