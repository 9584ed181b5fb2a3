"""Reaching the dialogs a window feature (patients leaving, reuse) opens, and saving pictures of them."""

import os
from pathlib import Path

from shiboken6 import isValid

SHOTS = os.environ.get("PTPLANNER_SHOTS")  # a folder to save pictures in, to look at them


def wait_for_dialog(qtbot, feature, object_name):
    """The dialog `feature` opened (it keeps it as `feature.dialog`), once it is open. A dialog closed just
    before may still be kept there, already deleted by Qt, until the feature lets it go: it is not the one."""

    def opened() -> bool:
        dialog = feature.dialog
        return dialog is not None and isValid(dialog) and dialog.objectName() == object_name

    qtbot.waitUntil(opened)
    return feature.dialog


def shoot(widget, name) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))
