"""The library's closed vocabularies on screen, in the user's language.

The core keeps its English values: they are stored, searched and printed (the handouts have their own
Spanish, core/spanish.py). Here they are only shown: capitalized, through Qt's translator.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ptplanner.core.vocabulary import STAGE_NAMES

# Every value of Category, Position, Region, Muscle, Equipment, Movement, RepUnit and Side, and the
# stage names, as shown; a test checks that none is missing.
WORDS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Pelvic stabilization"),
    QT_TRANSLATE_NOOP("Vocabulary", "Core strengthening"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hip strengthening"),
    QT_TRANSLATE_NOOP("Vocabulary", "Flexibility and mobility"),
    QT_TRANSLATE_NOOP("Vocabulary", "Posture and body mechanics"),
    QT_TRANSLATE_NOOP("Vocabulary", "Gait and balance"),
    QT_TRANSLATE_NOOP("Vocabulary", "Gradual activity increase"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hook-lying"),
    QT_TRANSLATE_NOOP("Vocabulary", "Supine"),
    QT_TRANSLATE_NOOP("Vocabulary", "Side-lying"),
    QT_TRANSLATE_NOOP("Vocabulary", "Prone"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hands-and-knees"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sitting"),
    QT_TRANSLATE_NOOP("Vocabulary", "Standing"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hip"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pelvis"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trunk"),
    QT_TRANSLATE_NOOP("Vocabulary", "Low back"),
    QT_TRANSLATE_NOOP("Vocabulary", "Knee"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ankle"),
    QT_TRANSLATE_NOOP("Vocabulary", "Whole body"),
    QT_TRANSLATE_NOOP("Vocabulary", "Glutes"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hip abductors"),
    QT_TRANSLATE_NOOP("Vocabulary", "Adductors"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hip flexors"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hamstrings"),
    QT_TRANSLATE_NOOP("Vocabulary", "Quadriceps"),
    QT_TRANSLATE_NOOP("Vocabulary", "Deep abdominals"),
    QT_TRANSLATE_NOOP("Vocabulary", "Obliques"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lower back"),
    QT_TRANSLATE_NOOP("Vocabulary", "Calves"),
    QT_TRANSLATE_NOOP("Vocabulary", "Upper back"),
    QT_TRANSLATE_NOOP("Vocabulary", "Diaphragm"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mat"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pillow"),
    QT_TRANSLATE_NOOP("Vocabulary", "Towel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Band"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chair"),
    QT_TRANSLATE_NOOP("Vocabulary", "Wall"),
    QT_TRANSLATE_NOOP("Vocabulary", "Counter"),
    QT_TRANSLATE_NOOP("Vocabulary", "Step"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dowel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ball"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bike"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pool"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Walker"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sock aid"),
    QT_TRANSLATE_NOOP("Vocabulary", "Reacher"),
    QT_TRANSLATE_NOOP("Vocabulary", "Long shoehorn"),
    QT_TRANSLATE_NOOP("Vocabulary", "Toilet"),
    QT_TRANSLATE_NOOP("Vocabulary", "Shower chair"),
    QT_TRANSLATE_NOOP("Vocabulary", "Long-handled sponge"),
    QT_TRANSLATE_NOOP("Vocabulary", "Si belt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Vacuum cleaner"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cane"),
    QT_TRANSLATE_NOOP("Vocabulary", "Car"),
    QT_TRANSLATE_NOOP("Vocabulary", "Shoes"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bending"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lifting"),
    QT_TRANSLATE_NOOP("Vocabulary", "Twisting"),
    QT_TRANSLATE_NOOP("Vocabulary", "Times"),
    QT_TRANSLATE_NOOP("Vocabulary", "Breaths"),
    QT_TRANSLATE_NOOP("Vocabulary", "Steps"),
    QT_TRANSLATE_NOOP("Vocabulary", "Left"),
    QT_TRANSLATE_NOOP("Vocabulary", "Right"),
    QT_TRANSLATE_NOOP("Vocabulary", "Both"),
    QT_TRANSLATE_NOOP("Vocabulary", "Alternating"),
    QT_TRANSLATE_NOOP("Vocabulary", "Protection"),
    QT_TRANSLATE_NOOP("Vocabulary", "Stabilization"),
    QT_TRANSLATE_NOOP("Vocabulary", "Functional strength"),
    QT_TRANSLATE_NOOP("Vocabulary", "Return to activity"),
)


def shown(value: StrEnum | str) -> str:
    """A vocabulary value as the screen shows it ('hook-lying' -> 'Hook-lying', in Spanish its Spanish)."""
    return QCoreApplication.translate("Vocabulary", str(value).capitalize())


def stage_name(stage: int) -> str:
    return QCoreApplication.translate("Vocabulary", STAGE_NAMES[stage])
