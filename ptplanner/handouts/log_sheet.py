"""The log sheet the patient brings back: days by exercise, with boxes a pen can use.

Two weeks stand in one table where their days fit across the page (normal print), so the sheet to bring
back is one page; else a week a table. Rows are numbered like the exercises and follow the program's
order, and each day has its date, so the sheet can be typed in as daily log entries at the next visit.
Every box is at least 5 mm (7 mm in large print); an exercise done more often than there are boxes gets
one box to write the count in, marked "times" where the column has room. A stage that walks gets a
"Minutes walked" row with the plan's minutes for each day; a Notes row across all the days takes
flare-ups and warning signs. The name column gets the room its names need, up to what the days leave; a
name longer than that takes two lines in normal print where that adds no page to the handout (else one;
in large print, where nothing wraps, always one), and only a name longer still is cut, with an ellipsis
before what must stay whole (a pain row's "(0 to 10)", a count row's "(6 a day)").
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from reportlab.lib.colors import Color, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from ptplanner.core.dates import handout_locale
from ptplanner.core.language import tr
from ptplanner.core.local_formats import BabelFormats
from ptplanner.core.program import ProgramItem
from ptplanner.core.walking_program import is_walking_item, planned_minutes_on, stage_walks
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.log_boxes import TickBoxes, WriteIn
from ptplanner.handouts.paragraphs import paragraph
from ptplanner.handouts.styles import Layout

_A_MONDAY = date(2024, 1, 1)

DAYS_PER_SHEET = 7
MAX_BOXES = 4  # more sessions a day than this: one box to write the count in
MIN_BOX = 5.5 * mm  # 5 mm asked for, with a margin for the line width
BOX_PER_POINT = 1.2  # box side per point of body text: 15.6 pt (5.5 mm) normal, 20.4 pt (7.2 mm) large
CELL_PADDING = 3
ROW_PADDING = 2.5  # above and below a row's boxes: 1.8 mm between the boxes of two rows
DAY_PADDING = 1.5  # at each side of a day's cell
WEEKS_PER_TABLE = 2  # where their days fit across the page
LEAST_NAME_SHARE = 0.3  # of the width: the name column keeps this much, or the weeks go one to a table
ELLIPSIS = "\u2026"
NO_BREAK = "\u00a0"  # a space no line breaks at
NAME_LINES = 2  # a row name may take this many lines in normal print, where that costs no page; large: one
_HEADER_GREY = Color(0.88, 0.88, 0.88)
WALKED = "Minutes walked"
PLANNED = "Walking plan: minutes"
NOTES = "Notes"
BACK_PAIN = "Back pain (0 to 10)"
LEG_PAIN = "Leg pain (0 to 10)"
TICK = "Tick a box each time you do an exercise."
COUNT = "In a long box, write how many times you did it."
WALK = "Write the minutes you walked."
PAIN_AND_NOTES = (
    "Each evening, write your back pain and leg pain from 0 (none) to 10 (worst). Under Notes, write any "
    "flare-up or warning sign. Bring this sheet to your next visit."
)
NOTES_HINT = "Flare-ups and warning signs: write the day and what happened."


def box_size(layout: Layout) -> float:
    return max(MIN_BOX, BOX_PER_POINT * layout.look.body.fontSize)


def log_sheet_start(content: HandoutContent, today: date) -> date:
    """The log starts on the day the handout is printed, or when the stage starts if that is later."""
    dates = content.stage_dates()
    return max(today, dates[0]) if dates is not None else today


def log_sheets(
    content: HandoutContent, layout: Layout, weeks: int, name_lines: int = NAME_LINES, stage_end: bool = True
) -> list[Flowable]:
    """The log starts on a page of its own, with how to fill it in; two weeks to a table where their days
    fit across the page, each table kept whole, so the sheet to bring back is as short as it can be.
    `name_lines`: the lines a row name may take in normal print (large print: one). `stage_end`: say when
    the stage ends, where it ends before the log does (stage_end_note)."""
    lines = 1 if layout.large_print else name_lines
    parts: list[Flowable] = [PageBreak()]
    note = stage_end_note(content, layout, weeks) if stage_end else ""
    for first_week, count, days in _tables(content, layout, weeks):
        title = log_title(first_week, count, days, layout, alone=count == weeks)
        words = instructions(content) + note
        how = [Paragraph(layout.text(words), layout.look.body)] if first_week == 0 else []
        parts.append(KeepTogether([title, *how, _grid(content, layout, days, lines)]))
    return parts


def names_wrap(content: HandoutContent, layout: Layout, weeks: int) -> bool:
    """Whether a row name takes a second line in normal print (in large print none does)."""
    if layout.large_print:
        return False
    names = row_names(content)
    for _first, _count, days in _tables(content, layout, weeks):
        if _widest(names, layout) > _text_room(_column_widths(names, layout, days)[0]):
            return True
    return False


def _tables(content: HandoutContent, layout: Layout, weeks: int) -> Iterator[tuple[int, int, list[date]]]:
    """Each table's first week (counted from 0), its number of weeks, and its days."""
    start = log_sheet_start(content, layout.today)
    per_table = WEEKS_PER_TABLE if _days_fit(layout, WEEKS_PER_TABLE * DAYS_PER_SHEET) else 1
    for first_week in range(0, weeks, per_table):
        count = min(per_table, weeks - first_week)
        first = start + timedelta(days=DAYS_PER_SHEET * first_week)
        yield first_week, count, [first + timedelta(days=offset) for offset in range(DAYS_PER_SHEET * count)]


