"""The patient's progress in charts: sessions done and pain week by week, with the days the patient
changed stage marked, and each outcome measure against its baseline and its meaningful change.

Drawn with QPainter rather than QtCharts: the three charts paint in a few milliseconds with no scene
graph to build, which keeps the patient's page quick to open, and every stroke is under our control
for black-and-white reading (the same conventions as the printed report's charts).
"""

from __future__ import annotations

from itertools import pairwise
from math import ceil

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ptplanner.core.adherence import Measure
from ptplanner.gui.dates import app_dates
from ptplanner.core.progress.figures import ProgressFigures, WeekFigures
from ptplanner.core.progress.outcomes import LOWER_IS_BETTER, OutcomeTrend, Verdict
from ptplanner.core.progress.pain import Site
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.gui.progress.chart_painting import (
    BAND,
    BAR,
    INK,
    Frame,
    axes,
    legend,
    marker,
    pen,
    series,
    threshold,
)

# The notices are English here (notice() returns them) and translated where they are painted.
NOTHING_YET = QT_TRANSLATE_NOOP(
    "Charts",
    "No log entries or outcome scores yet.\n"
    "Record a returned log sheet or an outcome score, and the charts appear here.",
)
NO_LOG = QT_TRANSLATE_NOOP(
    "Charts", "No log entries yet: the weekly charts appear once a log sheet is recorded."
)
NO_OUTCOMES = QT_TRANSLATE_NOOP("Charts", "No outcome scores yet.")
LOADING = QT_TRANSLATE_NOOP("Charts", "Loading…")
OUTCOME_TITLES = {
    Measure.PAIN_NRS: QT_TRANSLATE_NOOP("Charts", "Pain (NRS, 0-10)"),
    Measure.PSFS: QT_TRANSLATE_NOOP("Charts", "PSFS (0-10)"),
    Measure.ODI: QT_TRANSLATE_NOOP("Charts", "ODI (%)"),
}
VERDICTS = {
    Verdict.BETTER: QT_TRANSLATE_NOOP("Charts", "meaningfully better"),
    Verdict.WORSE: QT_TRANSLATE_NOOP("Charts", "meaningfully worse"),
    Verdict.NO_CHANGE: QT_TRANSLATE_NOOP("Charts", "no meaningful change"),
}
OUTCOME_TOPS = {Measure.PAIN_NRS: 10.0, Measure.PSFS: 10.0, Measure.ODI: 100.0}
LEFT, RIGHT = 44, 86  # room for the values on the left and the threshold labels on the right
WEEK_LABEL = 48  # pixels one week label needs
STAGE_ROWS = 2  # rows for stage labels, so close stage changes do not overwrite each other
WHITE = QColor(255, 255, 255)
CHARTS_WIDTH, CHARTS_HEIGHT = 520, 540
NOTICE_HEIGHT = 80


class ProgressCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="progressCharts")
        self._figures: ProgressFigures | None = None  # None while loading
        self._rules = ProgressRules()
        self.setMinimumSize(CHARTS_WIDTH, NOTICE_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_figures(self, figures: ProgressFigures, rules: ProgressRules) -> None:
        self._figures, self._rules = figures, rules
        self._resized()

    def set_loading(self) -> None:
        self._figures = None
        self._resized()

    def _resized(self) -> None:
        """Charts need room to be read; a notice alone does not."""
        self.setMinimumHeight(NOTICE_HEIGHT if self.notice() in (LOADING, NOTHING_YET) else CHARTS_HEIGHT)
        self.update()

    def notice(self) -> str:
        """The text shown in place of charts, or "" when every chart is drawn."""
        figures = self._figures
        if figures is None:
            return LOADING
        if not figures.logged and not figures.outcomes:
            return NOTHING_YET
        if not figures.logged:
            return NO_LOG
        return "" if figures.outcomes else NO_OUTCOMES

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        figures, notice = self._figures, self.notice()
        if figures is None or notice in (LOADING, NOTHING_YET):
            painter.setPen(self.palette().windowText().color())
            centred = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, centred, _translated(notice))
            return
        painter.fillRect(self.rect(), WHITE)  # charts are black on white, like the printed report
        line = painter.fontMetrics().height()
        outcome_height = area.height() * 0.36 if figures.outcomes else 2 * line
        weekly = QRectF(area.left(), area.top(), area.width(), area.height() - outcome_height)
        outcomes = QRectF(area.left(), weekly.bottom(), area.width(), outcome_height)
        if figures.logged:
            top, bottom = _split(weekly, 0.46)
            _adherence_chart(painter, top, figures, self._rules)
            _pain_chart(painter, bottom, figures)
        else:
            _notice(painter, weekly, _translated(NO_LOG))
        if figures.outcomes:
            _outcome_charts(painter, outcomes, figures.outcomes)
        else:
            _notice(painter, outcomes, _translated(NO_OUTCOMES))


