"""Before the window: say in one line what is missing when there is no display to show it on.

Without this, Qt aborts with its own advice ("Reinstalling the application may fix this problem"),
which sends a clinic's IT person the wrong way. The common causes are told before Qt starts; any other
failure to find a platform is caught by a message handler while the QApplication is made.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

NO_DISPLAY = (
    "ptplanner cannot open its window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). "
    "Start it from a desktop session; the commands (ptplanner --help) work without one."
)
NO_XCB_CURSOR = (
    "ptplanner cannot open its window: Qt needs the libxcb-cursor0 system package to use the X11 display "
    "(on Debian or Ubuntu: sudo apt install libxcb-cursor0)."
)
NO_PLATFORM = (
    "ptplanner cannot open its window: Qt could not use the display ({platform}). Check that a desktop "
    "session is running and, on X11, that the libxcb-cursor0 system package is installed."
)


def display_problem(environ=os.environ, platform: str = sys.platform) -> str | None:
    """Why Qt will not find a display, when it can be told before Qt tries; None when it should."""
    if not platform.startswith("linux"):
        return None
    wanted = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if wanted not in ("", "xcb", "wayland"):
        return None  # offscreen, vnc, eglfs…: chosen on purpose, no desktop display needed
    x11, wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    if not (x11 or wayland) or (wanted == "xcb" and not x11) or (wanted == "wayland" and not wayland):
        return NO_DISPLAY
    if (wanted == "xcb" or not wayland) and ctypes.util.find_library("xcb-cursor") is None:
        return NO_XCB_CURSOR
    return None


class QtStartup:
    """While the QApplication is made: Qt's platform chatter is held back and a fatal failure to start
    ends the app with one line and exit status 1 instead of an abort."""

    def __enter__(self) -> QtStartup:
        self.held: list[str] = []
        qInstallMessageHandler(self._handle)
        return self

    def __exit__(self, *_exc) -> None:
        qInstallMessageHandler(None)
        for message in self.held:  # the app did start: they were worth showing after all
            print(message, file=sys.stderr)

    def _handle(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            platform = os.environ.get("QT_QPA_PLATFORM") or "the default platform"
            if os.environ.get("DISPLAY"):
                platform += f", DISPLAY={os.environ['DISPLAY'][:40]}"
            print(NO_PLATFORM.format(platform=platform), file=sys.stderr, flush=True)
            os._exit(1)  # Qt aborts once this returns; nothing of ptplanner is open yet
        self.held.append(message)
