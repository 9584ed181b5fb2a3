"""Signing in on a database given by its URL (PostgreSQL, or SQLite by URL): the dialog shows as soon as
the database answers, the clinic is made while it waits, and nothing is attached before the password
matched, however soon the clinic is ready."""

import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from account_helpers import PASSWORD, sign_in_dialog, type_sign_in
from gui_helpers import close_launched, wait_idle
from PySide6.QtWidgets import QLabel, QMessageBox

from ptplanner.app import accounts
from ptplanner.app.clinic import Clinic
from ptplanner.app.demo import add_demo_clinic
from ptplanner.app.errors import DatabaseError
from ptplanner.core import clock
from ptplanner.core.roles import Role
from ptplanner.gui import app
from ptplanner.gui.app import launch
from ptplanner.gui.main_window import MainWindow
from ptplanner.gui.signin import SignInDialog
from ptplanner.storage.database import default_database_url

NO_MATCH = "That name and password do not match."


@pytest.fixture(params=["sqlite", "postgres"])
def clinic_url(request, data_dir, demo_data_template):
    """The demo clinic with an admin (Ana Silva), by URL: an SQLite file, or the test PostgreSQL database."""
    if request.param == "sqlite":
        shutil.copytree(demo_data_template, data_dir)
        url = default_database_url(data_dir)
    else:
        url = request.getfixturevalue("postgres_url")
    clinic = Clinic.open(data_dir, url)
    try:
        if request.param == "postgres":
            add_demo_clinic(clinic, clock.today())
        accounts.add_user(clinic, "Ana Silva", Role.ADMIN, PASSWORD)
    finally:
        clinic.close()
    return url


@pytest.fixture
def held_clinic(monkeypatch):
    """The clinic is made only once `release` is set; `made` holds each one made."""
    release, made = threading.Event(), []
    really_make = app.clinic_on

    def held(database):
        assert release.wait(20), "the test never let the clinic be made"
        made.append(really_make(database))
        return made[-1]

    monkeypatch.setattr(app, "clinic_on", held)
    yield release, made
    release.set()
    for clinic in made:
        clinic.close()


def test_the_dialog_comes_before_the_clinic_is_made_and_nothing_shows_before_the_password_matched(
    qtbot, data_dir, clinic_url, held_clinic
):
    release, made = held_clinic
    window = launch(data_dir, clinic_url)
    try:
        dialog = sign_in_dialog(qtbot, window)
        assert made == [] and window.clinic is None  # the dialog did not wait for the clinic

        type_sign_in(qtbot, dialog, "Ana Silva", "not her password")
        qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
        assert dialog.message.text() == NO_MATCH and dialog.buttons.isEnabled()
        assert window.clinic is None and window.patient_list.model.rowCount() == 0

        type_sign_in(qtbot, dialog, "ana silva", PASSWORD)  # matched while the clinic is still being made
        qtbot.waitUntil(lambda: dialog.password.text() == "", timeout=10_000)
        assert not dialog.message.isVisible() and not dialog.buttons.isEnabled() and dialog.isVisible()
        assert window.clinic is None and window.patient_list.model.rowCount() == 0

        release.set()
        qtbot.waitUntil(lambda: window.clinic is not None, timeout=20_000)
        wait_idle(qtbot, window)
        assert window.findChild(SignInDialog) is None or not window.findChild(SignInDialog).isVisible()
        assert window.patient_list.model.rowCount() == 12
        assert window.clinic.user.name == "Ana Silva" and window.clinic is made[0]
        assert window.findChild(QLabel, "signedInAs").text() == "Signed in: Ana Silva (admin)"
        assert all(action.isEnabled() for action in (window.actions.new_patient, window.actions.audit_trail))
    finally:
        made.clear()  # attached: closed with the window
        close_launched(window)


@contextmanager
def _launched(data_dir, clinic_url, made: list) -> Iterator[MainWindow]:
    """The app started on the clinic at `clinic_url`; closed after, with the clinic it attached (one in
    `made` it never attached is closed by held_clinic)."""
    window = launch(data_dir, clinic_url)
    try:
        yield window
    finally:
        if window.clinic is not None:
            made.clear()
        close_launched(window)


def test_a_clinic_ready_before_the_sign_in_waits_for_it(qtbot, data_dir, clinic_url, held_clinic):
    release, made = held_clinic
    release.set()
    with _launched(data_dir, clinic_url, made) as window:
        dialog = sign_in_dialog(qtbot, window)
        qtbot.waitUntil(lambda: bool(made), timeout=20_000)
        wait_idle(qtbot, window)
        assert window.clinic is None and window.patient_list.model.rowCount() == 0 and dialog.isVisible()
        type_sign_in(qtbot, dialog, "Nobody Here", PASSWORD)
        qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
        assert dialog.message.text() == NO_MATCH and window.clinic is None
        type_sign_in(qtbot, dialog, "Ana Silva", PASSWORD)
        qtbot.waitUntil(lambda: window.patient_list.model.rowCount() == 12, timeout=20_000)
        assert window.clinic.user.name == "Ana Silva"


