"""Reaching the dialogs a window feature (patients leaving, reuse) opens, and saving pictures of them."""

import os
from pathlib import Path

SHOTS = os.environ.get("PTPLANNER_SHOTS")  # a folder to save pictures in, to look at them


def wait_for_dialog(qtbot, feature, object_name):
    """The dialog `feature` opened (it keeps it as `feature.dialog`), once it is open."""
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.objectName() == object_name)
    return feature.dialog


def shoot(widget, name) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))
