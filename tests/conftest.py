"""Test configuration shared by every suite: no display, and app folders in temporary places."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PTPLANNER_DATA_DIR", None)
os.environ.pop("PTPLANNER_DATABASE_URL", None)


def pytest_collection_modifyitems(items):
    for item in items:
        if "/tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def data_dir(tmp_path):
    """A fresh, empty data folder for one test."""
    return tmp_path / "data"
