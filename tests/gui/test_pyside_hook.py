"""PySide6's check of each imported module (does it use PySide6?) answered by reading the file: the same
answers as PySide6's own, for every module loaded by then."""

from __future__ import annotations

import inspect
import sys

import ptplanner.gui  # puts the quicker check in place
import ptplanner.gui.main_window
import ptplanner.storage.store  # noqa: F401 - loaded, to be checked


def _feature():
    return sys.modules["shibokensupport.feature"]


def _as_pyside_answers(module) -> bool:
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_check_in_place_reads_the_file():
    assert getattr(_feature()._mod_uses_pyside, "reads_the_file", False)


def test_it_answers_as_pyside6_does_for_every_loaded_module():
    check = _feature()._mod_uses_pyside
    modules = [module for name, module in sorted(sys.modules.items()) if module is not None]
    differ = [module.__name__ for module in modules if check(module) != _as_pyside_answers(module)]
    assert not differ
    assert check(sys.modules["ptplanner.gui.main_window"])
    assert not check(sys.modules["ptplanner.storage.store"])

