"""Signing in to the app: the sign-in dialog comes before any patient data is read when the clinic has
accounts, and not at all without them; a refused sign-in says one thing whatever was wrong."""

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from account_helpers import sign_in_dialog, type_sign_in
from gui_helpers import wait_idle
from PySide6.QtWidgets import QLabel, QMessageBox

from ptplanner.app import accounts
from ptplanner.app.clinic import Clinic
from ptplanner.core.exercise import Origin
from ptplanner.core.roles import Role
from ptplanner.gui import app, signin
from ptplanner.gui.app import launch
from ptplanner.gui.main_window import MainWindow
from ptplanner.gui.patients.list_loader import FirstScreen
from ptplanner.gui.signin import SignInDialog

PASSWORD = "correct horse battery"
NO_MATCH = "That name and password do not match."
WALL_BRIDGE = "clinic-wall-bridge"
really_open = app.open_clinic


def add_accounts(data_dir, *roles: Role) -> None:
    """An admin (Ana Silva), and one account per role in `roles` named after it."""
    clinic = Clinic.open(data_dir)
    try:
        accounts.add_user(clinic, "Ana Silva", Role.ADMIN, PASSWORD)
        accounts.sign_in(clinic, "Ana Silva", PASSWORD)
        for role in roles:
            accounts.add_user(clinic, role.value, role, PASSWORD)
    finally:
        clinic.close()


@pytest.fixture
def opened(monkeypatch):
    """The clinics the app opened, closed after the test (the window closes none it never attached)."""
    clinics = []
    monkeypatch.setattr(app, "open_clinic", lambda *args: clinics.append(really_open(*args)) or clinics[-1])
    yield clinics
    for clinic in clinics:
        clinic.close()


@contextmanager
def _launched_with_accounts(data_dir, demo_data_template) -> Iterator[MainWindow]:
    """The app started on the demo clinic, with accounts, as `ptplanner` starts it."""
    shutil.copytree(demo_data_template, data_dir)
    add_accounts(data_dir)
    window = launch(data_dir, None)
    try:
        yield window
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()


@pytest.fixture
def started(qtbot, data_dir, demo_data_template, opened):
    with _launched_with_accounts(data_dir, demo_data_template) as window:
        yield window


