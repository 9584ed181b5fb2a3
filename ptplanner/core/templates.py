"""Program templates: ready-made staged programs kept as data files."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from typing import Any

from pydantic import Field, ValidationError, field_validator, model_validator

from ptplanner.core.data_text import DataTextError, load_toml
from ptplanner.core.dosage import Dosage
from ptplanner.core.files import UnreadableFile, read_capped_text
from ptplanner.core.library import MAX_FILE_BYTES, Library
from ptplanner.core.model import CoreModel
from ptplanner.core.patient import Subject
from ptplanner.core.problems import Problem, problems_from_validation
from ptplanner.core.program import MAX_ITEMS_PER_STAGE, MAX_STAGES, Program, ProgramItem, Stage
from ptplanner.core.stage_precaution import StagePrecaution
from ptplanner.core.walking import WalkingPlan


# The bundled templates' lines reworded in plainer words (former -> now): programs saved before keep the
# former English, which is still translated as the line that replaced it.
_SPINE_MEETS_PELVIS = "where your spine meets your pelvis"
FORMER_LINES: dict[str, str] = {
    "Avoid high-impact work and sport until your surgeon clears you.": (
        "Do not run, jump or do hard, jarring work or sport until your surgeon says you may."
    ),
    "After a flare-up, go back to the last week that felt fine.": (
        "If your pain gets much worse, go back to the last week that felt fine."
    ),
    "After a flare-up, go back to shorter walks for a week.": (
        "If your pain gets much worse, take shorter walks for a week."
    ),
    "Walk every day at a pace that does not flare the joint.": (
        "Walk every day at a pace that does not make the joint hurt more."
    ),
    "Go back to the last stage for a week if the joint flares up.": (
        "If the joint hurts much more, go back to the last stage for a week."
    ),
    "Avoid running and jumping until your surgeon clears you.": "Do not run or jump until your surgeon says you may.",
    "Ease SI-joint pain with gentle muscle squeezes.": (
        f"Ease pain {_SPINE_MEETS_PELVIS} with gentle muscle squeezes."
    ),
    "Stop any exercise that gives you groin pain or sharp pain in the SI joint.": (
        f"Stop any exercise that gives you groin pain or sharp pain {_SPINE_MEETS_PELVIS}."
    ),
    "Climb stairs and curbs with less SI-joint pain.": (
        f"Climb stairs and curbs with less pain {_SPINE_MEETS_PELVIS}."
    ),
    "Calm the pain in your SI joint.": f"Calm the pain {_SPINE_MEETS_PELVIS}.",
    "Walk, climb stairs and do daily tasks with less SI-joint pain.": (
        f"Walk, climb stairs and do daily tasks with less pain {_SPINE_MEETS_PELVIS}."
    ),
}


class TemplateItem(CoreModel):
    exercise: str = Field(min_length=1)
    dosage: Dosage | None = None  # None: the exercise's default dosage
    note: str = Field(default="", max_length=2000)


class TemplateGoal(CoreModel):
    """A stage goal and the stage's own exercises that teach it (checked when templates load).

    A goal no exercise of its stage teaches is a promise the handout cannot keep.
    """

    text: str = Field(min_length=1, max_length=500)
    taught_by: tuple[str, ...] = ()  # exercise ids, each one of the stage's items


class TemplateStage(CoreModel):
    name: str = Field(min_length=1, max_length=200)
    # What the stage is for, in a patient's words, where its name alone would not say ("Stabilization").
    about: str = Field(default="", max_length=300)
    start_week: int = Field(ge=0, le=520)
    end_week: int | None = Field(default=None, ge=0, le=520)
    goals: tuple[TemplateGoal, ...] = ()
    precautions: tuple[StagePrecaution, ...] = ()
    criteria: tuple[str, ...] = ()
    items: tuple[TemplateItem, ...] = Field(default=(), max_length=MAX_ITEMS_PER_STAGE)
    walking: WalkingPlan | None = None

    @field_validator("goals", mode="before")
    @classmethod
    def _plain_goals(cls, goals: Any) -> Any:
        # A goal written as plain text loads (and is then reported for naming no exercise).
        if isinstance(goals, list | tuple):
            return [{"text": goal} if isinstance(goal, str) else goal for goal in goals]
        return goals

    def goal_texts(self) -> tuple[str, ...]:
        return tuple(goal.text for goal in self.goals)

    # Checked here too, so a bad template is reported when loaded rather than failing to instantiate.
    @model_validator(mode="after")
    def _weeks_in_order(self) -> TemplateStage:
        if self.end_week is not None and self.end_week <= self.start_week:
            raise ValueError("a stage must end after it starts")
        subjects = [p.about for p in self.precautions if p.about is not Subject.GENERAL]
        twice = sorted({s.value for s in subjects if subjects.count(s) > 1})
        if twice:
            raise ValueError(f"more than one precaution about {', '.join(twice)}; a handout prints one")
        return self


class StageText(CoreModel):
    """A stage's patient words in another language, line for line with the English."""

    name: str = Field(min_length=1, max_length=200)
    about: str = Field(default="", max_length=300)
    goals: tuple[str, ...] = ()
    precautions: tuple[str, ...] = ()  # the precautions' texts, in the English order
    criteria: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # the notes of the stage's items that have one, in order


class TemplateText(CoreModel):
    """A template in another language (`[translations.es]` at the end of its file)."""

    name: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    stages: tuple[StageText, ...] = ()