def log_title(first_week: int, count: int, days: list[date], layout: Layout, alone: bool = False) -> Paragraph:
    """'My exercise log: weeks 1 and 2, December 5 to December 18' ('week 3, ...' for one week), on one
    line where it fits, else broken before the weeks and then before the dates: left to wrap, it left a
    lone "18" of "December 5 to December 18" on a line of its own. `alone`: the log's only table, which
    needs no week numbers (they would read like the walking plan's weeks): 'My exercise log: December 5
    to December 18'."""
    words = {"span": layout.dates.first_to_last(days[0], days[-1])}
    template = tr("My exercise log: {span}")
    if not alone:
        words["weeks"] = (
            tr("week {number}").format(number=first_week + 1)
            if count == 1
            else tr("weeks {first} and {second}").format(first=first_week + 1, second=first_week + 2)
        )
        template = tr("My exercise log: {weeks}, {span}")
    cuts = sorted(template.index("{" + name + "}") for name in words)
    pieces = [template[start:end] for start, end in zip([0, *cuts], [*cuts, len(template)])]
    lines = _fewest_lines([piece.format(**words).strip() for piece in pieces], layout.look.section, layout)
    return Paragraph("<br/>".join(layout.text(line) for line in lines), layout.look.section)


def _fewest_lines(pieces: list[str], style: ParagraphStyle, layout: Layout) -> list[str]:
    """`pieces` on one line if they fit, else the first apart and the rest together, else one a line."""
    for lines in ([" ".join(pieces)], [pieces[0], " ".join(pieces[1:])]):
        if all(stringWidth(line, style.fontName, style.fontSize) <= layout.width for line in lines):
            return lines
    return pieces


def instructions(content: HandoutContent) -> str:
    """How to fill in the sheet: only what this sheet has (a count box, walking), so it stays short."""
    items = [item for item in content.stage.items if not is_walking_item(item)]
    words = [TICK] if items else []
    if any(item.dosage.times_per_day > MAX_BOXES for item in items):
        words.append(COUNT)
    if _walks(content):
        words.append(WALK)
    return " ".join(tr(text) for text in [*words, PAIN_AND_NOTES])


