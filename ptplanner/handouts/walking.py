"""The stage's walking plan: this week's walks in the heading, then every week with its dates.

Every number comes from the plan (core.walking), read for the handout's print day, so the walking
item's dose box, this section and the log sheet agree. A stage after the plan has ended says how much
to keep walking instead.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from ptplanner.core.language import tr
from ptplanner.core.walking import (
    DatedWeek,
    WalkingPlan,
    dated_schedule,
    walks_text,
    week_index_on,
    weeks_ahead_text,
)
from ptplanner.core.walking_program import last_plan_before, walking_start
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.styles import Layout

COLUMNS = ("Week", "Dates", "Walks a day", "Minutes each walk", "Minutes a day")
COLUMN_SHARES = (0.16, 0.32, 0.17, 0.18, 0.17)
NOW_GREY = Color(0.85, 0.85, 0.85)
CELL_PADDING = 4  # at each side of a table cell
DATES = 1  # the column that gives way


def dated_plan(content: HandoutContent, plan: WalkingPlan, today: date) -> tuple[list[DatedWeek], int]:
    """The plan week by week with its dates, and the index of the week in force on `today` (the print
    day). A plan with no known first day (no surgery date, stage not yet entered) starts on `today`."""
    start = walking_start(content.program, content.stage_index, content.patient.surgery_date) or today
    return dated_schedule(plan, start), week_index_on(plan, start, today)


def walking_plan(content: HandoutContent, layout: Layout, under_its_exercise: bool = False) -> list[Flowable]:
    """The plan's section; `under_its_exercise`: printed right under the walking exercise, whose dose box
    already says this week's walks in a sentence, so the section does not say it a third time."""
    plan = content.stage.walking
    if plan is not None:
        return [_plan_section(content, plan, layout, under_its_exercise)]
    earlier = last_plan_before(content.program, content.stage_index)
    if earlier is None:
        return []
    return [
        layout.section(
            tr("Keep walking"),
            Paragraph(layout.text(keep_walking_text(earlier)), layout.look.body),
        )
    ]


def keep_walking_text(earlier: WalkingPlan) -> str:
    """What to do when this stage has no walking plan but an earlier one had: keep its last daily total."""
    minutes = earlier.final_minutes_per_day()
    return tr(
        "Your walking plan has ended. Keep walking at least {minutes} minutes every day. You can split "
        "this into shorter walks. Write the minutes you walk each day on your log sheet."
    ).format(minutes=minutes)


def plan_heading(weeks: list[DatedWeek], now: int, today: date, layout: Layout) -> str:
    """'This week (Dec 7 to Dec 13): 3 walks of 10 minutes', or when the plan starts or has ended."""
    words = layout.dates
    first, last, week = weeks[0], weeks[-1], weeks[now]
    if today < first.first_day:
        text = tr("Your walking plan starts {day}: {walks}")
        return text.format(day=words.long(first.first_day), walks=walks_text(first.week))
    if today > last.last_day:
        return tr("Walking from now on: {walks} every day").format(walks=walks_text(last.week))
    span = words.short_span(week.first_day, week.last_day)
    return tr("Walking this week ({span}): {walks}").format(span=span, walks=walks_text(week.week))


def _plan_section(
    content: HandoutContent, plan: WalkingPlan, layout: Layout, under_its_exercise: bool
) -> Flowable:
    """The heading with this week's walks, how to read the table, the table, and the log. Under the walking
    exercise, whose dose box says this week's walks and whose steps say to go back a week after a
    flare-up, those are not said again."""
    weeks, now = dated_plan(content, plan, layout.today)
    week = weeks[now].week
    look = layout.look
    how = tr(
        "Walk {times} a day. Each walk is {minutes} minutes. That is {total} minutes a day."
    ).format(times=_times(week.walks_per_day), minutes=week.minutes_per_walk, total=week.minutes_per_day)
    how = f"{how} {tr(weeks_ahead_text(plan, week.week))}"
    after = tr(
        "If your pain flares up, go back to the last week that felt fine. Write the minutes you "
        "walk each day on your log sheet."
    )
    if under_its_exercise:
        after = tr("Write the minutes you walk each day on your log sheet.")
    return layout.section(
        plan_heading(weeks, now, layout.today, layout),
        *([] if under_its_exercise else [Paragraph(layout.text(how), look.body)]),
        Paragraph(layout.text(_how_to_read(weeks, layout)), look.body),
        _table(weeks, now, tr("next") if layout.today < weeks[0].first_day else tr("now"), layout),
        Paragraph(layout.text(after), look.body),
    )


