"""Where the bundled data lives: inside the installed package, or beside it in a source checkout.

The desktop bundle (packaging/ptplanner.spec) lays the data out as the wheel does, under
`ptplanner/_bundled` inside PyInstaller's folder (`sys._MEIPASS`), so one lookup serves all three.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _package_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return Path(frozen_root) / "ptplanner" if frozen_root else Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    package = _package_dir()
    installed = package / "_bundled" / name  # placed there by the wheel build and the desktop bundle
    return installed if installed.is_dir() else package.parent / name


def exercises_dir() -> Path:
    return _bundled("exercises")


def templates_dir() -> Path:
    return exercises_dir() / "templates"


def assets_dir() -> Path:
    return _bundled("assets")


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def icons_dir() -> Path:
    return assets_dir() / "icons"
