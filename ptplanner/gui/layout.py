"""The window layout (size, docks, splitters), remembered between sessions with QSettings.

In the user's config folder; with --data-dir (a portable copy or a test copy) in the data folder
itself, so that copy is self-contained. Tests point QSettings at a temporary folder (QSettings.setPath),
so they never touch the real one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

# Bump when docks or splitters change, so an old layout is ignored instead of misapplied.
LAYOUT_VERSION = 1


SETTINGS_FILE = "window.ini"
_settings_file: Path | None = None  # set by keep_settings_in


def keep_settings_in(data_folder: Path | None) -> None:
    """Keep the app's settings in `data_folder` (None: the user's config folder again)."""
    global _settings_file
    _settings_file = None if data_folder is None else data_folder / SETTINGS_FILE


def app_settings() -> QSettings:
    if _settings_file is not None:
        return QSettings(str(_settings_file), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ptplanner", "ptplanner")


def save_layout(window: QMainWindow, splitters: list[QSplitter]) -> None:
    if _settings_file is not None and not _settings_file.parent.is_dir():
        return  # never create the data folder here: it is made private (0700) when the database is opened
    settings = app_settings()
    settings.setValue("layout/version", LAYOUT_VERSION)
    settings.setValue("layout/geometry", window.saveGeometry())
    settings.setValue("layout/state", window.saveState(LAYOUT_VERSION))
    for splitter in splitters:
        settings.setValue(f"layout/{splitter.objectName()}", splitter.saveState())
    settings.sync()


def restore_layout(window: QMainWindow) -> bool:
    """Put back the window's last size, place and docks; False (and nothing changed) when there is none to use."""
    settings = app_settings()
    if settings.value("layout/version", 0, type=int) != LAYOUT_VERSION:
        return False
    window.restoreState(settings.value("layout/state", b""), LAYOUT_VERSION)
    window.restoreGeometry(settings.value("layout/geometry", b""))
    return True


def restore_splitters(splitters: list[QSplitter]) -> None:
    """Put back where each splitter was, as last saved with the same layout version."""
    settings = app_settings()
    if settings.value("layout/version", 0, type=int) != LAYOUT_VERSION:
        return
    for splitter in splitters:
        state = settings.value(f"layout/{splitter.objectName()}")
        if state is not None:
            splitter.restoreState(state)
