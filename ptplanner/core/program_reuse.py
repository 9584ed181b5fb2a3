"""Reusing programs: a clinic template made from a patient's stages, and stages copied to another patient.

A clinic template keeps each exercise by its library id with the dose and note given, as a bundled
template does, so starting from it takes the exercises as the library has them then.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from ptplanner.core.language import tr_clinic
from ptplanner.core.program import Stage
from ptplanner.core.patient import new_id
from ptplanner.core.safe_text import control_character, tidy_typed
from ptplanner.core.templates import ProgramTemplate, TemplateGoal, TemplateItem, TemplateStage

CLINIC_TEMPLATE_PREFIX = "clinic-"  # bundled template ids never start so (their files are named otherwise)
MAX_TEMPLATE_NAME = 200


def new_template_id() -> str:
    return CLINIC_TEMPLATE_PREFIX + uuid.uuid4().hex[:20]


def is_clinic_template(template_id: str) -> bool:
    return template_id.startswith(CLINIC_TEMPLATE_PREFIX)


def template_label(template: ProgramTemplate) -> str:
    """As a list of templates shows it: the clinic's own are marked, as two may read alike."""
    return f"{template.name} (clinic)" if is_clinic_template(template.id) else template.name


def template_name_problem(name: str) -> str | None:
    """Why a template name is refused, or None (a phrase: the caller makes it a sentence)."""
    if found := control_character(tidy_typed(name)):
        said = tr_clinic("the name holds a control character ({code}), which cannot be printed")
        return said.format(code=found)
    if not tidy_typed(name).strip():
        return tr_clinic("the template needs a name")
    if len(name.strip()) > MAX_TEMPLATE_NAME:
        said = tr_clinic("the template name is longer than {count} characters")
        return said.format(count=MAX_TEMPLATE_NAME)
    return None


def template_from_stages(template_id: str, name: str, stages: Sequence[Stage]) -> ProgramTemplate:
    """The stages as a template (ValueError if they cannot be one, e.g. no stage)."""
    return ProgramTemplate(
        id=template_id,
        name=name.strip(),
        stages=tuple(
            TemplateStage(
                name=stage.name,
                start_week=stage.start_week,
                end_week=stage.end_week,
                goals=tuple(TemplateGoal(text=goal) for goal in stage.goals),
                precautions=stage.precautions,
                criteria=stage.criteria,
                items=tuple(
                    TemplateItem(exercise=item.exercise.id, dosage=item.dosage, note=item.note)
                    for item in stage.items
                ),
                walking=stage.walking,
            )
            for stage in stages
        ),
    )


def copied_stages(stages: Sequence[Stage]) -> tuple[Stage, ...]:
    """The stages under new ids (theirs and their items'), to be added to another patient's program."""
    def fresh(stage: Stage) -> Stage:
        items = tuple(item.model_copy(update={"id": new_id()}) for item in stage.items)
        return stage.model_copy(update={"id": new_id(), "items": items})

    return tuple(fresh(stage) for stage in stages)
