"""Starting the desktop app."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from ptplanner import __version__
from ptplanner.gui.errors import install_excepthook
from ptplanner.gui.main_window import MainWindow
from ptplanner.storage.database import DatabaseError
from ptplanner.workspace import Workspace


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ptplanner")
    app.setOrganizationName("ptplanner")
    app.setApplicationVersion(__version__)
    return app


LOCK_FILE = "ptplanner.lock"


def run_app(data_dir: Path, database_url: str | None) -> int:
    app = application()
    install_excepthook()
    try:
        workspace = Workspace.open(data_dir, database_url)
    except DatabaseError as error:
        QMessageBox.critical(None, "ptplanner cannot open its database", str(error))
        return 1
    lock = None if database_url else lock_data_folder(data_dir)
    if lock is False:
        workspace.close()
        return 1
    window = MainWindow(workspace)
    window.show()
    for warning in workspace.warnings:
        QMessageBox.warning(window, "Data folder on a network share", warning)
    # The objects made while starting live as long as the app: keep the garbage collector from
    # walking them again and again (a full collection paused the patient page for ~80 ms).
    gc.freeze()
    try:
        return app.exec()
    finally:
        workspace.close()
        if lock:
            lock.unlock()


def lock_data_folder(data_dir: Path) -> QLockFile | bool:
    """One copy of the app per SQLite data folder: a second one is told, and stops.

    SQLite itself would keep the file intact, but two windows editing the same program would
    overwrite each other's work. A lock left by a crashed copy is noticed and taken over.
    """
    lock = QLockFile(str(data_dir / LOCK_FILE))
    if lock.tryLock(200):
        return lock
    pid, host, _app = lock.getLockInfo()
    QMessageBox.warning(
        None,
        "ptplanner is already open",
        f"ptplanner is already open with the data folder {data_dir} (process {pid} on {host or 'this computer'}).\n\n"
        "Switch to that window, or close it and start ptplanner again. "
        "Clinics that work on several computers at once should share a PostgreSQL database.",
    )
    return False
