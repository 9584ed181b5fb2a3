"""Reading a model from JSON text checks the whole text once for unstorable characters (NUL, a lone
surrogate) instead of each text in it: what it accepts and refuses is exactly what the usual,
text-by-text validation accepts and refuses."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ptplanner.core.exercise import Exercise
from ptplanner.core.library import load_library
from ptplanner.core.model import validate_json
from ptplanner.resources import exercises_dir

EXAMPLE = load_library(exercises_dir()).exercises["bridge"]


def usual(text: str) -> Exercise | str:
    try:
        return Exercise.model_validate(json.loads(text))
    except ValidationError as error:
        return "refused" if "cannot be stored" in str(error) else str(error)


def fast(text: str) -> Exercise | str:
    try:
        return validate_json(Exercise, text)
    except ValidationError as error:
        return "refused" if "cannot be stored" in str(error) else str(error)


def test_every_bundled_exercise_reads_the_same_from_its_json_text():
    for exercise in load_library(exercises_dir()).exercises.values():
        text = exercise.model_dump_json()
        assert validate_json(Exercise, text) == exercise == usual(text)


@pytest.mark.parametrize("ensure_ascii", [True, False])
@pytest.mark.parametrize(
    "name", ["Bridge", "Puente de glúteos", "Bridge \U0001f600", "Bri\x00dge", "Bridge \ud800", "Bridge \udfff x"]
)
def test_every_text_is_refused_or_kept_as_the_usual_validation_does(name, ensure_ascii):
    document = EXAMPLE.model_dump(mode="json") | {"name": name, "steps": [f"Lie down. {name}", "Lift."]}
    text = json.dumps(document, ensure_ascii=ensure_ascii)
    assert fast(text) == usual(text)
    assert (fast(text) == "refused") == ("\x00" in name or any(0xD800 <= ord(c) <= 0xDFFF for c in name))


@given(st.text(max_size=12))
def test_any_text_in_any_place_is_judged_as_the_usual_validation_judges_it(words):
    document = EXAMPLE.model_dump(mode="json") | {"cues": [words or "x"], "summary": f"A {words}"}
    for ensure_ascii in (True, False):
        text = json.dumps(document, ensure_ascii=ensure_ascii)
        assert fast(text) == usual(text)
