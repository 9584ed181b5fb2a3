"""The patient's precautions, with their own numbers and dates."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ptplanner.core.handout_text import precaution_sentence
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.styles import Layout


def precautions(content: HandoutContent, layout: Layout) -> list[Flowable]:
    own = [precaution_sentence(p, layout.dates) for p in content.patient.active_precautions(layout.today)]
    lines = tuple(own) + content.stage.precautions
    if not lines:
        return []
    return [layout.section("Your limits", layout.bullets(lines, "the precautions"))]

