"""The log sheet the patient brings back: a week of days by exercise, with tick boxes and pain rows.

Rows are numbered like the exercises and follow the program's order, and each day has its date,
so the sheet can be typed in as daily log entries at the next visit.
"""

from __future__ import annotations

from datetime import date, timedelta
from math import ceil

from reportlab.lib.colors import Color, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.styles import Layout

DAYS_PER_SHEET = 7
MAX_BOXES = 6  # more sessions a day than this: a box to write the count in
NAME_SHARE = 0.3
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_HEADER_GREY = Color(0.88, 0.88, 0.88)


class TickBoxes(Flowable):
    """`count` empty squares, as many to a row as fit the cell."""

    def __init__(self, count: int, size: float) -> None:
        super().__init__()
        self.count = count
        self.size = size
        self.gap = size * 0.35
        self.per_row = count

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.per_row = max(1, min(self.count, int((available_width + self.gap) // (self.size + self.gap))))
        rows = ceil(self.count / self.per_row)
        self.width = self.per_row * (self.size + self.gap) - self.gap
        self.height = rows * (self.size + self.gap) - self.gap
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(1)
        self.canv.setStrokeColor(black)
        step = self.size + self.gap
        for index in range(self.count):
            row, column = divmod(index, self.per_row)
            self.canv.rect(column * step, self.height - self.size - row * step, self.size, self.size)


class WriteIn(Flowable):
    """A box to write a number in, nearly as wide as the cell."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.height = size * 1.8
        self.inset = size * 0.25

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(1)
        self.canv.rect(self.inset, 0, self.width - 2 * self.inset, self.height)


def log_sheet_start(content: HandoutContent, today: date) -> date:
    """The log starts on the day the handout is printed, or when the stage starts if that is later."""
    dates = content.stage_dates()
    return max(today, dates[0]) if dates is not None else today


def log_sheets(content: HandoutContent, layout: Layout, weeks: int) -> list[Flowable]:
    start = log_sheet_start(content, layout.today)
    parts: list[Flowable] = []
    for week in range(weeks):
        first = start + timedelta(days=DAYS_PER_SHEET * week)
        days = [first + timedelta(days=offset) for offset in range(DAYS_PER_SHEET)]
        parts += [
            PageBreak(),
            Paragraph(
                layout.text(
                    f"My exercise log: week {week + 1}, from {layout.dates.long(days[0])} "
                    f"to {layout.dates.long(days[-1])}"
                ),
                layout.look.section,
            ),
            Paragraph(
                "Put a tick in a box each time you do an exercise. Each evening, write your back pain "
                "and your leg pain from 0 (no pain) to 10 (worst pain). Bring this sheet to your next "
                "visit.",
                layout.look.body,
            ),
            _grid(content, layout, days),
        ]
    return parts


def _grid(content: HandoutContent, layout: Layout, days: list[date]) -> Table:
    look = layout.look
    centred = ParagraphStyle("day", parent=look.cell, alignment=1)
    header = [Paragraph("<b>Exercise</b>", look.cell)] + [
        Paragraph(f"<b>{_WEEKDAYS[day.weekday()]}</b><br/>{layout.dates.short(day)}", centred) for day in days
    ]
    rows: list[list[Flowable]] = [header]
    for number, item in enumerate(content.stage.items, start=1):
        times = item.dosage.times_per_day
        name = layout.paragraph(f"{number}. {item.exercise.name}", look.cell, f"exercise {number}")
        rows.append([name] + [_boxes(times, look.tick_box) for _day in days])
    for label in ("Back pain (0 to 10)", "Leg pain (0 to 10)"):
        rows.append([Paragraph(f"<b>{label}</b>", look.cell)] + [WriteIn(look.tick_box) for _day in days])
    name_width = layout.width * NAME_SHARE
    day_width = (layout.width - name_width) / len(days)
    return layout.table(
        rows,
        [name_width] + [day_width] * len(days),
        [
            ("GRID", (0, 0), (-1, -1), 0.75, black),
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER_GREY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (1, 0), (-1, -1), 2),
            ("RIGHTPADDING", (1, 0), (-1, -1), 2),
        ],
        repeatRows=1,
    )


def _boxes(times_a_day: int, size: float) -> Flowable:
    return TickBoxes(times_a_day, size) if times_a_day <= MAX_BOXES else WriteIn(size)
