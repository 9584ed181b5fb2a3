"""The exercise library's dock: a note while the library loads, then the browser under a strip that lists
the library files that had problems."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

MAX_PROBLEMS_SHOWN = 8
# The window's words until the dock was a file of its own: their translations stay under "MainWindow".
LIBRARY_LOADING = QT_TRANSLATE_NOOP("MainWindow", "Loading the exercise library…")
WIDTH = 430


def banner(name: str, background: str, border: str) -> QLabel:
    """A hidden message strip; plain text, so a file name or error can never become markup."""
    strip = QLabel(objectName=name, wordWrap=True)
    strip.setTextFormat(Qt.TextFormat.PlainText)
    strip.setStyleSheet(f"QLabel {{ background:{background}; border:1px solid {border}; padding:6px; }}")
    strip.hide()
    return strip


class LibraryDock(QDockWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Exercise library"), parent, objectName="libraryDock")
        self.warning = banner("libraryWarning", background="#fff4e5", border="#e0a040")
        self.loading = QLabel(QCoreApplication.translate("MainWindow", LIBRARY_LOADING), objectName="libraryLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.addWidget(self.warning)
        self._layout.addWidget(self.loading, 1)
        self.setWidget(body)
        self.setFeatures(  # closable, so View > Exercise library can hide and show it
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.toggleViewAction().setObjectName("libraryDockAction")

    def hold(self, browser: QWidget) -> None:
        """The browser under the warning strip, in place of the loading note once that is hidden."""
        self._layout.insertWidget(1, browser, 1)

    def table_height(self, splitter_sizes: Sequence[int]) -> int:
        """The library table's height once the loading note is gone: its share of the dock, above the detail
        pane (its splitter's sizes, or the stretch it starts with)."""
        above, below = splitter_sizes or (3, 2)
        return self.height() * above // max(1, above + below)

    def loaded(self, problems: Sequence[object]) -> None:
        """The loading note gone; the files that had problems listed (at most MAX_PROBLEMS_SHOWN of them)."""
        self.loading.hide()
        self.warning.setVisible(bool(problems))
        if not problems:
            return
        files = len({problem.file for problem in problems})
        lines = "\n".join(str(problem) for problem in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        # self.tr with a count: lupdate's Python reader takes no count from translate(), and dropped the
        # plural forms of these two.
        text = self.tr("%n library file(s) had problems and were skipped or partly loaded:", "", files)
        if more > 0:
            lines += "\n" + self.tr("…and %n more", "", more)
        self.warning.setText(f"{text}\n{lines}")
