"""Where a Save dialog starts: the folder last saved into, with a file name that says what it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ptplanner.core.file_names import patient_file_name
from ptplanner.gui.layout import app_settings

LAST_FOLDER_KEY = "files/last_save_folder"


def suggested_path(patient_name: str, what: str, day: date) -> str:
    """"<last folder>/Okafor Margaret - handout stage 2 - 2026-12-04.pdf"; the Documents folder the first time."""
    folder = app_settings().value(LAST_FOLDER_KEY, "", type=str)
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / patient_file_name(patient_name, what, day))


def remember_folder(saved: Path) -> None:
    settings = app_settings()
    settings.setValue(LAST_FOLDER_KEY, str(saved.parent.resolve()))
    settings.sync()
