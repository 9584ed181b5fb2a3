"""A program stage's generic limits ("Lift nothing heavier than your surgeon allows"), each with its subject.

Programs saved before limits had subjects hold plain text. The lines ptplanner's own templates used to
have are known word for word, so they are read as the subject-bearing lines that replaced them (a line
about three subjects becomes three lines); any other plain text is a limit about nothing in particular.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer, model_validator

from ptplanner.core.model import CoreModel
from ptplanner.core.patient import Subject


class StagePrecaution(CoreModel):
    """Written as plain text when it has no subject, as older copies of ptplanner wrote it."""

    text: str = Field(min_length=1, max_length=1000)
    about: Subject = Subject.GENERAL

    @model_validator(mode="before")
    @classmethod
    def _from_plain_text(cls, data: Any) -> Any:
        return {"text": data} if isinstance(data, str) else data

    @model_serializer(mode="wrap")
    def _plain_text_without_subject(self, handler: SerializerFunctionWrapHandler) -> Any:
        return self.text if self.about is Subject.GENERAL else handler(self)


def _line(about: Subject, text: str) -> dict[str, str]:
    return {"about": about.value, "text": text}


SURGEONS_LIFTING = _line(Subject.LIFTING, "Lift nothing heavier than your surgeon allows.")
BEND_LITTLE = _line(Subject.BENDING, "Bend forward only a little.")
TWIST_LITTLE = _line(Subject.TWISTING, "Twist your back only a little.")
# The bundled templates' lines before they had subjects, and what replaced them.
FORMER_TEMPLATE_LINES: dict[str, tuple[dict[str, str], ...]] = {
    "No bending, lifting or twisting.": (
        _line(Subject.BENDING, "Do not bend forward at your waist."),
        SURGEONS_LIFTING,
        _line(Subject.TWISTING, "Do not twist your back."),
    ),
    "Lift no more than your surgeon allows.": (SURGEONS_LIFTING,),
    "Do not sit longer than your surgeon's limit. Get up and move often.": (
        _line(Subject.SITTING, "Sit no longer than your surgeon allows, and get up often."),
    ),
    "Roll like a log to get in and out of bed.": (
        _line(Subject.GETTING_UP, "Roll like a log to get in and out of bed."),
    ),
    "Wear your brace if your surgeon told you to.": (
        _line(Subject.BRACE, "Wear your brace if your surgeon told you to."),
    ),
    "No bath, hot tub or pool until your cut has healed.": (
        _line(Subject.BATHING, "No bath, hot tub or pool until your cut has healed."),
    ),
    "Do not drive while you take strong pain medicine.": (
        _line(Subject.DRIVING, "Do not drive while you take strong pain medicine."),
    ),
    "Bend forward and twist only a little.": (BEND_LITTLE, TWIST_LITTLE),
    "Do not bend or twist your back as far as it will go.": (
        _line(Subject.BENDING, "Do not bend your back as far as it will go."),
        _line(Subject.TWISTING, "Do not twist your back as far as it will go."),
    ),
    "Avoid high-impact work and sport until your surgeon clears you.": (
        _line(
            Subject.HIGH_IMPACT,
            "Do not run, jump or do hard, jarring work or sport until your surgeon says you may.",
        ),
    ),
}


def read_precautions(lines: Any) -> Any:
    """A stage's stored precautions with the former template lines replaced (anything else as it is)."""
    if not isinstance(lines, list | tuple):
        return lines
    read: list[Any] = []
    for line in lines:
        read += FORMER_TEMPLATE_LINES.get(line, (line,)) if isinstance(line, str) else (line,)
    return read


def with_texts(precautions: tuple[StagePrecaution, ...], texts: tuple[str, ...]) -> tuple[StagePrecaution, ...]:
    """Precautions for edited lines of text: a line typed as it was keeps its subject, a new line has none."""
    subjects = {p.text: p.about for p in precautions}
    return tuple(StagePrecaution(text=text, about=subjects.get(text, Subject.GENERAL)) for text in texts)
