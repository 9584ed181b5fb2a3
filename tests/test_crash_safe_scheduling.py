"""A test that takes its worker down fails alone: the run goes on and ends (crash_safe_scheduling.py)."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("xdist")

MODULES = {
    "test_a.py": ["pass"] * 3,
    # The worker dies in the middle of a group, having finished another: its one test left goes to a
    # new worker alone.
    "test_b.py": ["pass", "os.kill(os.getpid(), signal.SIGSEGV)", "pass"],
    "test_c.py": ["time.sleep(0.5)"] * 2,
    "test_d.py": ["pass"],
    "test_e.py": ["time.sleep(0.3)", "pass"],
}


def write_suite(folder: Path) -> None:
    for name, bodies in MODULES.items():
        tests = "\n".join(f"def test_{n}():\n    {body}\n" for n, body in enumerate(bodies))
        group = name.removesuffix(".py")
        header = f"import os, signal, time\nimport pytest\npytestmark = pytest.mark.xdist_group({group!r})\n"
        (folder / name).write_text(header + "\n" + textwrap.dedent(tests))


def run_suite(folder: Path) -> subprocess.CompletedProcess:
    tests_folder = Path(__file__).parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tests_folder), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "crash_safe_scheduling", "-p", "no:cacheprovider",
         "-n", "2", "--dist", "loadgroup", "-q", "-rf", str(folder)],
        cwd=folder, env=env, capture_output=True, text=True, timeout=300,
    )


def test_a_crashed_worker_fails_its_test_and_the_rest_run_to_the_end(tmp_path):
    write_suite(tmp_path)
    result = run_suite(tmp_path)  # it hung, until the time limit, with xdist's own loadgroup
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "FAILED test_b.py::test_1" in out
    total = sum(len(bodies) for bodies in MODULES.values())
    assert f"1 failed, {total - 1} passed" in out
    assert (out + result.stderr).count("node down") == 1  # the crashed test is not run again
