"""Exercises and stages in the patient's language: the translated copy, and what has no translation.

An exercise carries its own text in other languages (`Exercise.translations`). A program keeps a copy of
each exercise as it was when added, so a copy made before its library exercise was translated is matched
to the library's translation when the English is still word for word the same; otherwise it has none,
and the handout prints its English, marked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ptplanner.core.exercise import Exercise, ExerciseText
from ptplanner.core.handout_text import FOLLOW_YOUR_LIMITS
from ptplanner.core.language import Language, known, tr_clinic
from ptplanner.core.library import Library
from ptplanner.core.problems import Problem
from ptplanner.core.program import Program

TEXT_FIELDS = ("name", "summary", "steps", "cues", "stop_if", "precautions")
# The lists a translation must give line for line: a different count means a step was lost or merged.
SAME_COUNT = ("steps", "cues", "precautions")


@dataclass(frozen=True)
class Translations:
    """What the data files know beyond the exercises a program holds: `phrases` (English to the language)
    from the templates, and the library's exercises by id, for copies made before they were translated."""

    phrases: Mapping[Language, Mapping[str, str]] = field(default_factory=dict)
    library: Mapping[str, Exercise] = field(default_factory=dict)


def exercise_text(
    exercise: Exercise, language: Language, library: Mapping[str, Exercise]
) -> ExerciseText | None:
    """The exercise's text in `language` (None: it has none, so the handout prints the English)."""
    text = exercise.translations.get(language.value)
    if text is not None:
        return text
    current = library.get(exercise.id)
    if current is not None and _english(current) == _english(exercise):
        return current.translations.get(language.value)
    return None


def in_language(exercise: Exercise, text: ExerciseText, language: Language) -> Exercise:
    """The exercise as a patient reading `text`'s language sees it (all else as it was). The library's
    common reminder to follow the surgeon's limits takes the catalog's words, so the handout, which says
    it once on page 1, knows it wherever it is."""
    words = {name: getattr(text, name) for name in TEXT_FIELDS}
    common = known(FOLLOW_YOUR_LIMITS, language)
    if common and len(text.precautions) == len(exercise.precautions):
        words["precautions"] = tuple(
            common if english.strip() == FOLLOW_YOUR_LIMITS else line
            for english, line in zip(exercise.precautions, text.precautions, strict=True)
        )
    return exercise.model_copy(update=words)


def program_in(
    program: Program, language: Language, library: Mapping[str, Exercise]
) -> tuple[Program, frozenset[str]]:
    """The program with every exercise in `language` where it has a text, and the ids of the items left in
    English."""
    if language is Language.ENGLISH:
        return program, frozenset()
    english: set[str] = set()
    stages = []
    for stage in program.stages:
        items = []
        for item in stage.items:
            text = exercise_text(item.exercise, language, library)
            if text is None:
                english.add(item.id)
                items.append(item)
            else:
                items.append(item.model_copy(update={"exercise": in_language(item.exercise, text, language)}))
        stages.append(stage.model_copy(update={"items": tuple(items)}))
    return program.model_copy(update={"stages": tuple(stages)}), frozenset(english)


def translation_problems(exercise: Exercise) -> list[tuple[str, str]]:
    """(field, what is wrong) for each translation that does not match the English line for line."""
    problems = []
    for code, text in exercise.translations.items():
        if code not in {language.value for language in Language}:
            said = tr_clinic("'{code}' is not a language ptplanner prints in").format(code=code)
            problems.append((f"translations.{code}", said))
        problems += line_count_problems(code, exercise.model_dump(), text.model_dump())
    return problems


def line_count_problems(code: str, english: Mapping, translated: Mapping) -> list[tuple[str, str]]:
    """(field, what is wrong) for each list of lines whose count differs, from the fields as plain values
    (the clinic's exercise editor checks them before the rest of the form is valid)."""
    problems = []
    for name in SAME_COUNT:
        ours, theirs = len(english.get(name) or ()), len(translated.get(name) or ())
        if ours != theirs:
            problem = tr_clinic("has {count} lines where the English has {english}")
            if theirs == 1:
                problem = tr_clinic("has 1 line where the English has {english}")
            problem = problem.format(count=theirs, english=ours)
            problems.append((f"translations.{code}.{name}", problem))
    return problems


def library_translation_problems(library: Library) -> list[Problem]:
    """`library check`'s lines for translations that do not match their English (the exercise still loads:
    a handout prints what the translation has)."""
    return [
        Problem(library.files.get(exercise.id, exercise.id), where, message)
        for exercise in library.exercises.values()
        for where, message in translation_problems(exercise)
    ]


def _english(exercise: Exercise) -> tuple:
    return tuple(getattr(exercise, name) for name in TEXT_FIELDS)
