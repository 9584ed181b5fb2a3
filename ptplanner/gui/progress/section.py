"""The patient's progress on their page: what to record, how the log adds up, the flags, the next step
suggested, the therapist's assessment and plan for the report, and the charts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ptplanner.core.progress.figures import ProgressFigures
from ptplanner.core.progress.flags import Flag, FlagKind
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.suggestions import Suggestion
from ptplanner.gui.dates import app_dates
from ptplanner.gui.progress.assessment_box import AssessmentBox
from ptplanner.gui.progress.charts import ProgressCharts
from ptplanner.gui.progress.suggestion_panel import SuggestionPanel

FLAG_TITLES = {
    FlagKind.LOW_ADHERENCE: QT_TRANSLATE_NOOP("ProgressSection", "Low adherence"),
    FlagKind.PAIN_UP: QT_TRANSLATE_NOOP("ProgressSection", "Pain up"),
    FlagKind.RED_FLAG_NOTE: QT_TRANSLATE_NOOP("ProgressSection", "Red-flag note"),
}
NOT_SAVED = QT_TRANSLATE_NOOP(
    "ProgressSection",
    "Build the program in the Program tab and save it; then what the patient does is recorded here.",
)
NOTHING_LOGGED = QT_TRANSLATE_NOOP("ProgressSection", "Nothing logged yet.")


def flag_line(flag: Flag) -> str:
    return f"⚑ {QCoreApplication.translate('ProgressSection', FLAG_TITLES[flag.kind])}: {flag.message}"


class ProgressSection(QWidget):
    flag_count_changed = Signal(int)

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="progressSection")
        self.summary = _label("progressSummary")
        self.flags = _label("progressFlags")
        self.flags.setStyleSheet("QLabel { background:#fff4e5; border:1px solid #e0a040; padding:6px; }")
        self.problem = _label("progressProblem")
        self.problem.setStyleSheet("QLabel { background:#fdecea; border:1px solid #d9534f; padding:6px; }")
        self.rules_notice = _label("progressRulesNotice")  # the clinic's rules do not read: defaults in use
        self.rules_notice.setStyleSheet(self.problem.styleSheet())
        self.suggestion = SuggestionPanel()
        self.assessment = AssessmentBox()
        self.charts = ProgressCharts()
        buttons = QHBoxLayout()
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        shown = (self.summary, self.problem, self.rules_notice, self.flags, self.suggestion, self.assessment)
        for widget in shown:
            column.addWidget(widget)
        column.addWidget(self.charts, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)  # a short window scrolls rather than squeezing the charts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        self.show_problem("")
        self.show_rules_notice("")
        self.show_loading()

    def show_progress(
        self, figures: ProgressFigures, rules: ProgressRules, suggestion: Suggestion | None, saved: bool,
        discharged_on: date | None = None,
    ) -> None:
        """The figures of the patient's program (never `saved`, it has no log yet) and the next step; for a
        patient `discharged_on` a day, the summary first says that the figures end when they left care."""
        summary = self.summary_text(figures, rules) if saved else self.tr(NOT_SAVED)
        if discharged_on is not None and figures.weeks:
            dates = app_dates()
            left = self.tr("Discharged on {day}: these figures end on {end}.")
            left = left.format(day=dates.full(discharged_on), end=dates.full(figures.weeks[-1].end))
            summary = f"{left}\n{summary}"
        self.summary.setText(summary)
        lines = [flag_line(flag) for flag in figures.flags]
        self.flags.setText("\n".join(lines))
        self.flags.setVisible(bool(lines))
        self.flag_count_changed.emit(len(lines))
        self.suggestion.show_suggestion(suggestion)
        self.charts.set_figures(figures, rules)

    def summary_text(self, figures: ProgressFigures, rules: ProgressRules) -> str:
        """'Last 2 weeks: 62% of the prescribed sessions · since the log began: 70% · ...'. English has no
        translation file: its singulars and plurals are chosen here; each is a numerus message, so every
        other language gets all of its own plural forms."""
        if not figures.logged:
            return self.tr(NOTHING_LOGGED)
        weeks, streak, missed = rules.flag_weeks, figures.streak_days, figures.missed_days
        recent = _percent(figures.recent(weeks).percent)
        if weeks == 1:
            last = self.tr("Last week: {percent} of the prescribed sessions").format(percent=recent)
        else:
            last = self.tr("Last %n weeks: {percent} of the prescribed sessions", "", weeks)
            last = last.format(percent=recent)
        if streak == 1:
            in_a_row = self.tr("%n day in a row with exercise", "", streak)
        else:
            in_a_row = self.tr("%n days in a row with exercise", "", streak)
        since = self.tr("since the log began: {percent}").format(percent=_percent(figures.overall.percent))
        parts = [last, since, in_a_row]
        if missed == 1:
            parts.append(self.tr("%n day missed in a row", "", missed))
        elif missed:
            parts.append(self.tr("%n days missed in a row", "", missed))
        return " · ".join(parts)

    def show_loading(self) -> None:
        self.summary.setText(self.tr("Loading the log…"))
        self.flags.hide()
        self.flag_count_changed.emit(0)
        self.suggestion.show_suggestion(None)
        self.charts.set_loading()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_rules_notice(self, text: str) -> None:
        """Why the flags follow the default progress rules ("" when the clinic's own are read)."""
        self.rules_notice.setText(f"⚠ {text}" if text else "")
        self.rules_notice.setVisible(bool(text))


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def _label(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # flags quote the patient's notes exactly
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
