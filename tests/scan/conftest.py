"""The scan tests need the optional `scan` extra; without it they are skipped, saying how to add it."""

import pytest

from ptplanner.scan import missing_extra

if missing_extra():
    collect_ignore_glob = ["test_*.py"]


def pytest_collection_modifyitems(items):  # pragma: no cover - only without the extra
    if missing_extra():
        for item in items:
            item.add_marker(pytest.mark.skip(reason=missing_extra()))
