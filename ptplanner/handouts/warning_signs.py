"""'When to get help': the warning signs in three boxes by whom to call, most urgent first, on page 1."""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table

from ptplanner.core.language import tr
from ptplanner.core.red_flags import RedFlagGroup, Urgency, before_surgery, red_flags
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.styles import Layout

LIGHT_GREY = Color(0.85, 0.85, 0.85)
_BORDER = {Urgency.EMERGENCY: 3, Urgency.SURGEON_TODAY: 2, Urgency.CLINIC: 1}
GAP = {False: 0.3, True: 0.2}  # of the gap between blocks, between two boxes: as usual, and snug
HEADING_PADDING = {False: (4, 5), True: (3, 3)}  # over and under whom to call: as usual, and snug


def warning_signs(
    content: HandoutContent, layout: Layout, urgent_only: bool = False, snug: bool = False
) -> list[Flowable]:
    """The three groups under one heading (`urgent_only`: the emergency and surgeon groups alone);
    `snug`: less space between and inside the boxes (page 1 where that lets it hold it all)."""
    parts: list[Flowable] = []
    for group in _groups(content, layout):
        if not (urgent_only and group.urgency is Urgency.CLINIC):
            parts += [_group_box(group, layout, snug), Spacer(1, layout.look.space * GAP[snug])]
    return [layout.section(tr("When to get help"), *parts, close=True, snug=snug)]


def questions_box(content: HandoutContent, layout: Layout) -> list[Flowable]:
    """The call-us group on its own, for where the urgent groups had to be printed without it."""
    group = _groups(content, layout)[-1]
    return [Spacer(1, layout.look.space * 0.5), _group_box(group, layout)]


def _groups(content: HandoutContent, layout: Layout) -> tuple[RedFlagGroup, ...]:
    ahead = before_surgery(content.program.before_surgery, content.patient.surgery_date, layout.today)
    return red_flags(content.clinic, content.patient, before_surgery=ahead)


def _group_box(group: RedFlagGroup, layout: Layout, snug: bool = False) -> Table:
    """The heading (whom to call, white on black for an emergency) over the signs."""
    emergency = group.urgency is Urgency.EMERGENCY
    heading_style = ParagraphStyle(
        "flag-heading", parent=layout.look.strong, textColor=white if emergency else black, spaceAfter=0
    )
    if not group.signs:  # a message of its own ("Call us if you have a question...")
        heading_style = layout.look.boxed
    rows = [[layout.paragraph(group.action, heading_style, "the phone numbers")]]
    over, under = HEADING_PADDING[snug]
    if group.signs:
        rows.append([layout.bullets(group.signs, tight=True)])
    return layout.table(
        rows,
        [layout.width],
        [
            ("BOX", (0, 0), (-1, -1), _BORDER[group.urgency], black),
            ("BACKGROUND", (0, 0), (-1, 0), black if emergency else LIGHT_GREY),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, 0), over),
            ("BOTTOMPADDING", (0, 0), (-1, 0), under),
        ],
    )