def _translated(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def _split(area: QRectF, share: float) -> tuple[QRectF, QRectF]:
    top = QRectF(area.left(), area.top(), area.width(), area.height() * share)
    return top, QRectF(area.left(), top.bottom(), area.width(), area.height() - top.height())


def _notice(painter: QPainter, area: QRectF, text: str) -> None:
    painter.setPen(INK)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


def _title(painter: QPainter, area: QRectF, text: str) -> float:
    """Draws a bold title at the top of `area`; returns the height it took."""
    font = QFont(painter.font())
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    painter.setPen(INK)
    painter.drawText(QPointF(area.left(), area.top() + painter.fontMetrics().ascent()), text)
    height = painter.fontMetrics().height() + 2
    painter.restore()
    return height


def _weekly_frame(painter: QPainter, area: QRectF, weeks: int, top_value: float, title: str) -> Frame:
    line = painter.fontMetrics().height()
    head = _title(painter, area, title) + STAGE_ROWS * line
    plot = area.adjusted(LEFT, head, -RIGHT, -(line + 6))
    return Frame(plot, weeks, top_value)


def _adherence_chart(painter: QPainter, area: QRectF, figures: ProgressFigures, rules: ProgressRules) -> None:
    title = QCoreApplication.translate("Charts", "Sessions done each week (% of prescribed)")
    frame = _weekly_frame(painter, area, len(figures.weeks), 100, title)
    axes(painter, frame, (0, 25, 50, 75, 100), "%")
    gap = min(2.0, frame.slot_width * 0.15)
    outline = frame.slot_width >= 4
    for slot, week in enumerate(figures.weeks):
        percent = week.sessions.percent
        if percent:
            bar = QRectF(
                frame.x(slot) + gap,
                frame.y(percent),
                frame.slot_width - 2 * gap,
                frame.y(0) - frame.y(percent),
            )
            painter.setPen(pen(0.8) if outline else Qt.PenStyle.NoPen)
            painter.setBrush(BAR)
            painter.drawRect(bar)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    threshold(
        painter,
        frame,
        rules.progression_adherence_percent,
        QCoreApplication.translate("Charts", "progress {percent}%").format(
            percent=rules.progression_adherence_percent
        ),
        (6, 3),
    )
    flag = QCoreApplication.translate("Charts", "flag {percent}%").format(percent=rules.low_adherence_percent)
    threshold(painter, frame, rules.low_adherence_percent, flag, (2, 2))
    _week_labels(painter, frame, figures.weeks)
    _stage_marks(painter, frame, figures)


def _pain_chart(painter: QPainter, area: QRectF, figures: ProgressFigures) -> None:
    line = painter.fontMetrics().height()
    title = QCoreApplication.translate("Charts", "Pain each week (daily average, 0-10)")
    frame = _weekly_frame(painter, area.adjusted(0, 0, 0, -line), len(figures.weeks), 10, title)
    axes(painter, frame, (0, 2, 4, 6, 8, 10))
    for site in Site:
        points = [
            None if (value := week.pain(site)) is None else QPointF(frame.x(slot + 0.5), frame.y(value))
            for slot, week in enumerate(figures.weeks)
        ]
        series(painter, points, site)
    _week_labels(painter, frame, figures.weeks)
    _stage_marks(painter, frame, figures)
    legend(painter, frame.plot.left(), area.bottom() - line / 2)


def _week_labels(painter: QPainter, frame: Frame, weeks: tuple[WeekFigures, ...]) -> None:
    """The first day of each week that has room for its label; the latest week always has one."""
    every = max(1, ceil(WEEK_LABEL / frame.slot_width)) if weeks else 1
    metrics, dates = painter.fontMetrics(), app_dates()
    painter.setPen(INK)
    for slot in range(len(weeks) - 1, -1, -every):
        label = dates.short(weeks[slot].start)
        x = frame.x(slot + 0.5) - metrics.horizontalAdvance(label) / 2
        painter.drawText(QPointF(x, frame.plot.bottom() + metrics.ascent() + 3), label)


def _stage_marks(painter: QPainter, frame: Frame, figures: ProgressFigures) -> None:
    """'Stage n' over the start of the log, and a labelled dashed line where the patient changed stage."""
    metrics = painter.fontMetrics()
    row_ends = [float("-inf")] * STAGE_ROWS
    for number, start in enumerate(figures.stage_starts):
        x = frame.x(_slot_of(figures.weeks, start.day))
        if number:
            painter.setPen(pen(1.4, (3, 3)))
            painter.drawLine(QPointF(x, frame.plot.bottom()), QPointF(x, frame.plot.top() - 2))
        label = QCoreApplication.translate("Charts", "Stage {number}").format(number=start.stage_index + 1)
        row = next((r for r, end in enumerate(row_ends) if x + 3 >= end), row_ends.index(min(row_ends)))
        painter.setPen(INK)
        y = frame.plot.top() - 4 - (STAGE_ROWS - 1 - row) * metrics.height()
        painter.drawText(QPointF(x + 3, y), label)
        row_ends[row] = x + 3 + metrics.horizontalAdvance(label) + 4


def _slot_of(weeks: tuple[WeekFigures, ...], day) -> float:
    for slot, week in enumerate(weeks):
        if week.start <= day <= week.end:
            return slot + (day - week.start).days / ((week.end - week.start).days + 1)
    return 0.0


def _outcome_charts(painter: QPainter, area: QRectF, trends: tuple[OutcomeTrend, ...]) -> None:
    line = painter.fontMetrics().height()
    key = QCoreApplication.translate(
        "Charts", "Dashed line: the first score (baseline). Grey band: less than a meaningful change from it."
    )
    painter.setPen(INK)
    painter.drawText(QPointF(area.left(), area.bottom() - 2), key)
    width = area.width() / len(trends)
    for number, trend in enumerate(trends):
        cell = QRectF(area.left() + number * width, area.top() + 4, width - 12, area.height() - line - 8)
        _outcome_chart(painter, cell, trend)


def _outcome_chart(painter: QPainter, area: QRectF, trend: OutcomeTrend) -> None:
    line = painter.fontMetrics().height()
    if LOWER_IS_BETTER[trend.measure]:
        better = QCoreApplication.translate("Charts", "lower is better")
    else:
        better = QCoreApplication.translate("Charts", "higher is better")
    head = _title(painter, area, _translated(OUTCOME_TITLES[trend.measure]))
    painter.setPen(INK)
    painter.drawText(QPointF(area.left(), area.top() + head + painter.fontMetrics().ascent()), better)
    top = OUTCOME_TOPS[trend.measure]
    plot = area.adjusted(36, head + line + 8, -8, -(3 * line + 6))
    first, last = trend.baseline.day, trend.latest.day
    frame = Frame(plot, max(1, (last - first).days), top)
    base = trend.baseline.score
    low, high = max(0.0, base - trend.meaningful_change), min(top, base + trend.meaningful_change)
    painter.fillRect(QRectF(plot.left(), frame.y(high), plot.width(), frame.y(low) - frame.y(high)), BAND)
    axes(painter, frame, (0, top / 2, top))
    painter.setPen(pen(1.2, (5, 3)))
    painter.drawLine(QPointF(plot.left(), frame.y(base)), QPointF(plot.right(), frame.y(base)))

    def at(point) -> QPointF:
        days = (point.day - first).days
        return QPointF(frame.x(days) if last > first else plot.center().x(), frame.y(point.score))

    points = [at(p) for p in trend.points]
    painter.setPen(pen(2))
    for start, end in pairwise(points):
        painter.drawLine(start, end)
    for point in points:
        marker(painter, point, filled=True)
    metrics = painter.fontMetrics()
    painter.setPen(INK)
    y = plot.bottom() + metrics.ascent() + 3
    painter.drawText(QPointF(plot.left(), y), app_dates().short(first))
    if last > first:
        label = app_dates().short(last)
        painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(label), y), label)
    latest = trend.latest
    lines = (
        (
            f"{base:g} → {latest.score:g} ({latest.change:+g})",
            _translated(VERDICTS.get(latest.verdict, latest.verdict)),
        )
        if len(trend.points) > 1
        else (
            QCoreApplication.translate("Charts", "baseline {score}").format(score=f"{base:g}"),
            QCoreApplication.translate("Charts", "one score so far"),
        )
    )
    for number, text in enumerate(lines, start=1):
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(area.width()))
        painter.drawText(QPointF(area.left(), y + number * line), shown)
