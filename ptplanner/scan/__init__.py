"""Reading a scanned or photographed log sheet: the optional `scan` extra (OpenCV, zxing-cpp, pypdfium2).

Nothing here imports those libraries at import time, so the base install can ask `missing_extra()`.
"""

from __future__ import annotations

from importlib.util import find_spec

INSTALL_HINT = 'Reading scans needs the scan add-on: pip install "ptplanner[scan]"'
_MODULES = ("cv2", "zxingcpp", "pypdfium2", "numpy")


def missing_extra() -> str | None:
    """The line telling how to add the extra, or None when it is installed."""
    return None if all(find_spec(name) is not None for name in _MODULES) else INSTALL_HINT


class ScanError(ValueError):
    """A file or page that cannot be read, in words the user can act on."""
