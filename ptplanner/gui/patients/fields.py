"""Small form fields shared by the patient form: a typed date, and a message shown beside a field."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

DATE_HINT = "YYYY-MM-DD"
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class DateField(QLineEdit):
    """A date typed as YYYY-MM-DD; empty means "not set"."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent, objectName=name, placeholderText=DATE_HINT)
        self.setMaxLength(10)
        self.setMaximumWidth(120)

    def set_date(self, day: date | None) -> None:
        self.setText("" if day is None else day.isoformat())

    def date(self) -> date | None:
        """The date typed; ValueError with a sentence for the user when it is not one."""
        text = self.text().strip()
        if not text:
            return None
        match = _DATE.fullmatch(text)
        if match is None:
            raise ValueError(f"Write the date as {DATE_HINT}, e.g. 1958-03-21.")
        try:
            return date(*map(int, match.groups()))
        except ValueError:
            raise ValueError(f"{text} is not a date on the calendar.") from None


class FieldMessage(QLabel):
    """What is wrong with the field beside it; hidden when nothing is."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent, objectName=name)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_problem(self, problem: str) -> None:
        self.setText(problem)
        self.setVisible(bool(problem))
