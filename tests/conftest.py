"""Test configuration shared by every suite: no display, app folders in temporary places, and a
PostgreSQL database when PTPLANNER_TEST_POSTGRES_URL names one (see postgres_server.py)."""

import os
import sys
from datetime import date

import pytest
from crash_safe_scheduling import pytest_xdist_make_scheduler  # noqa: F401 (a hook: a crash ends the run)
from hypothesis import settings
from postgres_server import NO_SERVER, POSTGRES_URL_ENV, fresh_postgres_schema

from ptplanner.core import clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
clock.hold(date.today())  # one day for the whole run, even one that crosses midnight
os.environ.pop("PTPLANNER_DATA_DIR", None)
os.environ.pop("PTPLANNER_DATABASE_URL", None)

# CI draws the same property-test examples on every run, so a change lands or not on its own merits and
# never on a rare draw; a developer's run draws new ones each time and so keeps looking for bugs.
settings.register_profile("ci", derandomize=True)
settings.register_profile("thorough", max_examples=1000, deadline=None)  # a long hunt for bugs, by hand
settings.load_profile(os.environ.get("PTPLANNER_HYPOTHESIS_PROFILE", "default"))


def pytest_collection_modifyitems(items):
    for item in items:
        if "/tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
        if {"postgres_url", "other_postgres_url"} & set(item.fixturenames):
            item.add_marker(pytest.mark.postgres)
        # Run in parallel (pytest -n auto --dist loadgroup): a module's tests on one worker, in turn, so its
        # fixtures are made once and a module's PostgreSQL template stays its own (postgres_server.py).
        item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


def pytest_runtest_setup(item):
    if item.get_closest_marker("postgres") and not os.environ.get(POSTGRES_URL_ENV):
        pytest.skip(NO_SERVER)  # skipped here, not in a fixture: one line in the summary for them all


@pytest.fixture
def data_dir(tmp_path):
    """A fresh, empty data folder for one test."""
    return tmp_path / "data"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """A data folder with the demo clinic, made by `ptplanner demo` once for the test module."""
    from ptplanner.cli import EXIT_OK, main

    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(folder), "demo"]) == EXIT_OK
    return folder


@pytest.fixture
def postgres_url():
    """The test PostgreSQL database, its public schema fresh and empty."""
    return fresh_postgres_schema("public")


@pytest.fixture
def other_postgres_url():
    """Another clinic's database on the same server: the schema `other`, fresh and empty, used alone."""
    return fresh_postgres_schema("other")


@pytest.fixture(autouse=True)
def operating_system_user_acts():
    """Audit rows name the operating-system user again after each test: a test that signs someone in
    (the app sets who acts process-wide, as one person uses one running app) must not leak them."""
    yield
    from ptplanner.storage import audit

    audit.set_actor(None)


@pytest.fixture(autouse=True)
def garbage_collected_between_tests():
    """The app turns automatic garbage collection off (gui/collector.py) and collects on its event loop,
    which turns only inside GUI tests: between tests what is due is collected here, on the main thread.
    The widgets pytest-qt closed (deleteLater) are deleted by Qt first, not from inside a collection that
    tears down their children's wrappers meanwhile: the likely cause of a segmentation fault, now and then,
    in the constructor of the next dialog made (HandoutPreview's, in two full runs of the suite)."""
    yield
    collector = sys.modules.get("ptplanner.gui.collector")
    if collector is not None:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        collector.collect_if_running()
