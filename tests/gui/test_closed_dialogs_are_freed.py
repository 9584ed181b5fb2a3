"""A dialog the window opens is deleted once it is closed. Each print preview, a child of the window, was
kept with its PDF until the app closed: a day of printing piled them up."""

import sys

import pytest
from dialog_openers import (
    clinic_settings,
    edit_patient,
    handout_preview,
    log_sheet,
    new_exercise,
    new_patient,
    outcome,
    todays_session,
)
from gui_helpers import wait_idle
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

OPENED_BY_THE_WINDOW = [
    new_patient, edit_patient, log_sheet, todays_session, outcome, clinic_settings, handout_preview, new_exercise,
]


@pytest.mark.parametrize("opener", OPENED_BY_THE_WINDOW, ids=lambda opener: opener.__name__)
def test_a_dialog_the_window_opened_is_deleted_once_closed(qtbot, demo_window, monkeypatch, opener):
    dialog, _field = opener(qtbot, demo_window, monkeypatch)
    dialog.reject()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=5_000)
    assert [d for d in demo_window.findChildren(QDialog) if d.isVisible()] == []


def test_the_clinic_templates_refreshed_after_their_dialog_closed_do_not_fail(qtbot, demo_window, monkeypatch):
    # The feature kept the deleted dialog and refreshed its list when the templates changed (a template
    # saved, or changed on another workstation): an error dialog, every time.
    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: errors.append(error))
    reuse = demo_window.reuse
    reuse.manage.trigger()
    qtbot.waitUntil(lambda: reuse.dialog is not None and reuse.dialog.isVisible(), timeout=5_000)
    dialog = reuse.dialog
    dialog.reject()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=5_000)
    assert reuse.dialog is None
    reuse.reload_templates()
    wait_idle(qtbot, demo_window)
    assert errors == []
