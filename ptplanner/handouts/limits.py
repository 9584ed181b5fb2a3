"""The patient's limits: one line a subject, each saying until when (merged in core.limits)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ptplanner.core.language import tr
from ptplanner.core.limits import limits_in_force
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.styles import Layout


def precautions(content: HandoutContent, layout: Layout, snug: bool = False) -> list[Flowable]:
    """The limits under their heading; `snug`: less space around it (page 1 where that lets it hold it all)."""
    dates = content.stage_dates()
    end, day = dates[1] if dates else None, content.limits_day(layout.today)
    weight = content.clinic.weight_unit
    lines = limits_in_force(content.patient, content.stage, end, day, layout.dates, weight)
    if not lines:
        return []
    texts = tuple(line.text for line in lines)
    lines = layout.bullets(texts, "the precautions", tight=True)
    return [layout.section(tr("Your limits"), lines, close=True, snug=snug)]