def test_a_clinic_that_cannot_be_made_is_explained_and_the_app_stops(
    qtbot, data_dir, clinic_url, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))

    def broken(database):
        database.close()
        raise DatabaseError("The clinic's settings cannot be read.")

    monkeypatch.setattr(app, "clinic_on", broken)
    window = launch(data_dir, clinic_url)
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
        assert shown == [("ptplanner cannot open its database", "The clinic's settings cannot be read.")]
        qtbot.waitUntil(lambda: not window.isVisible())
        dialog = window.findChild(SignInDialog)
        assert dialog is None or not dialog.isVisible()
        assert window.clinic is None and window.open_error is not None
    finally:
        close_launched(window)


def test_quitting_the_dialog_while_the_clinic_is_made_closes_the_app(qtbot, data_dir, clinic_url, held_clinic):
    release, made = held_clinic
    window = launch(data_dir, clinic_url)
    try:
        dialog = sign_in_dialog(qtbot, window)
        threading.Timer(0.3, release.set).start()  # closing the dialog waits for the work under way
        dialog.buttons.rejected.emit()
        qtbot.waitUntil(lambda: not window.isVisible())
        window.runner.wait()
        assert window.clinic is None and len(made) == 1  # made, never attached (closed by the fixture)
    finally:
        close_launched(window)


def test_an_sqlite_file_by_url_without_accounts_opens_directly(qtbot, data_dir, demo_data_template):
    shutil.copytree(demo_data_template, data_dir)
    window = launch(data_dir, default_database_url(data_dir))
    try:
        qtbot.waitUntil(lambda: window.patient_list.model.rowCount() == 12, timeout=20_000)
        assert window.findChild(SignInDialog) is None and window.clinic.user is None
    finally:
        close_launched(window)


def test_a_shared_database_without_an_admin_says_how_to_add_one(qtbot, data_dir, postgres_url, monkeypatch):
    from ptplanner.gui import signin

    Clinic.open(data_dir, postgres_url).close()  # the tables, no account
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = launch(data_dir, postgres_url)
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
        assert shown == [signin.NO_ADMIN]
        qtbot.waitUntil(lambda: not window.isVisible())
        assert window.clinic is None and window.findChild(SignInDialog) is None
    finally:
        close_launched(window)


def test_what_the_sign_in_dialog_waits_for_imports_none_of_the_clinics_operations(data_dir, clinic_url):
    """The dialog waits for the database alone: the clinic's domain models and operations (a third of a
    second of imports) come while it is shown."""
    code = f"""
import sys
from ptplanner.gui import app
database, state = app.open_database({clinic_url!r})
print(state.value, *sorted(m for m in sys.modules if m in (
    "ptplanner.app.clinic", "ptplanner.app.workspace", "ptplanner.core.clinic", "ptplanner.storage.store",
    "ptplanner.gui.workbench")))
database.close()
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["on"]


@pytest.fixture
def library_reads(monkeypatch):
    """Each clinic whose library is read, in turn; with `fail_first`, the first read fails as a lost
    connection would."""
    reads, fail_first = [], []
    really_read = Clinic.library

    def library(clinic, pause_point=None):
        reads.append(clinic)
        if fail_first and len(reads) == 1:
            raise DatabaseError("The database server did not answer.")
        return really_read(clinic, pause_point)

    monkeypatch.setattr(Clinic, "library", library)
    return reads, fail_first


def _library_shown(window) -> int:
    return 0 if window.library is None else len(window.library.library())


def test_the_library_is_read_while_the_dialog_waits_and_not_again_once_signed_in(
    qtbot, data_dir, clinic_url, held_clinic, library_reads
):
    """Exercises are not patient data: read while the therapist types, they show with the patient list."""
    release, made = held_clinic
    reads, _ = library_reads
    release.set()
    with _launched(data_dir, clinic_url, made) as window:
        dialog = sign_in_dialog(qtbot, window)
        qtbot.waitUntil(lambda: bool(made) and bool(reads), timeout=20_000)
        wait_idle(qtbot, window)
        assert reads == [made[0]] and window.clinic is None and window.patient_list.model.rowCount() == 0
        type_sign_in(qtbot, dialog, "Ana Silva", PASSWORD)
        qtbot.waitUntil(lambda: _library_shown(window) > 0, timeout=20_000)
        wait_idle(qtbot, window)
        assert reads == [made[0]] and window.library_ahead is None
        assert _library_shown(window) == len(made[0].library())


def test_a_library_read_ahead_that_failed_is_read_again_once_signed_in(
    qtbot, data_dir, clinic_url, held_clinic, library_reads
):
    release, made = held_clinic
    reads, fail_first = library_reads
    fail_first.append(True)
    release.set()
    with _launched(data_dir, clinic_url, made) as window:
        dialog = sign_in_dialog(qtbot, window)
        qtbot.waitUntil(lambda: bool(reads), timeout=20_000)
        wait_idle(qtbot, window)
        type_sign_in(qtbot, dialog, "Ana Silva", PASSWORD)
        qtbot.waitUntil(lambda: _library_shown(window) > 0, timeout=20_000)
        assert len(reads) == 2 and window.patient_list.model.rowCount() == 12