def stage_end_note(content: HandoutContent, layout: Layout, weeks: int) -> str:
    """' This stage ends December 7; keep doing these exercises until we see you.' where the stage
    ends while the log runs ('' else): its days after that are logged too, and the patient should neither
    stop on the stage's last day nor guess what comes next. (document.py leaves it out where it would
    cost a page.)"""
    dates = content.stage_dates()
    start = log_sheet_start(content, layout.today)
    last_day = start + timedelta(days=DAYS_PER_SHEET * weeks - 1)
    if dates is None or dates[1] is None or not start <= dates[1] < last_day:
        return ""
    words = tr("This stage ends {day}; keep doing these exercises until we see you.")
    return " " + words.format(day=layout.dates.long(dates[1]))


def row_names(content: HandoutContent) -> list[str]:
    """The name of each row after the header, top to bottom."""
    names: list[str] = []
    planned, walked = tr(PLANNED), tr(WALKED)
    for number, item in enumerate(content.stage.items, start=1):
        names += [planned, f"{number}. {walked}"] if is_walking_item(item) else [_item_name(number, item)]
    if _walks(content) and planned not in names:
        names += [planned, walked]
    return names + [tr(BACK_PAIN), tr(LEG_PAIN), tr(NOTES)]


def _item_name(number: int, item: ProgramItem) -> str:
    return f"{number}. {item.exercise.name}{_a_day(item)}"


def _a_day(item: ProgramItem) -> str:
    """How many times a day, after the name of an exercise whose row has a count box instead of tick
    boxes: never cut off a name too long for its column (the name is cut before it)."""
    times = item.dosage.times_per_day
    return " " + tr("({times} a day)").format(times=times) if times > MAX_BOXES else ""


def _scale(label: str) -> str:
    """A pain row's scale, " (0 to 10)", at the end of its name: never cut off."""
    start = label.rfind(" (")
    return label[start:] if start > 0 and label.endswith(")") else ""


def _walks(content: HandoutContent) -> bool:
    return stage_walks(content.program, content.stage_index)


def _column_widths(names: list[str], layout: Layout, days: list[date]) -> tuple[float, float, ParagraphStyle]:
    """The name column's width, a day's and the style of the days' header: the names get the room they need,
    up to what the days leave."""
    box = box_size(layout)
    day_width = _day_width(layout, box, ["/10", tr("min")])
    day_style = layout.look.cell
    if len(days) * day_width > layout.width * (1 - LEAST_NAME_SHARE):  # two weeks: units left to the names
        day_width, day_style = _day_width(layout, box, [], narrow=True), layout.look.label
    name_width = min(_widest(names, layout) + 2 * CELL_PADDING + 2, layout.width - len(days) * day_width)
    return name_width, (layout.width - name_width) / len(days), day_style


