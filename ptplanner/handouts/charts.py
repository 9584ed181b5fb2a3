"""Week-by-week charts of adherence and pain, readable in black and white: bars, line styles and marker shapes
tell the series apart, never colour alone. Dashed vertical lines mark the days the patient changed stage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from math import ceil

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from ptplanner.core.dates import DateWords
from ptplanner.core.progress.figures import ProgressFigures, WeekFigures
from ptplanner.core.progress.pain import Site
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.handouts.fonts import register_fonts

FONT_SIZE = 9  # the report's smallest text; nothing on a chart is smaller
BAR_GREY = Color(0.75, 0.75, 0.75)
GRID_GREY = Color(0.85, 0.85, 0.85)
LABEL_WIDTH = 36  # room for one week label such as "28 Sep"
MARKER = 2.2  # radius; smaller when weeks are too narrow for it
LABEL_ROWS = 2  # rows for stage labels, so that close stage changes do not print over each other
_LINES = {  # site -> (line width, dash pattern, filled marker)
    Site.BACK: (1.4, None, True),
    Site.LEG: (1.1, (3, 2), False),
}


@dataclass(frozen=True)
class _Frame:
    """Maps week slots and values to points inside a drawing, leaving room for labels."""

    width: float
    height: float
    slots: int
    top_value: float
    left: float = 32
    right: float = 64  # room for the threshold labels ('progress 80%')
    bottom: float = 16
    top: float = 4 + LABEL_ROWS * (FONT_SIZE + 1)

    @property
    def slot_width(self) -> float:
        return (self.width - self.left - self.right) / max(1, self.slots)

    def x(self, slot: float) -> float:
        return self.left + slot * self.slot_width

    def y(self, value: float) -> float:
        return self.bottom + value / self.top_value * (self.height - self.bottom - self.top)


def adherence_chart(
    figures: ProgressFigures,
    rules: ProgressRules,
    width: float,
    height: float,
    dates: DateWords,
) -> Drawing:
    """Bars of the share of prescribed sessions done each week, with the flag and progression thresholds."""
    frame = _Frame(width, height, len(figures.weeks), 100)
    drawing = _drawing(width, height)
    _axes(drawing, frame, [0, 25, 50, 75, 100], "%")
    gap = min(1.5, frame.slot_width * 0.15)
    for slot, week in enumerate(figures.weeks):
        percent = week.sessions.percent
        if percent is not None and percent > 0:
            drawing.add(
                Rect(
                    frame.x(slot) + gap,
                    frame.y(0),
                    frame.slot_width - 2 * gap,
                    frame.y(percent) - frame.y(0),
                    fillColor=BAR_GREY,
                    strokeColor=black,
                    strokeWidth=0.5,
                )
            )
    _threshold(
        drawing,
        frame,
        rules.progression_adherence_percent,
        f"progress {rules.progression_adherence_percent}%",
        (4, 2),
    )
    _threshold(drawing, frame, rules.low_adherence_percent, f"flag {rules.low_adherence_percent}%", (1, 1.5))
    _week_labels(drawing, frame, figures.weeks, dates)
    _stage_marks(drawing, frame, figures)
    return drawing


def pain_chart(figures: ProgressFigures, width: float, height: float, dates: DateWords) -> Drawing:
    """The week's mean back pain (solid line, filled dots) and leg pain (dashed line, open squares), 0-10."""
    frame = _Frame(width, height, len(figures.weeks), 10, bottom=30)
    drawing = _drawing(width, height)
    _axes(drawing, frame, [0, 2, 4, 6, 8, 10], "")
    for site in Site:
        _pain_line(drawing, frame, [week.pain(site) for week in figures.weeks], site)
    _week_labels(drawing, frame, figures.weeks, dates)
    _stage_marks(drawing, frame, figures)
    _legend(drawing, frame)
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = register_fonts()[
        0
    ]  # else reportlab starts each drawing in unembedded Helvetica
    return drawing


def _axes(drawing: Drawing, frame: _Frame, ticks: Sequence[float], unit: str) -> None:
    font, _bold = register_fonts()
    right = frame.x(frame.slots)
    for tick in ticks:
        y = frame.y(tick)
        drawing.add(Line(frame.left, y, right, y, strokeColor=GRID_GREY if tick else black, strokeWidth=0.5))
        drawing.add(
            String(
                frame.left - 3,
                y - FONT_SIZE / 3,
                f"{tick:g}{unit}",
                fontName=font,
                fontSize=FONT_SIZE,
                textAnchor="end",
            )
        )
    drawing.add(
        Line(frame.left, frame.y(0), frame.left, frame.y(frame.top_value), strokeColor=black, strokeWidth=0.5)
    )


