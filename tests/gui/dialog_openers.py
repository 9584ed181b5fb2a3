"""Opening each dialog the app has, as the window opens it: `CASES` maps each QDialog subclass of
ptplanner.gui to the openers that reach it; an opener returns the dialog and its first field."""

import importlib
import inspect
import pkgutil

from gui_helpers import open_patient
from PySide6.QtWidgets import QDialog

import ptplanner.gui
from ptplanner.app.handouts import prepare_handout, record_printed
from ptplanner.core import clock
from ptplanner.gui.audit_view import AuditDialog
from ptplanner.gui.clinic_settings import ClinicSettingsDialog
from ptplanner.gui.handout_preview import HandoutPreview
from ptplanner.gui.patients.leaving_dialogs import DischargeDialog, EraseDialog
from ptplanner.gui.program.reuse_dialogs import ClinicTemplatesDialog, CopyStagesDialog, SaveTemplateDialog
from ptplanner.gui.reprint_dialog import PrintedHandoutsDialog
from ptplanner.gui.signin import SignInDialog
from ptplanner.handouts.options import HandoutOptions


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


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def printed_handouts(qtbot, window, monkeypatch):
    patient = open_patient(qtbot, window, "Robert Chen")
    record_printed(window.clinic, prepare_handout(window.clinic, patient.id, None, HandoutOptions(), clock.today()))
    dialog = _shown(qtbot, PrintedHandoutsDialog(window.clinic, window.runner, patient.id, window))
    qtbot.waitUntil(lambda: not dialog.runner.is_busy())
    return dialog, dialog.history


def sign_in(qtbot, window, monkeypatch):
    dialog = _shown(qtbot, SignInDialog(window.clinic, window.runner, window))
    return dialog, dialog.name


def sign_in_again(qtbot, window, monkeypatch):
    dialog = _shown(qtbot, SignInDialog(window.clinic, window.runner, window, name="pat", can_quit=False))
    return dialog, dialog.password


def audit_trail(qtbot, window, monkeypatch):
    dialog = _shown(qtbot, AuditDialog(window.clinic, window.runner, window))
    qtbot.waitUntil(lambda: not dialog.runner.is_busy())
    return dialog, dialog.patient


def discharge(qtbot, window, monkeypatch):
    patient = open_patient(qtbot, window, "Robert Chen")
    dialog = _shown(qtbot, DischargeDialog(patient, clock.today(), window))
    return dialog, dialog.reason


def erase(qtbot, window, monkeypatch):
    patient = open_patient(qtbot, window, "Robert Chen")
    dialog = _shown(qtbot, EraseDialog(patient, window))
    return dialog, dialog.typed


def save_template(qtbot, window, monkeypatch):
    dialog = _shown(qtbot, SaveTemplateDialog(True, "Robert's program", window))
    return dialog, dialog.name


def clinic_templates(qtbot, window, monkeypatch):
    dialog = _shown(qtbot, ClinicTemplatesDialog(window))
    return dialog, dialog.list


def copy_stages(qtbot, window, monkeypatch):
    rows = window.clinic.patient_rows(clock.today())
    dialog = _shown(qtbot, CopyStagesDialog(rows, window))
    return dialog, dialog.search


CASES = {
    "PatientDialog": [new_patient, edit_patient],
    "LogSheetDialog": [log_sheet, todays_session],
    "OutcomeDialog": [outcome],
    "ClinicSettingsDialog": [clinic_settings],
    "HandoutPreview": [handout_preview],
    "ExerciseDialog": [new_exercise],
    "PrintedHandoutsDialog": [printed_handouts],
    "SignInDialog": [sign_in, sign_in_again],
    "AuditDialog": [audit_trail],
    "DischargeDialog": [discharge],
    "EraseDialog": [erase],
    "SaveTemplateDialog": [save_template],
    "ClinicTemplatesDialog": [clinic_templates],
    "CopyStagesDialog": [copy_stages],
}
