"""Everything an exercise block prints, made into paragraph markup once, before any layout is tried: the
layouts only arrange these words (exercise_block.py), and a layout kept for later is known by them
(block_plans.py), in whatever language and with whatever fonts they were made.

The words are made in the order the block printed them when each layout tried made its own, so the
sentences a translation lacks are listed in the same order (core/language.py: `speaking`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ptplanner.core.handout_text import FOLLOW_YOUR_LIMITS
from ptplanner.core.language import data_text, tr
from ptplanner.core.pose import LONE_PICTURE_LABEL
from ptplanner.core.program import ProgramItem
from ptplanner.handouts.styles import Layout

PICTURE_LABELS = {"Start", "Then", "End", LONE_PICTURE_LABEL}  # ptplanner's own words under the pictures

# Printed, in the handout's language, over an exercise whose text has no translation into it.
IN_ENGLISH = (
    "This exercise is in English: we do not have it in your language yet. Ask us to go over it with you."
)


@dataclass(frozen=True)
class BlockWords:
    """The markup of each part of one exercise block."""

    english: str | None  # the mark over an exercise printed in English (None: not needed)
    title: str  # "3. Buttock squeeze"
    needs: str | None  # "You need: mat" (None: nothing needed)
    dose: str
    labels: tuple[str, ...]  # under the pictures (none without pictures)
    summary: str
    steps: tuple[str, ...]
    remember: str | None  # the heading over the reminders (None: no reminders)
    reminders: tuple[str, ...]
    stop_if: str
    note: str | None  # the therapist's note (None: no note)


def block_words(number: int, item: ProgramItem, layout: Layout, video: bool, in_english: bool) -> BlockWords:
    """The words of the `number`th exercise's block; `video`: its name and dose share their line with a QR
    code (then the dose was made first); `in_english`: its text has no translation, so it is marked."""
    exercise = item.exercise
    where = f"exercise {number}"
    english = layout.text(tr(IN_ENGLISH)) if in_english else None

    def dose() -> str:
        return layout.markup(item.dosage.describe(), where, label=tr("How much:"))

    shown_dose = dose() if video else None
    title = layout.markup(f"{number}. {exercise.name}", where)
    needs = None
    if exercise.equipment:
        listed = ", ".join(tr(e.value) for e in exercise.equipment)
        needs = layout.markup(listed, where, label=tr("You need:"))
    shown_dose = shown_dose or dose()
    labels = tuple(
        tr(label) if label in PICTURE_LABELS else data_text(label)
        for label in (exercise.pictures.labels() if exercise.pictures is not None else ())
    )
    summary = layout.markup(exercise.summary, where)
    steps = tuple(layout.text(line, where) for line in exercise.steps)
    # Following the surgeon's limits is said once, on the first pages, not under every exercise.
    said = {FOLLOW_YOUR_LIMITS, tr(FOLLOW_YOUR_LIMITS)}
    lines = tuple(line for line in exercise.cues + exercise.precautions if line.strip() not in said)
    remember = f"<b>{tr('Remember:')}</b>" if lines else None
    reminders = tuple(layout.text(line, where) for line in lines)
    stop_if = layout.markup(exercise.stop_if, where)
    note = None
    if item.note.strip():
        label = tr("Note from your therapist:")
        note = layout.markup(data_text(item.note), f"the note for exercise {number}", label=label)
    return BlockWords(
        english, title, needs, shown_dose, labels, summary, steps, remember, reminders, stop_if, note
    )
