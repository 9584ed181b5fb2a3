"""What the main window reads once the clinic is attached, in the order that brings the patient list
soonest and keeps the window answering: the list's first screen, then the library, then the templates,
each once the window has drawn what came before (tasks.py: soon); two workers running Python at once
slowed each other, and the window."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ptplanner.core import clock
from ptplanner.gui.database_check import DatabaseCheckNote

if TYPE_CHECKING:
    from ptplanner.app.clinic import Clinic
    from ptplanner.core.library import Library
    from ptplanner.gui.main_window import MainWindow
    from ptplanner.gui.models.library import SortedLibrary
    from ptplanner.gui.patients.list_loader import FirstScreen


@dataclass(frozen=True)
class ScreenAhead:
    """The list's first screen read on the worker that opened the clinic, right after opening it, while the
    GUI thread still builds the window's parts (app.read_ahead): its queries run in SQLite with the
    interpreter free for the GUI thread, and the list is drawn as soon as the parts are in. `since`: the
    newest change stored before it was read, the baseline of the look for changes made elsewhere."""

    clinic: Clinic
    today: date
    since: int
    screen: FirstScreen

    @classmethod
    def read(cls, clinic: Clinic) -> ScreenAhead | None:
        """On the worker; None when it cannot be read (read again once attached, which says why)."""
        from ptplanner.app.watch import newest_change
        from ptplanner.gui.patients.list_loader import FirstScreen  # imported with the window

        try:
            today, since = clock.today(), newest_change(clinic)
            return cls(clinic, today, since, FirstScreen.read(clinic, today))
        except Exception:  # noqa: BLE001 - read again by read_first_screen, which says what went wrong
            return None


def read_first_screen(window: MainWindow, clinic: Clinic) -> None:
    """The baseline for changes made elsewhere, then the list's first page with its flags and count:
    one trip to a worker (it was four in turn, each waiting for the event loop on the way back), or none
    when it was read ahead (ScreenAhead). If that fails, the list is read the usual way, which explains
    what went wrong."""
    from ptplanner.gui.patients.list_loader import FirstScreen

    watch, today = window.remote_changes.watch, clock.today()
    ahead = window.library_ahead  # read while the sign-in dialog waited: changes since then are looked at
    screen_ahead, window.screen_ahead = window.screen_ahead, None

    def read() -> FirstScreen:
        watch.start(None if ahead is None or ahead.clinic is not clinic else ahead.since)
        return FirstScreen.read(clinic, today)

    def show(screen: FirstScreen | None) -> None:
        def read_list() -> None:
            window.list_loader.reload(then=lambda: _read_after_the_list(window), read=screen)

        window.remote_changes.start(read_list, started=screen is not None)

    if screen_ahead is not None and screen_ahead.clinic is clinic and screen_ahead.today == today:
        watch.start(screen_ahead.since)
        window.runner.soon(lambda: show(screen_ahead.screen))  # once the parts just attached are drawn
        return
    # Once the window has drawn the parts just attached, which then wait for no worker.
    window.runner.soon(lambda: window.runner.read(read, show, lambda _error: show(None)))


def _read_after_the_list(window: MainWindow) -> None:
    def start_up_over() -> None:
        # The list and the library are in: the database's check before its first write starts now (reading
        # and hashing the file, mostly on the other core). Begun with the list, it slowed the library's read
        # by a fifth (0.42 to 0.53 s on the big clinic). A patient opened before then starts it at once:
        # opening writes to the audit trail, and a write waits for the check.
        window.clinic.start_up_done()
        window.database_check_note = DatabaseCheckNote.shown_while_checking(window)
        window.runner.soon(window.reuse.reload_templates)
        window.runner.soon(window.document.warm_up)

    window.runner.soon(lambda: read_library(window, then=start_up_over))


HELD_AT_MOST = 3.0  # seconds a held read waits to be let go: should anything fail to, it still ends


class LibraryAhead:
    """The clinic's library, read on a worker while the sign-in dialog waits for typing (exercises are not
    patient data): the first read_library after signing in takes it rather than reading it again. On a
    shared database its 5,000 exercises took half a second after the list; now they are in when it is.
    A sign-in quicker than that read (a password manager) holds it (`hold`) while the window attaches
    and reads the list, which read_library then lets go: attaching beside it, two threads ran Python
    at once and the window stopped answering for 100 ms; waiting for it, the list came 250 ms later.
    The dialog may wait for hours: the look for changes made elsewhere starts from where the changes
    stood when the library was read (`since`), so its first look after signing in brings any library
    change made meanwhile."""

    def __init__(self, clinic: Clinic) -> None:
        self.clinic = clinic
        self.since: int | None = None  # the newest change stored when the library was read
        self._lock = threading.Lock()
        self._library: Library | None = None
        self._going = threading.Event()  # cleared while held
        self._going.set()

    @classmethod
    def start(cls, window: MainWindow, clinic: Clinic) -> None:
        ahead = window.library_ahead = cls(clinic)
        # A failure is not said here: read_library reads again, and says why if that fails too.
        window.runner.read(ahead.read, lambda _library: None, lambda _error: None)

    def hold(self) -> None:
        """The read stops at its next pause point (within a few milliseconds) until `let_go`."""
        self._going.clear()

    def let_go(self) -> None:
        self._going.set()

    def held(self) -> bool:
        return not self._going.is_set()

    def read(self) -> Library:
        """On a worker: the library, read once; a second caller waits for the first (never two reads)."""
        from ptplanner.app.watch import newest_change

        with self._lock:
            if self._library is None:
                self.since = newest_change(self.clinic)
                self._library = self.clinic.library(pause_point=self._wait_if_held)
            return self._library

    def _wait_if_held(self) -> None:
        self._going.wait(HELD_AT_MOST)


def read_library(window: MainWindow, then: Callable[[], None] | None = None) -> None:
    """The library again (`then`: once it is shown, or could not be read); the first time after signing
    in, the one read ahead while the dialog waited (LibraryAhead)."""
    from ptplanner.gui.library.pictures import first_thumbnails
    from ptplanner.gui.models.library import SortedLibrary  # imported with the workbench, after the frame

    clinic, favourites = window.clinic, window.library.model.favourites()
    ratio = window.library.devicePixelRatioF()
    rows = window.library.table.rows_in(window.library_dock.table_height(window.library.splitter.sizes()))
    ahead, window.library_ahead = window.library_ahead, None
    if ahead is not None:
        ahead.let_go()  # held while the window attached (signin.py), its read goes on
        if ahead.clinic is not clinic:
            ahead = None

    def read() -> tuple[Library, SortedLibrary, dict]:  # sorted here too: 5,000 exercises take a while
        library = clinic.library() if ahead is None else ahead.read()
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
