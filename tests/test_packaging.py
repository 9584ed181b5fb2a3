"""What an installed copy carries: the licence it declares, and a launcher with no console window."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_declared_licence_is_shipped_in_full():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text and len(text) > 30_000


def test_the_app_has_a_windowed_launcher_beside_the_command():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["ptplanner"] == "ptplanner.cli:main"
    assert project["gui-scripts"]["ptplanner-app"] == "ptplanner.cli:main"
