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
        return _judged(error)


def fast(text: str) -> Exercise | str:
    try:
        return validate_json(Exercise, text)
    except ValidationError as error:
        return _judged(error)


def _judged(error: ValidationError) -> str:
    # pydantic measures a text with a length limit first, and refuses a lone surrogate in it itself
    unstorable = ("cannot be stored" in str(error)) or any(e["type"] == "string_unicode" for e in error.errors())
    return "refused" if unstorable else str(error)


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


@given(st.lists(st.text(max_size=12), max_size=3))
def test_a_list_of_models_reads_as_each_of_them_would(notes):
    """validate_json_list (a month of the log): the same entries, or the same refusal, as one by one."""
    from datetime import date

    from ptplanner.core.adherence import AdherenceEntry
    from ptplanner.core.model import validate_json_list

    entries = [AdherenceEntry(program_id="p", day=date(2024, 3, n + 1)) for n in range(len(notes))]
    documents = [e.model_dump(mode="json") | {"note": note} for e, note in zip(entries, notes, strict=True)]
    for ensure_ascii in (True, False):
        text = json.dumps(documents, ensure_ascii=ensure_ascii)
        try:
            expected = [AdherenceEntry.model_validate(document) for document in documents]
        except ValidationError:
            with pytest.raises(ValidationError, match="cannot be stored"):
                validate_json_list(AdherenceEntry, text)
        else:
            assert validate_json_list(AdherenceEntry, text) == expected


@pytest.mark.parametrize("text", ['{"id": "x"}', '"days"', "[1, 2]", "[", '[{"day": "2024-03-01"}]'])
def test_what_is_not_a_list_of_models_is_refused_as_a_value_error(text):
    from ptplanner.core.adherence import AdherenceEntry
    from ptplanner.core.model import validate_json_list

    with pytest.raises(ValueError):
        validate_json_list(AdherenceEntry, text)
