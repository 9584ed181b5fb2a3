"""Every dialog the app can open starts with its first field focused, so the first keys typed land.

The dialogs are found by walking ptplanner.gui for QDialog subclasses: a new dialog without a case
here fails the test until it gets one.
"""

import pytest
from dialog_openers import CASES, dialog_classes
from gui_helpers import wait_idle


def test_every_dialog_has_a_case():
    assert {cls.__name__ for cls in dialog_classes()} == set(CASES)


@pytest.mark.parametrize("opener", [o for openers in CASES.values() for o in openers], ids=lambda o: o.__name__)
def test_the_first_field_is_focused_when_a_dialog_opens(qtbot, demo_window, monkeypatch, opener):
    dialog, first = opener(qtbot, demo_window, monkeypatch)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is first, f"focus on {dialog.focusWidget()!r}"
    dialog.reject()
    wait_idle(qtbot, demo_window)
