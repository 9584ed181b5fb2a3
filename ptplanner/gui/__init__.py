"""The PySide6 desktop app: windows, dialogs and thin Qt models over core objects."""

import sys

if "pydantic" in sys.modules:
    # Imported in part before Qt (pydantic loads its modules as they are asked for), it could not load the
    # rest once Qt was in: shiboken's import hook reads each importing module, asks pydantic's lazy module
    # for an attribute meanwhile, and that import fails as "partially initialized". Done now, before Qt.
    import pydantic.fields  # noqa: F401

from ptplanner.gui.pyside_hook import quicker_pyside_hook  # after the pydantic import above

quicker_pyside_hook()
