"""Clinics with accounts for GUI tests: an admin, one account per role, and someone signed in."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ptplanner.app import accounts
from ptplanner.app.clinic import Clinic, acting_user
from ptplanner.app.handouts import prepare_handout, record_printed
from ptplanner.core import clock
from ptplanner.core.roles import Role
from ptplanner.gui.main_window import MainWindow
from ptplanner.gui.signin import SignInDialog
from ptplanner.handouts.options import HandoutOptions

PASSWORD = "correct horse battery"
ADMIN = "Ana Silva"


def clinic_with_accounts(workspace) -> Clinic:
    """The admin (Ana Silva, signed in) and an account per role, named after the role."""
    clinic = Clinic(workspace)
    accounts.add_user(clinic, ADMIN, Role.ADMIN, PASSWORD)
    accounts.sign_in(clinic, ADMIN, PASSWORD)
    for role in (Role.THERAPIST, Role.FRONT_DESK):
        accounts.add_user(clinic, role.value, role, PASSWORD)
    return clinic


def print_handout(clinic: Clinic, patient_name: str):
    """A handout printed for the patient (by whoever is signed in): its record."""
    patient = next(p for p in clinic.workspace.store.list_patients() if p.name == patient_name)
    return record_printed(clinic, prepare_handout(clinic, patient.id, None, HandoutOptions(), clock.today()))


def window_signed_in(qtbot, clinic: Clinic, name: str) -> MainWindow:
    from gui_helpers import wait_idle

    accounts.sign_in(clinic, name, PASSWORD)
    window = MainWindow(clinic)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, window)
    return window


def sign_in_dialog(qtbot, window) -> SignInDialog:
    """The start-up sign-in dialog of `window`, once shown."""
    qtbot.waitUntil(lambda: window.findChild(SignInDialog) is not None, timeout=20_000)
    dialog = window.findChild(SignInDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_sign_in(qtbot, dialog, name, password) -> None:
    dialog.name.setText(name)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


@pytest.fixture
def system_actor():
    """Audit rows name the operating-system user again after the test, as with sign-in off."""
    yield
    acting_user(None)


@pytest.fixture
def messages(monkeypatch):
    """The warnings and errors the app shows in message boxes, as (title, text)."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *rest: shown.append((title, text)))
    return shown
