"""The core vocabulary's names on screen, in the app's language. The core's values are stored words and
stay English; only what a table, combo box or tooltip shows goes through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ptplanner.core.dosage import Side
from ptplanner.core.vocabulary import STAGE_NAMES, Category, Position

CONTEXT = "Vocabulary"
_NAMES = {
    Category.PELVIC_STABILIZATION: QT_TRANSLATE_NOOP("Vocabulary", "Pelvic stabilization"),
    Category.CORE_STRENGTHENING: QT_TRANSLATE_NOOP("Vocabulary", "Core strengthening"),
    Category.HIP_STRENGTHENING: QT_TRANSLATE_NOOP("Vocabulary", "Hip strengthening"),
    Category.FLEXIBILITY: QT_TRANSLATE_NOOP("Vocabulary", "Flexibility and mobility"),
    Category.POSTURE: QT_TRANSLATE_NOOP("Vocabulary", "Posture and body mechanics"),
    Category.GAIT_BALANCE: QT_TRANSLATE_NOOP("Vocabulary", "Gait and balance"),
    Category.ACTIVITY: QT_TRANSLATE_NOOP("Vocabulary", "Gradual activity increase"),
    Position.HOOK_LYING: QT_TRANSLATE_NOOP("Vocabulary", "Hook-lying"),
    Position.SUPINE: QT_TRANSLATE_NOOP("Vocabulary", "Supine"),
    Position.SIDE_LYING: QT_TRANSLATE_NOOP("Vocabulary", "Side-lying"),
    Position.PRONE: QT_TRANSLATE_NOOP("Vocabulary", "Prone"),
    Position.HANDS_AND_KNEES: QT_TRANSLATE_NOOP("Vocabulary", "Hands-and-knees"),
    Position.SITTING: QT_TRANSLATE_NOOP("Vocabulary", "Sitting"),
    Position.STANDING: QT_TRANSLATE_NOOP("Vocabulary", "Standing"),
}
_SIDES = {  # lower case, as the dose table shows them
    Side.LEFT: QT_TRANSLATE_NOOP("Vocabulary", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Vocabulary", "right"),
    Side.BOTH: QT_TRANSLATE_NOOP("Vocabulary", "both"),
    Side.ALTERNATING: QT_TRANSLATE_NOOP("Vocabulary", "alternating"),
}
_STAGES = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "Protection"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Stabilization"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Functional strength"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "Return to activity"),
}


def vocabulary_name(value: Category | Position) -> str:
    """A category or position as a capitalised name ("Hook-lying")."""
    return QCoreApplication.translate(CONTEXT, _NAMES.get(value, value.value.capitalize()))


def side_name(side: Side) -> str:
    return QCoreApplication.translate(CONTEXT, _SIDES.get(side, side.value))


def stage_name(stage: int) -> str:
    """The library's name of an earliest stage (1-4)."""
    return QCoreApplication.translate(CONTEXT, _STAGES.get(stage, STAGE_NAMES.get(stage, str(stage))))


def week_range(start: int, end: int | None) -> str:
    """A stage's weeks after surgery, as the program editor lists them."""
    if end is None:
        return QCoreApplication.translate("Vocabulary", "from week {start}").format(start=start)
    return QCoreApplication.translate("Vocabulary", "weeks {start} to {end}").format(start=start, end=end)
