"""Library search-as-you-type: milliseconds per keystroke over 5,000 exercises.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_library_search.py [--data-dir /tmp/big-clinic]

Types a few searches key by key into the real LibraryBrowser (each keystroke timed until the
window has repainted) and does the same into the floor: a bare QSortFilterProxyModel with
setFilterFixedString over a QStringListModel of the same names, in a QListView. Without
--data-dir the 5,000 exercises are generated in memory the way make_big_clinic.py makes them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from make_big_clinic import clinic_exercises
from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QVBoxLayout, QWidget

from ptplanner.core.library import Library, load_library
from ptplanner.gui.library.browser import LibraryBrowser
from ptplanner.resources import exercises_dir
from ptplanner.app.clinic import Clinic
from ptplanner.gui.tasks import TaskRunner

TARGET_MS = 10.0
SEARCHES = ("hip", "bridge slow", "band glutes", "side lying leg", "stretch pillow", "walk")
ROUNDS = 3
WINDOW_SIZE = (700, 900)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="a folder made by make_big_clinic.py")
    parser.add_argument("--exercises", type=int, default=5_000)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    browser = LibraryBrowser()
    if args.data_dir is None:
        library = generated_library(args.exercises)
        browser.set_library(library)
        ours, ours_changed = keystroke_times(app, browser, browser.search, browser.proxy)
    else:  # as in the app: the clinic's store behind it, for its exercises' photos
        clinic = Clinic.open(args.data_dir)
        runner = TaskRunner()
        try:
            library = clinic.library()
            browser.set_clinic(clinic, runner)
            browser.set_library(library)
            ours, ours_changed = keystroke_times(app, browser, browser.search, browser.proxy)
        finally:
            runner.wait()
            clinic.close()

    names = [e.name for e in library.exercises.values()]
    floor_widget, floor_search, floor_proxy = bare_search(names)
    floor, floor_changed = keystroke_times(app, floor_widget, floor_search, floor_proxy)

    print(f"Library search over {len(library)} exercises, {len(ours)} keystrokes ({ROUNDS} rounds of {SEARCHES}):")
    print(f"  ptplanner browser : median {median(ours):6.2f} ms per keystroke (90th percentile {p90(ours):.2f} ms)")
    print(f"  target            : median {TARGET_MS:6.2f} ms")
    print(f"  floor (bare Qt)   : median {median(floor):6.2f} ms per keystroke (90th percentile {p90(floor):.2f} ms)")
    print(f"  ptplanner / floor : {median(ours) / median(floor):.1f}x")
    print("Only the keystrokes that changed how many exercises are listed:")
    print(f"  ptplanner browser : median {median(ours_changed):6.2f} ms ({len(ours_changed)} keystrokes)")
    print(f"  floor (bare Qt)   : median {median(floor_changed):6.2f} ms ({len(floor_changed)} keystrokes)")
    return 0


def generated_library(size: int) -> Library:
    bundled = load_library(exercises_dir())
    return bundled.merged_with(clinic_exercises(bundled, size - len(bundled), random.Random(1)))


def bare_search(names: list[str]) -> tuple[QWidget, QLineEdit, QSortFilterProxyModel]:
    widget = QWidget()
    search = QLineEdit()
    proxy = QSortFilterProxyModel(widget)
    proxy.setSourceModel(QStringListModel(names, widget))
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    search.textChanged.connect(proxy.setFilterFixedString)
    view = QListView()
    view.setUniformItemSizes(True)  # the fastest a plain list can lay out, so a true floor
    view.setModel(proxy)
    layout = QVBoxLayout(widget)
    layout.addWidget(search)
    layout.addWidget(view)
    return widget, search, proxy


def keystroke_times(
    app: QApplication, widget: QWidget, search: QLineEdit, listed: QAbstractItemModel
) -> tuple[list[float], list[float]]:
    """Milliseconds from each key press until the window has repainted: all keystrokes, and those
    after which a different number of rows is listed."""
    widget.resize(*WINDOW_SIZE)
    widget.show()
    app.processEvents()
    times, changed = [], []
    for _ in range(ROUNDS):
        for text in SEARCHES:
            for key in (*text, *([Qt.Key.Key_Backspace] * len(text))):
                rows = listed.rowCount()
                started = time.perf_counter()
                QTest.keyClick(search, key)
                app.processEvents()
                elapsed = (time.perf_counter() - started) * 1000
                times.append(elapsed)
                if listed.rowCount() != rows:
                    changed.append(elapsed)
    widget.hide()
    return times, changed


def median(values: list[float]) -> float:
    return statistics.median(values)


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


if __name__ == "__main__":
    sys.exit(main())
