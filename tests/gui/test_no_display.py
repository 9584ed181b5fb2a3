"""With no display the app says in one line what is missing and exits 1, instead of Qt's abort."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ptplanner.gui.display_check import NO_DISPLAY, NO_XCB_CURSOR, display_problem

ROOT = Path(__file__).resolve().parents[2]


def run_app(tmp_path, **env):
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "ptplanner", "--data-dir", str(tmp_path / "data")],
        env=clean | env, capture_output=True, text=True, timeout=60, cwd=ROOT,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux displays")
def test_no_display_is_one_line_and_exit_1(tmp_path):
    result = run_app(tmp_path, QT_QPA_PLATFORM="xcb")
    assert result.returncode == 1
    assert result.stderr == NO_DISPLAY + "\n" and not result.stdout
    assert not (tmp_path / "data").exists()  # nothing was opened


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux displays")
def test_a_display_qt_cannot_use_is_one_line_and_exit_1(tmp_path):
    result = run_app(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":97")  # no X server there
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "DISPLAY=:97" in result.stderr
    assert "Reinstalling" not in result.stderr


def test_what_is_missing_is_told_before_qt_starts(monkeypatch):
    assert display_problem({}, "linux") == NO_DISPLAY
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux") == NO_DISPLAY
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None
    monkeypatch.setattr("ctypes.util.find_library", lambda name: None)
    assert display_problem({"DISPLAY": ":0"}, "linux") == NO_XCB_CURSOR
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None  # Wayland needs no xcb


def test_once_started_qt_messages_are_shown_as_usual():
    script = (
        "from ptplanner.gui.app import application\n"
        "from PySide6.QtCore import qWarning\n"
        "application()\n"
        "qWarning('a warning after start-up')\n"
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "a warning after start-up" in result.stderr