def _grid(content: HandoutContent, layout: Layout, days: list[date], lines: int) -> Table:
    look = layout.look
    box = box_size(layout)
    names = row_names(content)
    name_width, day_width, day_style = _column_widths(names, layout, days)
    rows: list[list[Flowable]] = [_header(days, layout, day_width, day_style)]
    walk_rows: list[int] = []
    names_left = iter(names)
    for item in content.stage.items:
        if is_walking_item(item):
            walk_rows.append(len(rows))
            rows += _walking_rows(content, layout, days, _two(names_left), name_width, day_style, lines)
        else:
            cells = [_item_cell(item.dosage.times_per_day, box, layout) for _ in days]
            rows.append([_name(next(names_left), name_width, layout, lines, kept_end=_a_day(item)), *cells])
    if tr(WALKED) in names:
        walk_rows.append(len(rows))
        rows += _walking_rows(content, layout, days, _two(names_left), name_width, day_style, lines)
    for label in (next(names_left), next(names_left)):
        rows.append(
            [_name(label, name_width, layout, lines, bold=True, kept_end=_scale(label))]
            + [WriteIn(box, "/10", look.cell.fontName, look.label.fontSize) for _ in days]
        )
    hint = Paragraph(layout.text(tr(NOTES_HINT)), ParagraphStyle("hint", parent=look.label, alignment=0))
    notes_name = _name(next(names_left), name_width, layout, lines, bold=True)
    rows.append([notes_name, hint] + [""] * (len(days) - 1))
    notes = len(rows) - 1
    plan_rows = [("BACKGROUND", (0, row), (-1, row), _HEADER_GREY) for row in walk_rows]
    week_ends = range(DAYS_PER_SHEET, len(days), DAYS_PER_SHEET)
    between_weeks = [("LINEAFTER", (column, 0), (column, -1), 2.5, black) for column in week_ends]
    return layout.table(
        rows,
        [name_width] + [day_width] * len(days),
        [
            ("GRID", (0, 0), (-1, -1), 0.75, black),
            *between_weeks,
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER_GREY),
            *plan_rows,
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), ROW_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PADDING),
            ("LEFTPADDING", (0, 0), (0, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (0, -1), CELL_PADDING),
            ("LEFTPADDING", (1, 0), (-1, -1), DAY_PADDING),
            ("RIGHTPADDING", (1, 0), (-1, -1), DAY_PADDING),
            ("SPAN", (1, notes), (-1, notes)),
            ("VALIGN", (1, notes), (-1, notes), "TOP"),
            ("ALIGN", (1, notes), (-1, notes), "LEFT"),
            ("LEFTPADDING", (1, notes), (-1, notes), CELL_PADDING),
            ("BOTTOMPADDING", (1, notes), (-1, notes), box),
        ],
        repeatRows=1,
    )


def _two(names: Iterator[str]) -> tuple[str, str]:
    return next(names), next(names)


def _days_fit(layout: Layout, count: int) -> bool:
    """Whether `count` days fit across the page beside the name column at its least."""
    least = _day_width(layout, box_size(layout), [], narrow=True)
    return count * least <= layout.width * (1 - LEAST_NAME_SHARE)


def _day_width(layout: Layout, box: float, units: list[str], narrow: bool = False) -> float:
    """The narrowest a day column may be: its weekday, the planned minutes, a tick box with room to spare,
    and the `units` of the boxes to write in (as wide as the column) with room beside them. Without
    units (two weeks across the page), the row names say what to write. A count box's "times" may
    not fit; its row name says how many a day instead. `narrow`: the weekdays and planned minutes in the
    smaller type of the labels."""
    cell = layout.look.label if narrow else layout.look.cell
    bold = layout.look.strong.fontName
    texts = [stringWidth(day, bold, cell.fontSize) for day in _weekdays(layout)]
    texts.append(stringWidth("000", cell.fontName, cell.fontSize))
    texts += [stringWidth(unit, cell.fontName, layout.look.label.fontSize) + 6 for unit in units]
    room = box * 1.6 if units else box + 3
    return max(*texts, room) + 2 * DAY_PADDING


def _widest(names: list[str], layout: Layout) -> float:
    bold, size = layout.look.strong.fontName, layout.look.cell.fontSize
    return max(stringWidth(name, bold, size) for name in names + [tr("Exercise")])


def _header(days: list[date], layout: Layout, day_width: float, cell: ParagraphStyle) -> list[Flowable]:
    centred = ParagraphStyle("day", parent=cell, alignment=1)
    room = day_width - 2 * CELL_PADDING
    fits = all(stringWidth(layout.dates.short(day), cell.fontName, cell.fontSize) <= room for day in days)
    dates = [layout.dates.short(day) if fits else str(day.day) for day in days]
    weekdays = _weekdays(layout)
    return [paragraph(f"<b>{tr('Exercise')}</b>", layout.look.cell)] + [
        paragraph(f"<b>{weekdays[day.weekday()]}</b><br/>{text}", centred) for day, text in zip(days, dates)
    ]


def _weekdays(layout: Layout) -> tuple[str, ...]:
    """Monday to Sunday in two letters ('Mo', 'LU'), as the document's locale abbreviates them."""
    formats = BabelFormats(handout_locale(layout.date_style))
    return tuple(formats.weekday_initials(_A_MONDAY + timedelta(days=n)) for n in range(7))


