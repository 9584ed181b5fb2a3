"""The README's lupdate command, run on a copy of the Spanish source: it must find every marked text as
the source has it, and lose no Spanish (a count marked with `translate` lost its plural forms)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import ptplanner.gui
from ptplanner.gui.ui_language import SOURCES

GUI = Path(ptplanner.gui.__file__).parent


def _lupdate() -> Path | None:
    found = shutil.which("pyside6-lupdate") or Path(sys.executable).with_name("pyside6-lupdate")
    return Path(found) if Path(found).exists() else None


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_lupdate_as_the_readme_runs_it_keeps_every_spanish_text_and_plural(tmp_path):
    copy = tmp_path / "ptplanner_es.ts"
    shutil.copy(SOURCES / "ptplanner_es.ts", copy)
    sources = sorted(str(path) for path in GUI.rglob("*.py"))
    command = [str(_lupdate()), "-no-obsolete", *sources, "-ts", str(copy)]
    subprocess.run(command, check=True, capture_output=True)
    before, after = _messages(SOURCES / "ptplanner_es.ts"), _messages(copy)
    assert set(after) == set(before)  # no text marked in the code is missing from the source, nor the reverse
    for key, message in before.items():
        again = after[key]
        assert again.get("numerus") == message.get("numerus"), key  # a count still read as one
        assert again.find("translation").get("type") is None, key  # still finished


def test_the_librarys_problem_count_reads_in_spanish_singular_and_plural(spanish_window):
    from ptplanner.core.problems import Problem

    dock = spanish_window.library_dock
    dock.loaded([Problem("roto.toml", "dosage.reps", "no")])
    assert dock.warning.text().startswith("1 archivo de la biblioteca tuvo problemas")
    dock.loaded([Problem(f"roto{n}.toml", "dosage.reps", "no") for n in range(3)])
    assert dock.warning.text().startswith("3 archivos de la biblioteca tuvieron problemas")
