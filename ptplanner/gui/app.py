"""Starting the desktop app: the window is on screen first, then the clinic's data is opened.

Importing the domain models and the database layer takes most of a second, so the window's frame
and patient list are shown first and the rest is imported, and the database opened, on a worker
thread. The window answers input meanwhile; its data commands wait, disabled, until it is attached.
"""

from __future__ import annotations

import gc
import importlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ptplanner import __version__
from ptplanner.folder_lock import LOCK_FILE, FolderBusy, FolderLock
from ptplanner.gui.collector import gui_thread_collector
from ptplanner.gui.display_check import QtStartup, display_problem
from ptplanner.gui.errors import install_excepthook
from ptplanner.gui.main_window import MainWindow
from ptplanner.gui.signin import sign_in_then, sign_in_while_opening
from ptplanner.gui.ui_language import install_translators
from ptplanner.gui.start_check import StartCheck, wanted as start_check_wanted
from ptplanner.gui.tasks import import_in_turns
from ptplanner.resources import icons_dir

__all__ = ["LOCK_FILE", "application", "launch", "lock_data_folder", "open_clinic", "run_app"]
LOCK_WAIT_SECONDS = 3  # a command-line import or handout is done by then
COLLECT_AGAIN_AFTER_MS = 30_000  # garbage collection starts again by then, even if the library never came
# How long a worker running Python keeps the interpreter before the GUI thread gets it (Python's default
# is 5 ms). Every call from Qt into Python (a timer, a model's data, an event filter) waits up to that
# long while the library or a page is read: painting the patient list's first screen calls the model's
# data() hundreds of times, and took 70-170 ms at 1 ms while the library was read on PostgreSQL.
# At 50 us the longest stall of a start fell from 57 to 32 ms on SQLite and from 156 to
# 50 ms on PostgreSQL (benchmarks/bench_workspace.py), and the reads took no longer: the interval only
# counts while the GUI thread waits.
SWITCH_INTERVAL_S = 0.00005


def application() -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if app is None:
        problem = display_problem()
        if problem is not None:
            print(problem, file=sys.stderr)
            raise SystemExit(1)
        with QtStartup():
            app = QApplication(sys.argv)
    app.setApplicationName("ptplanner")
    app.setOrganizationName("ptplanner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ptplanner")  # Wayland matches the window to ptplanner.desktop and its icon
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(icons_dir() / f"ptplanner-{size}.png"))
    return icon


def run_app(data_dir: Path, database_url: str | None) -> int:
    app = application()
    install_excepthook()
    install_translators()  # before any window: the menus take their words when they are made
    lock = None if database_url else lock_data_folder(data_dir)
    if lock is False:
        return 1
    window = launch(data_dir, database_url)
    if start_check_wanted():
        StartCheck(window)
    try:
        status = app.exec()
        return 1 if window.open_error is not None else status
    finally:
        if window.clinic is not None:
            from ptplanner.gui.closing import close_clinic

            close_clinic(window.clinic)  # its backup, seconds for a big clinic: a small window says so
        if lock:
            lock.release()


def launch(data_dir: Path, database_url: str | None) -> MainWindow:
    """Show the main window now and attach the clinic's data once it is open. A database that cannot be
    opened is explained and the window closed (the app then stops; run_app returns 1)."""
    window = MainWindow()
    window.show()
    _no_collections_while_loading(window)

    def opened(found) -> None:
        clinic, sign_in, window.screen_ahead = found

        def attach() -> None:
            import_in_turns(ATTACH_GUI_MODULES, lambda: window.attach(clinic, in_two_turns=True))

        # No patient data before a sign-in.
        sign_in_then(window, clinic, attach, sign_in)
        _started(window, clinic.warnings)

    def database_opened(found) -> None:
        database, sign_in = found
        # While the sign-in dialog waits for typing: the GUI-free modules on a worker, then the rest here.
        ready = lambda _imported: import_in_turns(ATTACH_GUI_MODULES, lambda: None)  # noqa: E731
        window.runner.read(_import_what_attaching_needs, ready, lambda _error: None)

        def attach(clinic) -> None:
            import_in_turns(ATTACH_GUI_MODULES, lambda: window.attach(clinic, in_two_turns=True))

        sign_in_while_opening(window, database, sign_in, lambda: clinic_on(database), attach, failed)
        _started(window, database.warnings)

    def failed(error: BaseException) -> None:
        from ptplanner.app.errors import DatabaseError

        if isinstance(error, DatabaseError | OSError):
            title = QCoreApplication.translate("Startup", "ptplanner cannot open its database")
            QMessageBox.critical(window, title, str(error))
        else:  # a bug: the error dialog shows the details to pass on
            sys.excepthook(type(error), error, error.__traceback__)
        window.open_error = error
        window.close()

    if database_url is None:  # a data folder: its damage check overlaps the imports (start_checking)
        window.runner.read(lambda: read_ahead(open_clinic(data_dir, database_url)), opened, failed)
    else:  # the sign-in dialog first, while the rest is imported (clinic_on)
        window.runner.read(lambda: open_database(database_url), database_opened, failed)
    return window


def _started(window: MainWindow, warnings: list[str]) -> None:
    for warning in warnings:
        title = QCoreApplication.translate("Startup", "A warning about the data folder")
        QMessageBox.warning(window, title, warning)
    # The objects made while starting live as long as the app: keep the garbage collector from
    # walking them again and again (a full collection paused the patient page for ~80 ms).
    gc.freeze()


