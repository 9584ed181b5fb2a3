"""The window layout (size, docks, splitters), remembered between sessions with QSettings.

Tests point QSettings at a temporary folder (QSettings.setPath), so they never touch the real one.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

# Bump when docks or splitters change, so an old layout is ignored instead of misapplied.
LAYOUT_VERSION = 1


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ptplanner", "ptplanner")


def save_layout(window: QMainWindow, splitters: list[QSplitter]) -> None:
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
