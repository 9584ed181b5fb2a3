"""The stage's walking plan: a week-by-week table."""

from __future__ import annotations

from reportlab.lib.colors import black
from reportlab.platypus import Flowable, Paragraph, Table

from ptplanner.core.walking import WalkingPlan
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.styles import Layout

WALKING_COLUMNS = ("Week", "Walks a day", "Minutes each walk", "Minutes in all")


def walking_plan(content: HandoutContent, layout: Layout) -> list[Flowable]:
    plan = content.stage.walking
    if plan is None:
        return []
    look = layout.look
    return [
        layout.section(
            "Your walking plan",
            Paragraph(layout.text(plan.describe()), look.body),
            _schedule_table(plan, layout),
            Paragraph(
                layout.text(
                    "If your pain flares up, go back to the last week that felt fine. Wear good shoes."
                ),
                look.body,
            ),
        )
    ]


def _schedule_table(plan: WalkingPlan, layout: Layout) -> Table:
    cell = layout.look.cell
    rows = [[Paragraph(f"<b>{title}</b>", cell) for title in WALKING_COLUMNS]]
    for week in plan.schedule():
        numbers = (week.week, week.walks_per_day, week.minutes_per_walk, week.minutes_per_day)
        rows.append([Paragraph(str(number), cell) for number in numbers])
    widths = [layout.width / len(WALKING_COLUMNS)] * len(WALKING_COLUMNS)
    style = [("GRID", (0, 0), (-1, -1), 0.75, black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    return layout.table(rows, widths, style, repeatRows=1, spaceBefore=2, spaceAfter=layout.look.space * 0.5)
