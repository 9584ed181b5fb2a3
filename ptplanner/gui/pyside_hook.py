"""PySide6 looks into every module imported after it for the word "PySide6" (to set up its optional
`__feature__` switches, which ptplanner does not use). It asks inspect.getsource, which walks every loaded
module on each import: importing the window's parts took about 0.12 s longer (of 0.75 s). The same question
is answered here by reading the module's file, with the same answer, and at once for Python's own
modules."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs shiboken's import hook and its feature module


def quicker_pyside_hook() -> None:
    """Once: PySide6's check answered from the module's file; left as it is if its shape ever changes."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, "reads_the_file", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        if getattr(module, "__name__", "").partition(".")[0] in sys.stdlib_module_names:
            return False  # Python's own modules never name PySide6
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built in, compiled or bundled without its source: as PySide6 does
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.reads_the_file = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
