"""A handout's exercise blocks laid out ahead of its print: the search for each block's layout and the posing
of its pictures take most of a first print (about 200 ms for 12 exercises), and both are kept
(block_plans.py, exercise_block.py), so the print that follows is built in the layouts found here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.language import speaking
from ptplanner.core.patient import Patient
from ptplanner.core.program import Program
from ptplanner.core.translation import Translations
from ptplanner.handouts.document import exercises_heading, item_block, localized_content, page_layout
from ptplanner.handouts.flowables import FittingBlock
from ptplanner.handouts.options import HandoutOptions
from ptplanner.handouts.styles import Layout


def lay_out_ahead(
    patient: Patient,
    program: Program,
    clinic: ClinicSettings,
    options: HandoutOptions,
    today: date,
    translations: Translations,
    go_on: Callable[[], bool] = lambda: True,
    font_folders: Sequence[Path] | None = None,
) -> int:
    """Lay out the blocks of the handout `build_handout` would print with these arguments, one at a time,
    asking `go_on()` before each (False: stop there). Returns how many were laid out."""
    language = options.language or patient.handout_language(clinic.language)
    done, canvas = 0, Canvas(BytesIO())
    with speaking(language, translations.phrases.get(language)):
        content = localized_content(patient, program, clinic, options, today, translations, language)
        layout, _ = page_layout(patient, program, options, today, font_folders)
        for number in range(1, len(content.stage.items) + 1):
            if not go_on():
                break
            block = item_block(content, layout, number, exercises_heading(layout) if number == 1 else ())
            _draw_largest(block, layout, canvas)
            done += 1
    return done


def _draw_largest(block: FittingBlock, layout: Layout, canvas: Canvas) -> None:
    """Draw the block's largest size, as most prints do: its pictures' drawing at that size is kept too
    (pictures.py), and its words' lines."""
    for part in block.sizes[0]:
        part.wrapOn(canvas, layout.width, layout.height)
        part.drawOn(canvas, 0, 0)