def _how_to_read(weeks: list[DatedWeek], layout: Layout) -> str:
    if layout.today < weeks[0].first_day:
        return tr("Start with the first row on {day}. Each new week, go to the next row.").format(
            day=layout.dates.long(weeks[0].first_day)
        )
    if weeks[-1].first_day <= layout.today <= weeks[-1].last_day:  # no next row to go to (one line)
        return tr("The row marked \u201cnow\u201d is this week, the plan's last.")
    if layout.today > weeks[-1].last_day:
        return tr(
            "You have reached the last row, marked \u201cnow\u201d. Keep doing these walks every day until your "
            "therapist changes your plan."
        )
    return tr("The row marked \u201cnow\u201d is this week. Each new week, go to the next row.")


def _times(count: int) -> str:
    return {1: tr("once"), 2: tr("twice")}.get(count, tr("{count} times").format(count=count))


def _widths(cells: list[tuple[str, ...]], layout: Layout) -> list[float]:
    """Each heading on one line where they all fit across the width with the rows' `cells` (the room left
    shared out), else the columns' shares of the width, each at least as wide as the longest word of its
    heading ("caminata" in large print), the room taken from the dates column, which has room to spare."""
    font, size = layout.look.strong.fontName, layout.look.cell.fontSize
    whole = [
        max(stringWidth(text, font, size) for text in (tr(title), *(row[column] for row in cells)))
        + 2 * CELL_PADDING + 2
        for column, title in enumerate(COLUMNS)
    ]
    if sum(whole) <= layout.width:
        spare = (layout.width - sum(whole)) / len(whole)
        return [width + spare for width in whole]
    widths = [layout.width * share for share in COLUMN_SHARES]
    for column, title in enumerate(COLUMNS):
        longest = max(stringWidth(word, font, size) for word in tr(title).split()) + 2 * CELL_PADDING + 2
        if column != DATES and longest > widths[column]:
            widths[DATES] -= longest - widths[column]
            widths[column] = longest
    return widths


def _cells(dated: DatedWeek, marked: bool, mark: str, layout: Layout) -> tuple[str, ...]:
    """A week's row: its number (marked "now" or "next"), its dates, its walks and minutes."""
    week = dated.week
    return (
        f"{week.week} ({mark})" if marked else str(week.week),
        layout.dates.short_span(dated.first_day, dated.last_day),
        str(week.walks_per_day),
        str(week.minutes_per_walk),
        str(week.minutes_per_day),
    )


def _table(weeks: list[DatedWeek], now: int, mark: str, layout: Layout) -> Table:
    cell = layout.look.cell
    cells = [_cells(dated, index == now, mark, layout) for index, dated in enumerate(weeks)]
    rows = [[Paragraph(f"<b>{tr(title)}</b>", cell) for title in COLUMNS]]
    for index, texts in enumerate(cells):
        rows.append([Paragraph(f"<b>{t}</b>" if index == now else t, cell) for t in texts])
    widths = _widths(cells, layout)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.75, black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, now + 1), (-1, now + 1), NOW_GREY),
        ("BOX", (0, now + 1), (-1, now + 1), 2, black),
        ("TOPPADDING", (0, 0), (-1, -1), 2),  # a table to read, not to write in: rows a little closer
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    return layout.table(rows, widths, style, repeatRows=1, spaceBefore=2, spaceAfter=layout.look.space * 0.5)
