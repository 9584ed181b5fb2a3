"""Every dialog the app can open starts with its first field focused, so the first keys typed land.

The dialogs are found by walking ptplanner.gui for QDialog subclasses: a new dialog without a case
here fails the test until it gets one.
"""

import importlib
import inspect
import pkgutil

import pytest
from gui_helpers import open_patient, wait_idle
from PySide6.QtWidgets import QDialog

import ptplanner.gui
from ptplanner.gui.clinic_settings import ClinicSettingsDialog
from ptplanner.gui.handout_preview import HandoutPreview


def dialog_classes() -> set[type]:
    found = set()
    for module in pkgutil.walk_packages(ptplanner.gui.__path__, "ptplanner.gui."):
        for _, cls in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__.startswith("ptplanner."):
                found.add(cls)
    return found


def kept_open(monkeypatch, cls) -> list:
    """Dialogs the window runs with exec(): shown instead, so the test can look at them."""
    shown = []
    monkeypatch.setattr(cls, "exec", lambda dialog: shown.append(dialog) or dialog.show())
    return shown


def new_patient(qtbot, window, monkeypatch):
    window.actions.new_patient.trigger()
    return window.patient_dialog, window.patient_dialog.name


def edit_patient(qtbot, window, monkeypatch):
    open_patient(qtbot, window, "Robert Chen")
    window.actions.edit_patient.trigger()
    qtbot.waitUntil(lambda: window.patient_dialog is not None and window.patient_dialog.isVisible())
    return window.patient_dialog, window.patient_dialog.name


def _from_robert_chens_page(qtbot, window, action, dialog_attribute):
    open_patient(qtbot, window, "Robert Chen")
    action.trigger()
    return getattr(window.progress_controller, dialog_attribute)


def log_sheet(qtbot, window, monkeypatch):
    dialog = _from_robert_chens_page(qtbot, window, window.actions.record_log, "log_dialog")
    return dialog, dialog.grid


def todays_session(qtbot, window, monkeypatch):
    dialog = _from_robert_chens_page(qtbot, window, window.actions.record_today, "log_dialog")
    return dialog, next(iter(dialog.today_panel.buttons.values()))


def outcome(qtbot, window, monkeypatch):
    dialog = _from_robert_chens_page(qtbot, window, window.actions.add_outcome, "outcome_dialog")
    return dialog, dialog.measure


def clinic_settings(qtbot, window, monkeypatch):
    shown = kept_open(monkeypatch, ClinicSettingsDialog)
    window.actions.clinic_settings.trigger()
    return shown[0], shown[0].name


def handout_preview(qtbot, window, monkeypatch):
    shown = kept_open(monkeypatch, HandoutPreview)
    open_patient(qtbot, window, "Robert Chen")
    window.actions.print.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.waitUntil(lambda: not shown[0].is_busy(), timeout=10_000)
    return shown[0], shown[0].stage


def new_exercise(qtbot, window, monkeypatch):
    window.library.new_button.click()
    qtbot.waitUntil(lambda: window.library.dialog is not None and window.library.dialog.isVisible())
    return window.library.dialog, window.library.dialog.form.name


CASES = {
    "PatientDialog": [new_patient, edit_patient],
    "LogSheetDialog": [log_sheet, todays_session],
    "OutcomeDialog": [outcome],
    "ClinicSettingsDialog": [clinic_settings],
    "HandoutPreview": [handout_preview],
    "ExerciseDialog": [new_exercise],
}


def test_every_dialog_has_a_case():
    assert {cls.__name__ for cls in dialog_classes()} == set(CASES)


@pytest.mark.parametrize("opener", [o for openers in CASES.values() for o in openers], ids=lambda o: o.__name__)
def test_the_first_field_is_focused_when_a_dialog_opens(qtbot, demo_window, monkeypatch, opener):
    dialog, first = opener(qtbot, demo_window, monkeypatch)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is first, f"focus on {dialog.focusWidget()!r}"
    dialog.reject()
    wait_idle(qtbot, demo_window)
