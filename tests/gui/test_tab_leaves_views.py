"""Tab and Shift+Tab leave every list and table of the window and its dialogs for the next or the previous
control; arrows move inside. A table walked its cells with Tab and never let the keyboard out."""

import pytest
from dialog_openers import CASES
from gui_helpers import open_patient, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

Key = Qt.Key


def views_in(widget: QWidget) -> list[QAbstractItemView]:
    """The lists and tables shown in `widget` that Tab can reach (not headers, not a closed popup's)."""
    return [
        view for view in widget.findChildren(QAbstractItemView)
        if view.isVisible() and view.focusPolicy() & Qt.FocusPolicy.TabFocus and view.window() is widget
    ]


def trapping(qtbot, views: list[QAbstractItemView]) -> list[str]:
    """The views that Tab or Shift+Tab, pressed in them, did not leave."""
    kept = []
    for view in views:
        for key in (Key.Key_Tab, Key.Key_Backtab):
            view.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(view.hasFocus)
            qtbot.keyClick(view, key)
            if QApplication.focusWidget() is view:
                kept.append(f"{type(view).__name__} {view.objectName()!r} kept {key.name}")
    return kept


def test_tab_leaves_every_list_and_table_of_the_main_window(qtbot, demo_window):
    window = demo_window
    qtbot.waitActive(window)
    seen = views_in(window)
    kept = trapping(qtbot, seen)
    open_patient(qtbot, window, "Robert Chen")
    for progress in (True, False):
        window.patient_page.open_on(progress=progress)
        views = [view for view in views_in(window) if view not in seen]
        seen += views
        kept += trapping(qtbot, views)
    names = {view.objectName() for view in seen}
    assert {"patientTable", "libraryTable"} <= names, names
    assert not kept, kept


@pytest.mark.parametrize("opener", [o for openers in CASES.values() for o in openers], ids=lambda o: o.__name__)
def test_tab_leaves_every_list_and_table_of_each_dialog(qtbot, demo_window, monkeypatch, opener):
    dialog, _ = opener(qtbot, demo_window, monkeypatch)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, demo_window)
    qtbot.waitActive(dialog)
    kept = trapping(qtbot, views_in(dialog))
    dialog.reject()
    wait_idle(qtbot, demo_window)
    assert not kept, kept
