"""Fixtures of the app-layer tests: a clinic opened on a fresh data folder."""

import pytest

from ptplanner.app.clinic import Clinic


@pytest.fixture
def clinic(data_dir):
    clinic = Clinic.open(data_dir)
    yield clinic
    clinic.close()
