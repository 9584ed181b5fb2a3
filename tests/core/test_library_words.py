"""The words patients read in the bundled exercises and templates, in English and Spanish: no talk of sets
that the dose may not have, and no clinic words an older reader may not know."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from ptplanner.core.library import Library, load_library
from ptplanner.core.templates import ProgramTemplate, load_templates
from ptplanner.resources import exercises_dir, templates_dir

# "each set", "2 sets", "between sets", "la serie": the dose box says how many, and a dose may have none
# ("8 times, each side"). "Set the seat" (the verb) is fine.
SETS = re.compile(r"\b(sets|(a|each|every|one|per|the|this|next|last|first) set|series?)\b", re.IGNORECASE)

# Clinic words, each with what to write instead.
JARGON = {
    r"(?-i:\bSI\b)|sacroil": "the joint where your spine meets your pelvis",
    r"\bguarding\b": "holding your body stiff to protect your back",
    r"high.impact|\bimpacto\b": "running, jumping, hard jarring work",
    r"resistanc|resistencia": "how the pedals or the band should feel",
    r"\b(tie|amarre)\s+(a|an|una)\s+(elastic\s+)?banda?\b": "the exercise band your therapist gave you",
    r"\blight band\b": "a band that is easy to stretch",
    r"\bflare": "your pain gets much worse",
    r"\bclears? you\b": "says you may",
    r"\bneutral|\bneutr[oa]\b": "the position to hold, in plain words",
    r"\bengag": "tighten, switch on",
    r"isometric|isométric": "push without moving",
    r"abduct|adduct|abducci|aducci": "out to the side, in toward the other leg",
    r"\bbracing\b|\btransvers|\bcore\b": "pull your belly in",
    r"\blumbar\b|\bflexion\b|\bextension\b|\brotation\b": "bend, straighten, turn",
    r"\brange of motion\b|\breps?\b|\brepetici": "how far, how many times",
    r"\bproprioc|\bdorsiflex|\bglutes?\b|\bquadriceps\b|\bcuádriceps\b|\bhamstrings?\b": "everyday body words",
}
WORDS = re.compile("|".join(f"(?:{pattern})" for pattern in JARGON), re.IGNORECASE)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(exercises_dir())


@pytest.fixture(scope="module")
def templates(library: Library) -> dict[str, ProgramTemplate]:
    return load_templates(templates_dir(), library)[0]


def _steps_and_cues(library: Library) -> Iterator[tuple[str, str]]:
    for exercise in library.exercises.values():
        for language, text in [("en", exercise), *exercise.translations.items()]:
            for field in ("steps", "cues"):
                for number, line in enumerate(getattr(text, field)):
                    yield f"{exercise.id} {language}.{field}[{number}]", line


def _exercise_words(library: Library) -> Iterator[tuple[str, str]]:
    """Every line of an exercise a handout prints, in every language (the name, summary, steps, cues, when
    to stop, precautions, and the dose's note and load)."""
    for exercise in library.exercises.values():
        for language, text in [("en", exercise), *exercise.translations.items()]:
            for field in ("name", "summary", "stop_if"):
                yield f"{exercise.id} {language}.{field}", getattr(text, field)
            for field in ("steps", "cues", "precautions"):
                for number, line in enumerate(getattr(text, field)):
                    yield f"{exercise.id} {language}.{field}[{number}]", line
        yield f"{exercise.id} dosage.note", exercise.dosage.note
        yield f"{exercise.id} dosage.load", exercise.dosage.load


def _template_words(templates: dict[str, ProgramTemplate]) -> Iterator[tuple[str, str]]:
    """The goals, limits and item notes a stage's handout prints, in every language (a stage's name and its
    "about" line, which explains the stage's words, are left out)."""
    for template in templates.values():
        for number, stage in enumerate(template.stages, start=1):
            lines = [
                *(goal.text for goal in stage.goals),
                *(limit.text for limit in stage.precautions),
                *(item.note for item in stage.items),
            ]
            yield from ((f"{template.id} stage {number}", line) for line in lines)
            for language, text in template.translations.items():
                words = text.stages[number - 1]
                lines = [*words.goals, *words.precautions, *words.notes]
                yield from ((f"{template.id} stage {number} {language}", line) for line in lines)


def test_no_step_or_cue_speaks_of_sets(library: Library) -> None:
    assert [f"{where}: {line}" for where, line in _steps_and_cues(library) if SETS.search(line)] == []


@pytest.mark.parametrize(
    "line",
    ["Switch legs after each set.", "Rest 30 seconds between sets.", "Cambie de pierna después de cada serie."],
)
def test_the_sets_check_finds_the_words_the_reviewer_found(line: str) -> None:
    assert SETS.search(line)
    assert not SETS.search("Set the seat so your knee is only a little bent.")


def test_the_exercises_use_no_clinic_words(library: Library) -> None:
    found = [f"{where}: {line}" for where, line in _exercise_words(library) if WORDS.search(line)]
    assert found == []


def test_the_templates_stage_lines_use_no_clinic_words(templates: dict[str, ProgramTemplate]) -> None:
    assert len(templates) >= 5
    found = [f"{where}: {line}" for where, line in _template_words(templates) if WORDS.search(line)]
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        "Ease tight muscles that can add to hip and SI-joint pain.",
        "Loosen the front of your hip, which gets tight from sitting and guarding.",
        "Avoid high-impact work and sport until your surgeon clears you.",
        "Start with light resistance.",
        "Tie a band around both ankles.",
        "Amarre una banda elástica alrededor de los dos tobillos.",
        "After a flare-up, go back to the last week that felt fine.",
        "Keep a neutral spine and engage your core.",
        "An isometric hip abduction hold.",
    ],
)
def test_the_word_list_catches_what_the_reviewer_found(line: str) -> None:
    assert WORDS.search(line)
