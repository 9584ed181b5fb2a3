"""'When to get help': the red flags, grouped by what to do, kept together on one page."""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table

from ptplanner.core.red_flags import RedFlagGroup, Urgency, red_flags
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.styles import Layout

LIGHT_GREY = Color(0.88, 0.88, 0.88)


def warning_signs(content: HandoutContent, layout: Layout) -> list[Flowable]:
    parts: list[Flowable] = []
    for group in red_flags(content.clinic):
        parts += [_group_box(group, layout), Spacer(1, layout.look.space * 0.6)]
    return [layout.section("When to get help", *parts)]


def _group_box(group: RedFlagGroup, layout: Layout) -> Table:
    emergency = group.urgency is Urgency.EMERGENCY
    heading_style = ParagraphStyle(
        "flag-heading", parent=layout.look.strong, textColor=white if emergency else black, spaceAfter=0
    )
    rows = [
        [layout.paragraph(group.action, heading_style, "the clinic's phone")],
        [layout.bullets(group.signs)],
    ]
    return layout.table(
        rows,
        [layout.width],
        [
            ("BOX", (0, 0), (-1, -1), 3 if emergency else 1.5, black),
            ("BACKGROUND", (0, 0), (-1, 0), black if emergency else LIGHT_GREY),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 7),
            ("TOPPADDING", (0, 1), (-1, 1), 6),
        ],
    )
