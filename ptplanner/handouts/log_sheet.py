"""The log sheet the patient brings back: a week of days by exercise, with boxes a pen can use.

Rows are numbered like the exercises and follow the program's order, and each day has its date,
so the sheet can be typed in as daily log entries at the next visit. Every box is at least 5 mm
(7 mm in large print); an exercise done more often than there are boxes gets one box to write the
count in, marked "times". A stage that walks gets a "Minutes walked" row with the plan's minutes for
each day; a Notes row takes flare-ups and warning signs. Row names are kept to one line: the name
column gets the room it needs (up to a share of the page), and only a name longer than that is cut.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.colors import Color, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from ptplanner.core.program import ProgramItem
from ptplanner.core.walking_program import is_walking_item, planned_minutes_on, stage_walks
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.log_boxes import TickBoxes, WriteIn
from ptplanner.handouts.styles import Layout

DAYS_PER_SHEET = 7
MAX_BOXES = 4  # more sessions a day than this: one box to write the count in
MIN_BOX = 5.5 * mm  # 5 mm asked for, with a margin for the line width
BOX_PER_POINT = 1.2  # box side per point of body text: 15.6 pt (5.5 mm) normal, 20.4 pt (7.2 mm) large
CELL_PADDING = 3
ELLIPSIS = "\u2026"
_WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_HEADER_GREY = Color(0.88, 0.88, 0.88)
WALKED = "Minutes walked"
PLANNED = "Walking plan: minutes"
NOTES = "Notes"
INSTRUCTIONS = (
    "Tick a box each time you do an exercise. In a long box, write how many times you did it. Write "
    "the minutes you walked. Each evening, write your back pain and leg pain from 0 (none) to 10 "
    "(worst). Under Notes, write any flare-up or warning sign. Bring this sheet to your next visit."
)


def box_size(layout: Layout) -> float:
    return max(MIN_BOX, BOX_PER_POINT * layout.look.body.fontSize)


def log_sheet_start(content: HandoutContent, today: date) -> date:
    """The log starts on the day the handout is printed, or when the stage starts if that is later."""
    dates = content.stage_dates()
    return max(today, dates[0]) if dates is not None else today


def log_sheets(content: HandoutContent, layout: Layout, weeks: int) -> list[Flowable]:
    """The log starts on a page of its own, with how to fill it in; each week is kept whole, two to a
    page where they fit, so the sheet to bring back is as short as it can be."""
    start = log_sheet_start(content, layout.today)
    parts: list[Flowable] = [PageBreak()]
    for week in range(weeks):
        first = start + timedelta(days=DAYS_PER_SHEET * week)
        days = [first + timedelta(days=offset) for offset in range(DAYS_PER_SHEET)]
        title = Paragraph(
            layout.text(
                f"My exercise log: week {week + 1}, from {layout.dates.long(days[0])} "
                f"to {layout.dates.long(days[-1])}"
            ),
            layout.look.section,
        )
        how = [Paragraph(layout.text(INSTRUCTIONS), layout.look.body)] if week == 0 else []
        parts.append(KeepTogether([title, *how, _grid(content, layout, days)]))
    return parts


def row_names(content: HandoutContent) -> list[str]:
    """The name of each row after the header, top to bottom."""
    names: list[str] = []
    for number, item in enumerate(content.stage.items, start=1):
        names += [PLANNED, f"{number}. {WALKED}"] if is_walking_item(item) else [_item_name(number, item)]
    if _walks(content) and PLANNED not in names:
        names += [PLANNED, WALKED]
    return names + ["Back pain", "Leg pain", NOTES]


def _item_name(number: int, item: ProgramItem) -> str:
    times = item.dosage.times_per_day
    return f"{number}. {item.exercise.name}" + (f" ({times} a day)" if times > MAX_BOXES else "")


def _walks(content: HandoutContent) -> bool:
    return stage_walks(content.program, content.stage_index)


def _grid(content: HandoutContent, layout: Layout, days: list[date]) -> Table:
    look = layout.look
    box = box_size(layout)
    names = row_names(content)
    day_width = _day_width(layout, box, ["/10", "min"])
    name_width = min(_widest(names, layout) + 2 * CELL_PADDING + 2, layout.width - len(days) * day_width)
    day_width = (layout.width - name_width) / len(days)
    rows: list[list[Flowable]] = [_header(days, layout, day_width)]
    walk_rows: list[int] = []
    names_left = iter(names)
    for item in content.stage.items:
        if is_walking_item(item):
            walk_rows.append(len(rows))
            rows += _walking_rows(content, layout, days, next(names_left), next(names_left), name_width, box)
        else:
            cells = [_item_cell(item.dosage.times_per_day, box, layout) for _ in days]
            rows.append([_name(next(names_left), name_width, layout), *cells])
    if WALKED in names:
        walk_rows.append(len(rows))
        rows += _walking_rows(content, layout, days, next(names_left), next(names_left), name_width, box)
    for label in (next(names_left), next(names_left)):
        rows.append(
            [_name(label, name_width, layout, bold=True)]
            + [WriteIn(box, "/10", look.cell.fontName, look.label.fontSize) for _ in days]
        )
    rows.append([_name(next(names_left), name_width, layout, bold=True)] + [Spacer(1, box * 2) for _ in days])
    plan_rows = [("BACKGROUND", (0, row), (-1, row), _HEADER_GREY) for row in walk_rows]
    return layout.table(
        rows,
        [name_width] + [day_width] * len(days),
        [
            ("GRID", (0, 0), (-1, -1), 0.75, black),
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER_GREY),
            *plan_rows,
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ],
        repeatRows=1,
    )


def _day_width(layout: Layout, box: float, units: list[str]) -> float:
    """The narrowest a day column may be: its weekday, the planned minutes, a tick box with room to spare,
    the unit of a box to write in (as wide as the column) with room beside it. A count box's "times" may
    not fit in large print; its row name says how many a day instead."""
    cell, bold = layout.look.cell, layout.look.strong.fontName
    texts = [stringWidth(day, bold, cell.fontSize) for day in _WEEKDAYS]
    texts.append(stringWidth("000", cell.fontName, cell.fontSize))
    texts += [stringWidth(unit, cell.fontName, layout.look.label.fontSize) + 6 for unit in units]
    return max(*texts, box * 1.6) + 2 * CELL_PADDING


def _widest(names: list[str], layout: Layout) -> float:
    bold, size = layout.look.strong.fontName, layout.look.cell.fontSize
    return max(stringWidth(name, bold, size) for name in names + ["Exercise"])


def _header(days: list[date], layout: Layout, day_width: float) -> list[Flowable]:
    cell = layout.look.cell
    centred = ParagraphStyle("day", parent=cell, alignment=1)
    room = day_width - 2 * CELL_PADDING
    fits = all(stringWidth(layout.dates.short(day), cell.fontName, cell.fontSize) <= room for day in days)
    dates = [layout.dates.short(day) if fits else str(day.day) for day in days]
    return [Paragraph("<b>Exercise</b>", cell)] + [
        Paragraph(f"<b>{_WEEKDAYS[day.weekday()]}</b><br/>{text}", centred) for day, text in zip(days, dates)
    ]


def _walking_rows(
    content: HandoutContent,
    layout: Layout,
    days: list[date],
    plan_name: str,
    walked_name: str,
    name_width: float,
    box: float,
) -> list[list[Flowable]]:
    """The minutes the plan asks for each day, printed, and under them a box for the minutes walked."""
    surgery = content.patient.surgery_date
    cell = layout.look.cell
    centred = ParagraphStyle("planned", parent=cell, alignment=1)
    planned = [
        planned_minutes_on(content.program, content.stage_index, surgery, day, layout.today) for day in days
    ]
    return [
        [_name(plan_name, name_width, layout)]
        + [Paragraph("" if minutes is None else str(minutes), centred) for minutes in planned],
        [_name(walked_name, name_width, layout, bold=True)]
        + [WriteIn(box, "min", cell.fontName, layout.look.label.fontSize) for _ in days],
    ]


def _item_cell(times_a_day: int, box: float, layout: Layout) -> Flowable:
    if times_a_day <= MAX_BOXES:
        return TickBoxes(times_a_day, box)
    return WriteIn(box, "times", layout.look.cell.fontName, layout.look.label.fontSize)


def one_line(text: str, width: float, font: str, size: float) -> str:
    """`text` cut at a word (or, failing that, a letter) with an ellipsis so it fits `width`."""
    if stringWidth(text, font, size) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1 and stringWidth(" ".join(words) + ELLIPSIS, font, size) > width:
        words.pop()
    cut = " ".join(words)
    while cut and stringWidth(cut + ELLIPSIS, font, size) > width:
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS


def _name(text: str, width: float, layout: Layout, bold: bool = False) -> Paragraph:
    cell = layout.look.cell
    font = layout.look.strong.fontName if bold else cell.fontName
    fitted = one_line(text, width - 2 * CELL_PADDING - 1, font, cell.fontSize)
    shown = layout.text(fitted, "the log sheet")
    return Paragraph(f"<b>{shown}</b>" if bold else shown, cell)
