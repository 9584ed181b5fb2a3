"""What the main window reads once the clinic is attached, in the order that brings the patient list
soonest and keeps the window answering: the list's first screen, then the library, then the templates,
each once the window has drawn what came before (tasks.py: soon); two workers running Python at once
slowed each other, and the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ptplanner.core import clock
from ptplanner.gui.database_check import DatabaseCheckNote

if TYPE_CHECKING:
    from ptplanner.app.clinic import Clinic
    from ptplanner.core.library import Library
    from ptplanner.gui.main_window import MainWindow
    from ptplanner.gui.models.library import SortedLibrary


def read_first_screen(window: MainWindow, clinic: Clinic) -> None:
    """The baseline for changes made elsewhere, then the list's first page with its flags and count:
    one trip to a worker (it was four in turn, each waiting for the event loop on the way back). If
    that fails, the list is read the usual way, which explains what went wrong."""
    from ptplanner.gui.patients.list_loader import FirstScreen

    watch, today = window.remote_changes.watch, clock.today()

    def read() -> FirstScreen:
        watch.start()
        return FirstScreen.read(clinic, today)

    def show(screen: FirstScreen | None) -> None:
        def read_list() -> None:
            window.list_loader.reload(then=lambda: _read_after_the_list(window), read=screen)

        window.remote_changes.start(read_list, started=screen is not None)

    # Once the window has drawn the parts just attached, which then wait for no worker.
    window.runner.soon(lambda: window.runner.read(read, show, lambda _error: show(None)))


def _read_after_the_list(window: MainWindow) -> None:
    # The list is what the therapist waited for: the database's check before its first write starts
    # now (reading and hashing the file, mostly on the other core), so opening a patient, which writes
    # to the audit trail, does not wait for it.
    window.clinic.start_up_done()
    window.database_check_note = DatabaseCheckNote.shown_while_checking(window)

    def templates() -> None:
        window.runner.soon(window.reuse.reload_templates)
        window.runner.soon(window.document.warm_up)

    window.runner.soon(lambda: read_library(window, then=templates))


def read_library(window: MainWindow, then: Callable[[], None] | None = None) -> None:
    """The library again (`then`: once it is shown, or could not be read)."""
    from ptplanner.gui.library.pictures import first_thumbnails
    from ptplanner.gui.models.library import SortedLibrary  # imported with the workbench, after the frame

    clinic, favourites = window.clinic, window.library.model.favourites()
    ratio = window.library.devicePixelRatioF()
    rows = window.library.table.rows_in(window.library_dock.table_height(window.library.splitter.sizes()))

    def read() -> tuple[Library, SortedLibrary, dict]:  # sorted here too: 5,000 exercises take a while
        library = clinic.library()
        ordered = SortedLibrary.of(library.exercises.values(), favourites)
        return library, ordered, first_thumbnails(ordered.exercises, rows, ratio)  # here, not in paint

    def loaded(found) -> None:
        window.library_loaded_with(*found)
        if then is not None:
            then()

    def failed(error: BaseException) -> None:
        if then is not None:
            then()
        sys.excepthook(type(error), error, error.__traceback__)  # as before: the error dialog shows it

    window.runner.read(read, loaded, failed)
