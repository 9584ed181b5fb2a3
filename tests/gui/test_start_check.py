"""The start-up self-check the bundle's smoke test and benchmark rely on, and the app's own icon."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ptplanner.gui.app import app_icon

ROOT = Path(__file__).resolve().parents[2]


def start(data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **env}
    return subprocess.run([sys.executable, "-m", "ptplanner", "--data-dir", str(data_dir)],
                          env=environ, capture_output=True, text=True, timeout=120)


def test_the_start_check_says_painted_then_ready_and_quits(data_dir):
    done = start(data_dir, PTPLANNER_START_CHECK="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["painted", "ready"]
    assert (data_dir / "ptplanner.db").is_file()  # the clinic really was opened


def test_with_a_clinic_it_waits_for_the_patient_list_and_closes_cleanly(data_dir, demo_data_template):
    shutil.copytree(demo_data_template, data_dir)
    done = start(data_dir, PTPLANNER_START_CHECK="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["painted", "ready"]
    assert "Error" not in done.stderr and "Traceback" not in done.stderr
    assert (data_dir / "ptplanner.db.closed").is_file()  # closed as the app closes: the clean-close mark


def test_a_database_that_cannot_open_ends_the_start_check_with_status_1(data_dir):
    data_dir.mkdir(mode=0o700)
    (data_dir / "ptplanner.db").write_bytes(b"not a database at all" * 100)
    done = start(data_dir, PTPLANNER_START_CHECK="1")  # the message box does not wait for a click
    assert done.returncode == 1
    assert done.stdout.split() == ["painted"]
    assert "ptplanner cannot open its database: " in done.stderr


def test_the_app_icon_has_every_size_the_menus_ask_for(qapp):
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes
