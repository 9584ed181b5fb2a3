"""A form field's label: its Alt+letter (the & in its text) puts the keyboard in the field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, field: QWidget) -> QLabel:
    """`text` is already translated. A row of several widgets, or a field with its message under it, gets
    no buddy from QFormLayout.addRow: this label gives it one."""
    label = QLabel(text)
    label.setBuddy(field)
    return label