class ProgramTemplate(CoreModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")
    name: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    # A program for the weeks before surgery (prehab): its handouts warn of what matters before surgery.
    before_surgery: bool = False
    stages: tuple[TemplateStage, ...] = Field(min_length=1, max_length=MAX_STAGES)
    translations: dict[str, TemplateText] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _translations_line_for_line(self) -> ProgramTemplate:
        for code, text in self.translations.items():
            if len(text.stages) != len(self.stages):
                counts = f"{len(text.stages)} stages where the English has {len(self.stages)}"
                raise ValueError(f"translations.{code} has {counts}")
            for number, (stage, words) in enumerate(zip(self.stages, text.stages, strict=True), start=1):
                for name in _TRANSLATED:
                    english, translated = len(_lines(stage, name)), len(_lines(words, name))
                    if english != translated:
                        counts = f"{translated} {name} where the English has {english}"
                        raise ValueError(f"translations.{code} stage {number} has {counts}")
        return self

    @staticmethod
    def all_phrases(templates: Iterable[ProgramTemplate], language: str) -> dict[str, str]:
        """The phrases of every template in `templates`, later templates' words winning."""
        phrases: dict[str, str] = {}
        for template in templates:
            phrases.update(template.phrases(language))
        return phrases

    def phrases(self, language: str) -> dict[str, str]:
        """English to `language` for the stage names, goals, precautions and criteria a program copies."""
        text = self.translations.get(language)
        if text is None:
            return {}
        pairs = {self.name: text.name}
        for stage, words in zip(self.stages, text.stages, strict=True):
            pairs[stage.name] = words.name
            english = [line for name in _TRANSLATED for line in _lines(stage, name)]
            translated = [line for name in _TRANSLATED for line in _lines(words, name)]
            pairs.update(zip(english, translated, strict=True))
        for former, now in FORMER_LINES.items():  # a program copied the line before it was reworded
            if now in pairs:
                pairs[former] = pairs[now]
        return {english.strip(): words for english, words in pairs.items()}

    def exercise_ids(self) -> set[str]:
        return {item.exercise for stage in self.stages for item in stage.items}

    def instantiate(self, library: Library, patient_id: str, today: date) -> Program:
        """A new program for one patient; items copy the exercises as they are today."""
        stages = []
        for stage in self.stages:
            items = []
            for item in stage.items:
                exercise = library.get(item.exercise)
                if exercise is None:
                    continue  # reported by check_templates; never blocks the therapist
                items.append(ProgramItem.of(exercise, item.dosage, item.note))
            stages.append(
                Stage(
                    name=stage.name,
                    about=stage.about,
                    start_week=stage.start_week,
                    end_week=stage.end_week,
                    goals=stage.goal_texts(),
                    precautions=stage.precautions,
                    criteria=stage.criteria,
                    items=tuple(items),
                    walking=stage.walking,
                )
            )
        return Program(
            patient_id=patient_id,
            title=self.name,
            created_on=today,
            template_id=self.id,
            before_surgery=self.before_surgery,
            stages=tuple(stages),
        )


def load_templates(folder: Path, library: Library) -> tuple[dict[str, ProgramTemplate], list[Problem]]:
    templates: dict[str, ProgramTemplate] = {}
    problems: list[Problem] = []
    if not folder.is_dir():
        return templates, problems
    for path in sorted(folder.glob("*.toml")):
        label = f"templates/{path.name}"
        try:
            template = ProgramTemplate.model_validate(load_toml(read_capped_text(path, MAX_FILE_BYTES)))
        except (UnreadableFile, DataTextError) as error:
            problems.append(Problem(label, "(whole file)", str(error)))
            continue
        except ValidationError as error:
            problems += problems_from_validation(label, error)
            continue
        if template.id in templates:
            problems.append(Problem(label, "id", f"duplicate template id '{template.id}'"))
            continue
        for s, stage in enumerate(template.stages):
            for i, item in enumerate(stage.items):
                if library.get(item.exercise) is None:
                    field = f"stages[{s + 1}].items[{i + 1}].exercise"
                    problems.append(Problem(label, field, f"'{item.exercise}' is not in the library"))
        problems += [Problem(label, field, message) for field, message in untaught_goals(template)]
        templates[template.id] = template
    return templates, problems


def untaught_goals(template: ProgramTemplate) -> list[tuple[str, str]]:
    """(field, message) for each stage goal that names no exercise of its own stage as teaching it."""
    found = []
    for s, stage in enumerate(template.stages):
        own = {item.exercise for item in stage.items}
        for g, goal in enumerate(stage.goals):
            field = f"stages[{s + 1}].goals[{g + 1}]"
            if not goal.taught_by:
                found.append((field, "names no exercise of this stage that teaches it (taught_by)"))
            for exercise_id in goal.taught_by:
                if exercise_id not in own:
                    message = f"'{exercise_id}' is not one of this stage's exercises"
                    found.append((f"{field}.taught_by", message))
    return found


_TRANSLATED = ("about", "goals", "precautions", "criteria", "notes")  # a stage's lines, in a translation's order


def _lines(stage: TemplateStage | StageText, name: str) -> tuple[str, ...]:
    """A stage's patient lines of one kind, as a translation lists them (a translation holds plain text)."""
    if name == "about":
        return (stage.about,) if stage.about.strip() else ()
    if isinstance(stage, StageText):
        return getattr(stage, name)
    if name == "precautions":
        return tuple(p.text for p in stage.precautions)
    if name == "notes":
        return tuple(item.note for item in stage.items if item.note.strip())
    if name == "goals":
        return stage.goal_texts()
    return getattr(stage, name)