def _no_collections_while_loading(window: MainWindow) -> None:
    """Garbage collection waits until the start's reads are in, at the latest COLLECT_AGAIN_AFTER_MS."""
    gui_thread_collector().hold_until(window.library_loaded, COLLECT_AGAIN_AFTER_MS)


def open_clinic(data_dir: Path, database_url: str | None):
    """On a worker thread: the slow imports, then the database (checked and migrated) and the library files."""
    from ptplanner.app.clinic import Clinic

    _import_what_attaching_needs()

    return Clinic.open(data_dir, database_url)


def open_database(database_url: str):
    """On a worker: a database given by its URL, connected and checked, and whether it needs a sign-in;
    only what the sign-in dialog needs is imported (app/opening.py)."""
    from ptplanner.app.opening import OpenDatabase

    database = OpenDatabase.open(database_url)
    try:
        return database, database.sign_in_state()
    except BaseException:
        database.close()
        raise


def clinic_on(database):
    """On a worker, while the sign-in dialog waits: the slow imports, then the clinic on `database`."""
    _import_what_attaching_needs()
    return database.clinic()


def read_ahead(clinic):
    """On the same worker, once the clinic is open: whether it needs a sign-in (None: not known, asked
    again on the GUI thread, which explains a failure), and without one the list's first screen
    (start_reads.ScreenAhead). Asked after opening, each was one more trip to a worker and back before
    the commands were enabled, and the list drawn."""
    from ptplanner.app.accounts import SignIn, clinic_sign_in_state  # (looked up now: tests replace it)
    from ptplanner.gui.start_reads import ScreenAhead

    try:
        state = clinic_sign_in_state(clinic)
    except Exception:  # noqa: BLE001 - asked again by sign_in_then, which says what went wrong
        return clinic, None, None
    return clinic, state, ScreenAhead.read(clinic) if state is SignIn.OFF else None


# The window's parts that work on the clinic's data, and the modules they import that define Qt classes.
# Those are imported on the GUI thread only: a class deriving from a Qt class, made on a worker while the GUI
# thread ran Qt, crashed the app now and then (segmentation fault; shiboken sets up such a class without a
# lock). Their GUI-free dependencies, most of the time, are imported on the worker (ATTACH_PLAIN_MODULES).
ATTACH_GUI_MODULES = (
    "ptplanner.gui.models.program",
    "ptplanner.gui.models.library",
    "ptplanner.gui.library.browser",
    "ptplanner.gui.program.editor",
    "ptplanner.gui.progress.section",
    "ptplanner.gui.progress.controller",
    "ptplanner.gui.patients.page",
    "ptplanner.gui.document",
    "ptplanner.gui.workbench",
    "ptplanner.gui.idle_lock",
    "ptplanner.gui.library.favourites",
    "ptplanner.gui.patients.leaving",
    "ptplanner.gui.program.reuse",
    "ptplanner.gui.progress.scan_reader",
    "ptplanner.gui.remote_changes",
)
ATTACH_PLAIN_MODULES = (
    "ptplanner.app.accounts",
    "ptplanner.app.clinic",
    "ptplanner.app.conflicts",
    "ptplanner.app.log_scan",
    "ptplanner.app.watch",
    "html",
    "ptplanner.core.file_names",
    "ptplanner.core.handout_text",
    "ptplanner.core.patient_entry",
    "ptplanner.core.program_edit",
    "ptplanner.core.program_reuse",
    "ptplanner.core.progress.figures",
    "ptplanner.core.safety",
    "ptplanner.core.suggestions",
    "ptplanner.core.summary",
    "ptplanner.core.translation",
    "ptplanner.core.walking_program",
    "ptplanner.core.weights",
    "ptplanner.safe_write",
    "ptplanner.scan",
    "ptplanner.storage.store",
)


def _import_what_attaching_needs() -> None:
    """Here, on the worker, the GUI-free modules the window's parts import (the window stopped answering
    while they were imported on the GUI thread); never one that defines a Qt class (ATTACH_GUI_MODULES)."""
    for name in ATTACH_PLAIN_MODULES:
        importlib.import_module(name)


def lock_data_folder(data_dir: Path) -> FolderLock | bool | None:
    """One copy of the app per SQLite data folder: a second one is told, and stops.

    SQLite itself would keep the file intact, but two windows editing the same program would
    overwrite each other's work. The command line's writes take the same lock (folder_lock). When the
    folder cannot hold a lock file at all (None), opening the database explains what is wrong.
    """
    lock = FolderLock(data_dir, "the ptplanner app")
    try:
        lock.acquire(wait_seconds=LOCK_WAIT_SECONDS)
    except OSError:
        return None
    except FolderBusy as busy:
        QMessageBox.warning(
            None,
            QCoreApplication.translate("Startup", "ptplanner is already open"),
            QCoreApplication.translate(
                "Startup",
                "The data folder {folder} is in use by {holder}.\n\n"
                "Switch to that window, or wait for that command to finish, then start ptplanner again. "
                "Clinics that work on several computers at once should share a PostgreSQL database.",
            ).format(folder=data_dir, holder=busy.holder),
        )
        return False
    return lock