def test_the_app_opens_on_the_sign_in_dialog_before_any_patient_is_read(qtbot, started):
    window = started
    dialog = sign_in_dialog(qtbot, window)
    dialog.grab().save("/tmp/shots/sign-in.png")
    wait_idle(qtbot, window)
    assert window.clinic is None  # nothing attached: no patient list read
    assert window.patient_list.model.rowCount() == 0

    type_sign_in(qtbot, dialog, "Ana Silva", "not her password")
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert dialog.message.text() == NO_MATCH
    assert dialog.password.text() == "" and dialog.name.text() == "Ana Silva"
    type_sign_in(qtbot, dialog, "Nobody Here", PASSWORD)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    assert dialog.message.text() == NO_MATCH  # an unknown name gets the same answer
    dialog.grab().save("/tmp/shots/sign-in-refused.png")
    assert window.clinic is None

    type_sign_in(qtbot, dialog, "ana silva", PASSWORD)  # case does not count
    qtbot.waitUntil(lambda: window.clinic is not None, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.patient_list.model.rowCount() == 12
    assert window.findChild(QLabel, "signedInAs").text() == "Signed in: Ana Silva (admin)"
    assert window.clinic.user.name == "Ana Silva"


def _reading_library(monkeypatch, go: threading.Event) -> list:
    """Each clinic whose library is read, in turn; each read waits until `go` is set."""
    reads = []
    really_read = Clinic.library

    def library(clinic, pause_point=None):
        reads.append(clinic)
        assert go.wait(20), "the test never let the library be read"
        return really_read(clinic, pause_point)

    monkeypatch.setattr(Clinic, "library", library)
    return reads


@contextmanager
def _library_read_while_waiting(qtbot, data_dir, demo_data_template, monkeypatch):
    """The app on a clinic with accounts, its sign-in dialog shown and its library read meanwhile: the
    window, the dialog and the clinics whose library was read."""
    go = threading.Event()
    go.set()
    reads = _reading_library(monkeypatch, go)
    with _launched_with_accounts(data_dir, demo_data_template) as window:
        dialog = sign_in_dialog(qtbot, window)
        qtbot.waitUntil(lambda: bool(reads), timeout=20_000)
        wait_idle(qtbot, window)
        yield window, dialog, reads


def _signed_in_with_library(qtbot, window, dialog) -> None:
    type_sign_in(qtbot, dialog, "Ana Silva", PASSWORD)
    shown = lambda: window.library is not None and len(window.library.library()) > 0  # noqa: E731
    qtbot.waitUntil(shown, timeout=20_000)
    wait_idle(qtbot, window)


def test_the_library_is_read_once_while_the_dialog_waits(
    qtbot, data_dir, demo_data_template, opened, monkeypatch
):
    waiting = _library_read_while_waiting(qtbot, data_dir, demo_data_template, monkeypatch)
    with waiting as (window, dialog, reads):
        assert reads == opened and window.clinic is None and window.library is None
        _signed_in_with_library(qtbot, window, dialog)
        assert reads == opened and len(window.library.library()) == len(opened[0].library())


def test_a_library_change_made_elsewhere_while_the_dialog_waited_shows_after_signing_in(
    qtbot, data_dir, demo_data_template, opened, monkeypatch
):
    """The library was read while the dialog waited, perhaps for hours: what changed meanwhile still comes."""
    with _library_read_while_waiting(qtbot, data_dir, demo_data_template, monkeypatch) as (window, dialog, _):
        elsewhere = Clinic.open(data_dir)
        try:
            accounts.sign_in(elsewhere, "Ana Silva", PASSWORD)
            bridge = elsewhere.library().exercises["bridge"]
            changes = {"id": WALL_BRIDGE, "name": "Wall bridge", "origin": Origin.CLINIC}
            elsewhere.save_exercise(bridge.model_copy(update=changes))
        finally:
            elsewhere.close()
        _signed_in_with_library(qtbot, window, dialog)
        assert WALL_BRIDGE not in window.library.library().exercises  # as read ahead
        window.remote_changes.check_now()
        qtbot.waitUntil(lambda: WALL_BRIDGE in window.library.library().exercises, timeout=10_000)


def test_a_sign_in_quicker_than_the_library_read_holds_it_until_the_list_is_read(
    qtbot, data_dir, demo_data_template, opened, monkeypatch
):
    """Attached beside the library's read, two threads ran Python at once and the window stopped
    answering; waiting for that read, the list came later. The read stands aside instead."""
    go = threading.Event()
    reads = _reading_library(monkeypatch, go)
    held_while_listing = []
    really_read_first_screen = FirstScreen.read

    def first_screen(clinic, today):
        held_while_listing.append(window.library_ahead is not None and window.library_ahead.held())
        return really_read_first_screen(clinic, today)

    monkeypatch.setattr(FirstScreen, "read", first_screen)
    with _launched_with_accounts(data_dir, demo_data_template) as window:
        try:
            dialog = sign_in_dialog(qtbot, window)
            qtbot.waitUntil(lambda: bool(reads), timeout=20_000)
            type_sign_in(qtbot, dialog, "Ana Silva", PASSWORD)
            # The list comes while the library's read is still going (here: stopped by the test).
            qtbot.waitUntil(lambda: window.patient_list.model.rowCount() == 12, timeout=20_000)
            assert held_while_listing == [True] and window.library is not None
            assert len(window.library.library()) == 0 and window.library_ahead is None  # taken, let go
            go.set()
            qtbot.waitUntil(lambda: len(window.library.library()) > 0, timeout=20_000)
            wait_idle(qtbot, window)
            assert reads == opened and len(window.library.library()) == len(opened[0].library())
        finally:
            go.set()


def test_a_held_library_read_stops_at_its_next_pause_point_until_it_is_let_go(tmp_path):
    from ptplanner.gui.start_reads import LibraryAhead

    clinic = Clinic.open(tmp_path)
    try:
        bridge = clinic.library().exercises["bridge"]
        clinic.save_exercise(bridge.model_copy(update={"id": WALL_BRIDGE, "origin": Origin.CLINIC}))
        ahead = LibraryAhead(clinic)
        ahead.hold()
        read = threading.Thread(target=ahead.read)
        read.start()
        read.join(0.5)
        assert read.is_alive()  # held at its first pause point
        ahead.let_go()
        read.join(10)
        assert not read.is_alive() and len(ahead.read()) == len(clinic.library())
    finally:
        clinic.close()


def test_the_waiting_after_repeated_failures_gives_the_same_message(qtbot, started):
    dialog = sign_in_dialog(qtbot, started)
    for _ in range(5):
        type_sign_in(qtbot, dialog, "Ana Silva", "wrong password")
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    type_sign_in(qtbot, dialog, "Ana Silva", PASSWORD)  # the right one, but the name must wait
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    assert dialog.message.text() == NO_MATCH
    assert started.clinic is None


def test_quitting_the_sign_in_dialog_closes_the_app(qtbot, started):
    dialog = sign_in_dialog(qtbot, started)
    dialog.buttons.rejected.emit()
    qtbot.waitUntil(lambda: not started.isVisible())
    assert started.clinic is None


def test_without_accounts_the_app_opens_directly(qtbot, data_dir, demo_data_template, opened):
    shutil.copytree(demo_data_template, data_dir)
    window = launch(data_dir, None)
    try:
        qtbot.waitUntil(lambda: window.clinic is not None, timeout=20_000)
        wait_idle(qtbot, window)
        assert window.findChild(SignInDialog) is None
        assert window.patient_list.model.rowCount() == 12
        assert not window.findChild(QLabel, "signedInAs").isVisible()
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()


def test_a_database_that_needs_a_sign_in_but_has_no_admin_says_how_to_add_one(
    qtbot, data_dir, demo_data_template, monkeypatch, opened
):
    """As a shared PostgreSQL database before its first admin: nobody could sign in."""
    from ptplanner.app.accounts import SignIn

    shutil.copytree(demo_data_template, data_dir)
    shown = []
    monkeypatch.setattr("ptplanner.app.accounts.clinic_sign_in_state", lambda clinic: SignIn.NO_ADMIN)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = launch(data_dir, None)
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
        assert shown == [signin.NO_ADMIN] and "ptplanner users add NAME --role admin" in shown[0]
        qtbot.waitUntil(lambda: not window.isVisible())
        assert window.clinic is None and window.findChild(SignInDialog) is None
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()


def test_closing_the_window_lets_a_held_library_read_go_at_once(qtbot, tmp_path):
    """Signed in, then closed before the list was read: the read held for it does not keep closing waiting."""
    import time

    from ptplanner.gui.start_reads import HELD_AT_MOST, LibraryAhead

    clinic = Clinic.open(tmp_path)
    try:
        bridge = clinic.library().exercises["bridge"]
        clinic.save_exercise(bridge.model_copy(update={"id": WALL_BRIDGE, "origin": Origin.CLINIC}))
        window = MainWindow()
        qtbot.addWidget(window)
        LibraryAhead.start(window, clinic)
        ahead = window.library_ahead
        ahead.hold()
        started = time.perf_counter()
        window.close()
        assert time.perf_counter() - started < HELD_AT_MOST / 2
        assert len(ahead.read()) == len(clinic.library())  # read whole, closing having waited for it
    finally:
        clinic.close()
