"""The app's error dialog and log for unexpected errors: where it happened and what kind of error, never
the message (which could quote a patient's details or a row of the database)."""

from __future__ import annotations

import logging
import sys
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import IntegrityError

from ptplanner.core.patient import Patient
from ptplanner.gui.errors import install_excepthook

SECRETS = ("Zelda Quartermaine", "1961-04-09", "2090-01-01", "Key (id)=(42)", "Failing row")


def a_chained_error() -> BaseException:
    """An error quoting a patient's name, raised from a database error quoting a row."""
    try:
        try:
            row = Exception(SECRETS[3] + SECRETS[4])
            raise IntegrityError("INSERT INTO patients", {"name": SECRETS[0]}, row)
        except IntegrityError as refused:
            raise RuntimeError(f"could not save {SECRETS[0]}, born {SECRETS[1]}") from refused
    except RuntimeError as error:
        return error


def a_validation_error() -> BaseException:
    try:
        Patient(name=SECRETS[0], date_of_birth=date(1961, 4, 9), surgery_date=date(1950, 1, 1))
    except ValueError as error:
        return error
    pytest.fail("the patient was accepted")


@pytest.mark.parametrize("make", [a_chained_error, a_validation_error])
def test_the_dialog_and_the_log_name_kinds_and_places_only(qtbot, monkeypatch, caplog, make):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    error = make()
    with caplog.at_level(logging.ERROR, logger="ptplanner"):
        sys.excepthook(type(error), error, error.__traceback__)
    (box,) = shown
    everything = "\n".join([box.text(), box.informativeText(), box.detailedText(), caplog.text])
    assert not any(secret in everything for secret in SECRETS), everything
    assert box.text().startswith(type(error).__name__)
    assert ", in " + make.__name__ in box.detailedText() and ", in " + make.__name__ in caplog.text
    if make is a_chained_error:
        assert "IntegrityError" in box.detailedText() and "which led to:" in box.detailedText()
    else:
        assert "ValidationError: 1 problem(s) at the whole record (value_error)" in box.text()
