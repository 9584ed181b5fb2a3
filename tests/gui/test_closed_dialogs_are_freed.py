"""A dialog the window opens is deleted once it is closed. Each print preview, a child of the window, was
kept with its PDF until the app closed: a day of printing piled them up."""

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