def _walking_rows(
    content: HandoutContent,
    layout: Layout,
    days: list[date],
    names: tuple[str, str],
    name_width: float,
    day_style: ParagraphStyle,
    lines: int,
) -> list[list[Flowable]]:
    """The minutes the plan asks for each day, printed, and under them a box for the minutes walked."""
    plan_name, walked_name = names
    surgery = content.patient.surgery_date
    cell = layout.look.cell
    box = box_size(layout)
    centred = ParagraphStyle("planned", parent=day_style, alignment=1)
    planned = [
        planned_minutes_on(content.program, content.stage_index, surgery, day, layout.today) for day in days
    ]
    return [
        [_name(plan_name, name_width, layout, lines)]
        + [Paragraph("" if minutes is None else str(minutes), centred) for minutes in planned],
        [_name(walked_name, name_width, layout, lines, bold=True)]
        + [WriteIn(box, tr("min"), cell.fontName, layout.look.label.fontSize) for _ in days],
    ]


def _item_cell(times_a_day: int, box: float, layout: Layout) -> Flowable:
    if times_a_day <= MAX_BOXES:
        return TickBoxes(times_a_day, box)
    return WriteIn(box, tr("times"), layout.look.cell.fontName, layout.look.label.fontSize)


def one_line(text: str, width: float, font: str, size: float, kept_end: str = "") -> str:
    """`text` cut at a word (or, failing that, a letter) with an ellipsis so it fits `width`; `kept_end`,
    the end of `text`, stays whole after the ellipsis."""
    if stringWidth(text, font, size) <= width:
        return text
    end = kept_end if kept_end and text.endswith(kept_end) else ""
    words = text[: len(text) - len(end)].split(" ")
    while len(words) > 1 and stringWidth(" ".join(words) + ELLIPSIS + end, font, size) > width:
        words.pop()
    cut = " ".join(words)
    while cut and stringWidth(cut + ELLIPSIS + end, font, size) > width:
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS + end


def wrapped(text: str, width: float, font: str, size: float, lines: int, kept_end: str = "") -> str:
    """`text` as it fits in `lines` lines of `width`, broken between words as a paragraph breaks them: whole
    where it fits, else its last line cut as one_line cuts it (`kept_end` kept whole after the ellipsis, and
    on one line: "(0 to 10)" never breaks before its "10)")."""
    if kept_end and text.endswith(kept_end):
        glued = kept_end[0] + kept_end[1:].replace(" ", NO_BREAK)
        text, kept_end = text[: len(text) - len(kept_end)] + glued, glued
    words = text.split(" ")
    taken: list[str] = []  # the lines before the last
    while len(taken) < lines - 1 and words:
        line = [words.pop(0)]
        while words and stringWidth(" ".join([*line, words[0]]), font, size) <= width:
            line.append(words.pop(0))
        if stringWidth(" ".join(line), font, size) > width:  # a word wider than a line: cut on one line
            return one_line(text, width, font, size, kept_end)
        taken.append(" ".join(line))
    rest = " ".join(words)
    if stringWidth(rest, font, size) <= width:
        return text
    if kept_end and not rest.endswith(kept_end):  # the end to keep began on a line above: keep it there
        return one_line(text, width, font, size, kept_end)
    return " ".join([*taken, one_line(rest, width, font, size, kept_end)])


def _text_room(name_width: float) -> float:
    """The width a row name's text has in a name column `name_width` wide."""
    return name_width - 2 * CELL_PADDING - 1


def _name(
    text: str, width: float, layout: Layout, lines: int, bold: bool = False, kept_end: str = ""
) -> Paragraph:
    cell = layout.look.cell
    font = layout.look.strong.fontName if bold else cell.fontName
    fitted = wrapped(text, _text_room(width), font, cell.fontSize, lines, kept_end)
    shown = layout.text(fitted, "the log sheet")
    return paragraph(f"<b>{shown}</b>" if bold else shown, cell)
