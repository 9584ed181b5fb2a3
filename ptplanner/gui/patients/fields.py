"""Small form fields shared by the patient form: a typed date, and a message shown beside a field."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class DateField(QLineEdit):
    """A date typed as YYYY-MM-DD; empty means "not set"."""

    def __init__(self, name: str, parent=None) -> None:
        hint = QCoreApplication.translate("DateField", "YYYY-MM-DD")  # the order typed stays year-month-day
        super().__init__(parent, objectName=name, placeholderText=hint)
        self.setMaxLength(10)
        self.setMaximumWidth(120)
        # a whole date always shows, however crowded the row (the Spanish labels beside it are longer)
        self.setMinimumWidth(min(120, self.fontMetrics().horizontalAdvance("0000-00-00") + 16))

    def set_date(self, day: date | None) -> None:
        self.setText("" if day is None else day.isoformat())

    def date(self) -> date | None:
        """The date typed; ValueError with a sentence for the user when it is not one."""
        text = self.text().strip()
        if not text:
            return None
        match = _DATE.fullmatch(text)
        if match is None:
            hint = QCoreApplication.translate("DateField", "YYYY-MM-DD")
            raise ValueError(
                QCoreApplication.translate("DateField", "Write the date as {hint}, e.g. 1958-03-21.").format(
                    hint=hint
                )
            )
        try:
            return date(*map(int, match.groups()))
        except ValueError:
            problem = QCoreApplication.translate("DateField", "{text} is not a date on the calendar.")
            raise ValueError(problem.format(text=text)) from None


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
