"""One exercise on the handout: never split across pages, the dose always right under its name."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import black
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from ptplanner.core.exercise import Exercise
from ptplanner.core.pose import Pictures
from ptplanner.core.program import ProgramItem
from ptplanner.handouts.pictures import pictures_flowables
from ptplanner.handouts.styles import Layout

PICTURE_GAP = 12


def exercise_block(
    number: int, item: ProgramItem, layout: Layout, lead: Sequence[Flowable] = ()
) -> KeepTogether:
    """The block for the `number`th exercise; `lead` (e.g. a section heading) stays on its page."""
    exercise = item.exercise
    look = layout.look
    where = f"exercise {number}"
    parts: list[Flowable] = [
        *lead,
        layout.paragraph(f"{number}. {exercise.name}", look.exercise, where),
        _dose_box(item, layout, where),
        Spacer(1, look.space * 0.5),
        *_pictures_and_steps(item, layout, where),
        layout.paragraph(exercise.stop_if, look.strong, where),
    ]
    if item.note.strip():
        parts.append(
            layout.paragraph(
                item.note, look.body, f"the note for exercise {number}", label="Note from your therapist:"
            )
        )
    parts.append(
        HRFlowable(
            width="100%", thickness=1, color=black, spaceBefore=look.space * 0.2, spaceAfter=look.space * 0.7
        )
    )
    return KeepTogether(parts)


def _pictures_and_steps(item: ProgramItem, layout: Layout, where: str) -> list[Flowable]:
    """The pictures side by side across the page, then the instructions under them.

    Pictures carry the exercise for readers who struggle with words, so they get the width.
    """
    exercise = item.exercise
    text = _instructions(exercise, layout, where)
    needs = _equipment(exercise, layout, where)
    if exercise.pictures is None:
        return needs + text
    return [_pictures(exercise.pictures, layout), *needs, Spacer(1, layout.look.space * 0.4), *text]


def _instructions(exercise: Exercise, layout: Layout, where: str) -> list[Flowable]:
    look = layout.look
    parts: list[Flowable] = [
        layout.paragraph(exercise.summary, look.body, where),
        layout.numbered(exercise.steps, where),
    ]
    reminders = exercise.cues + exercise.precautions
    if reminders:
        parts += [Paragraph("<b>Remember:</b>", look.body), layout.bullets(reminders, where)]
    return parts


def _equipment(exercise: Exercise, layout: Layout, where: str) -> list[Flowable]:
    if not exercise.equipment:
        return []
    needs = ", ".join(e.value for e in exercise.equipment) + "."
    return [Spacer(1, 6), layout.paragraph(needs, layout.look.cell, where, label="You need:")]


def _dose_box(item: ProgramItem, layout: Layout, where: str) -> Table:
    dose = layout.paragraph(item.dosage.describe(), layout.look.boxed, where, label="How much:")
    return layout.table(
        [[dose]],
        [layout.width],
        [
            ("BOX", (0, 0), (-1, -1), 2, black),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ],
    )


def _pictures(pictures: Pictures, layout: Layout) -> Table:
    """One row: the start picture beside the end picture (a middle one between them), each labelled
    when there are two or three. A single picture gets half the width, as it would beside an end."""
    label = layout.look.label
    count = max(len(pictures.poses()), 2)
    column = layout.width / count
    drawings = cached_drawings(
        pictures, column - PICTURE_GAP, layout.look.picture_height, label.fontName, label.fontSize
    )
    rows: list[list] = [list(drawings)]
    if len(drawings) > 1:
        rows.append([Paragraph(text, label) for text in pictures.labels()])
    widths = [column] * len(drawings)
    return layout.table(
        rows,
        widths,
        [
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )


@lru_cache(maxsize=256)
def cached_drawings(
    pictures: Pictures, width: float, height: float, font: str, size: float
) -> tuple[Drawing, ...]:
    """Posing a figure costs more than drawing it, and the same exercises recur from handout to handout."""
    drawings = tuple(pictures_flowables(pictures, width, height))
    for drawing in drawings:  # else reportlab selects Helvetica, a font the PDF does not embed
        drawing.initialFontName = font
        drawing.initialFontSize = size
    return drawings