def _threshold(
    drawing: Drawing, frame: _Frame, value: float, label: str, dashes: tuple[float, float]
) -> None:
    font, _bold = register_fonts()
    y = frame.y(value)
    right = frame.x(frame.slots)
    drawing.add(
        Line(frame.left, y, right, y, strokeColor=black, strokeWidth=0.8, strokeDashArray=list(dashes))
    )
    drawing.add(String(right + 2, y - FONT_SIZE / 3, label, fontName=font, fontSize=FONT_SIZE))


def _week_labels(drawing: Drawing, frame: _Frame, weeks: Sequence[WeekFigures], dates: DateWords) -> None:
    """The first day of every week that has room for its label, under the week's slot."""
    font, _bold = register_fonts()
    every = max(1, ceil(LABEL_WIDTH / frame.slot_width)) if weeks else 1
    for slot in range(len(weeks) - 1, -1, -every):  # the latest week always gets its label
        drawing.add(
            String(
                frame.x(slot + 0.5),
                frame.bottom - FONT_SIZE - 3,
                dates.short(weeks[slot].start),
                fontName=font,
                fontSize=FONT_SIZE,
                textAnchor="middle",
            )
        )


def _stage_marks(drawing: Drawing, frame: _Frame, figures: ProgressFigures) -> None:
    """'Stage n' over the start of the log, and a labelled dashed line where the patient changed stage."""
    _font, bold = register_fonts()
    top = frame.y(frame.top_value)
    row_ends = [float("-inf")] * LABEL_ROWS  # where each row of labels is taken up to
    for number, start in enumerate(figures.stage_starts):
        x = frame.x(_slot_of(figures.weeks, start.day))
        if number:
            drawing.add(
                Line(x, frame.y(0), x, top + 2, strokeColor=black, strokeWidth=0.9, strokeDashArray=[2, 2])
            )
        label = f"Stage {start.stage_index + 1}"
        row = next((r for r, end in enumerate(row_ends) if x + 2 >= end), row_ends.index(min(row_ends)))
        drawing.add(String(x + 2, top + 3 + row * (FONT_SIZE + 1), label, fontName=bold, fontSize=FONT_SIZE))
        row_ends[row] = x + 2 + stringWidth(label, bold, FONT_SIZE) + 2


def _slot_of(weeks: Sequence[WeekFigures], day: date) -> float:
    for slot, week in enumerate(weeks):
        if week.start <= day <= week.end:
            return slot + (day - week.start).days / ((week.end - week.start).days + 1)
    return 0.0


def _pain_line(drawing: Drawing, frame: _Frame, values: Sequence[float | None], site: Site) -> None:
    width, dashes, filled = _LINES[site]
    run: list[float] = []
    for slot, value in [*enumerate(values), (len(values), None)]:
        if value is not None:
            run += [frame.x(slot + 0.5), frame.y(value)]
            continue
        if len(run) > 2:
            drawing.add(PolyLine(run, strokeColor=black, strokeWidth=width, strokeDashArray=dashes))
        run = []
    size = min(MARKER, frame.slot_width * 0.3)
    for slot, value in enumerate(values):
        if value is not None:
            drawing.add(_marker(frame.x(slot + 0.5), frame.y(value), filled, size))


def _marker(x: float, y: float, filled: bool, size: float = MARKER) -> Circle | Rect:
    if filled:
        return Circle(x, y, size, fillColor=black, strokeColor=black, strokeWidth=0.5)
    return Rect(x - size, y - size, 2 * size, 2 * size, fillColor=white, strokeColor=black, strokeWidth=0.8)


def _legend(drawing: Drawing, frame: _Frame) -> None:
    font, _bold = register_fonts()
    x, y = frame.left, 3
    for site in Site:
        width, dashes, filled = _LINES[site]
        label = f"{site.value} pain"
        drawing.add(
            Line(x, y + 3, x + 22, y + 3, strokeColor=black, strokeWidth=width, strokeDashArray=dashes)
        )
        drawing.add(_marker(x + 11, y + 3, filled))
        drawing.add(String(x + 27, y, label, fontName=font, fontSize=FONT_SIZE))
        x += 27 + stringWidth(label, font, FONT_SIZE) + 18
