"""Where the bundled data lives: inside the installed package, or beside it in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_bundled" / name  # placed there by the wheel build
    return installed if installed.is_dir() else _PACKAGE.parent / name


def exercises_dir() -> Path:
    return _bundled("exercises")


def templates_dir() -> Path:
    return exercises_dir() / "templates"


def assets_dir() -> Path:
    return _bundled("assets")


def fonts_dir() -> Path:
    return assets_dir() / "fonts"
