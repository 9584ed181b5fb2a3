"""Search-as-you-type over exercises: each typed term matches the start of a word."""

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ptplanner.core.exercise import search_patterns, search_words
from ptplanner.core.library import load_library

LIBRARY = load_library(Path(__file__).resolve().parents[2] / "exercises")


def found(typed: str) -> set[str]:
    patterns = search_patterns(typed)
    return {e.id for e in LIBRARY.exercises.values() if all(p in e.search_text() for p in patterns)}


@pytest.mark.parametrize(
    ("typed", "expected", "not_expected"),
    [
        ("TrA", "abdominal-drawing-in", "calf-stretch"),  # not the "tra" inside "straight"
        ("glute max", "gluteal-set", "clamshell"),
        ("PPT", "pelvic-tilt", "bridge"),
        ("sit-to-stand", "sit-to-stand", "clamshell"),  # punctuation is a word break on both sides
        ("bridge", "single-leg-bridge", "clamshell"),
    ],
)
def test_a_term_finds_what_a_therapist_means(typed, expected, not_expected):
    hits = found(typed)
    assert expected in hits
    assert not_expected not in hits


def test_each_keystroke_only_narrows_the_list():
    typed = "glute med"
    for end in range(1, len(typed)):
        assert found(typed[: end + 1]) <= found(typed[:end])


def test_punctuation_and_spaces_alone_find_everything():
    assert search_patterns(" -/ ") == []
    assert found("") == set(LIBRARY.exercises)


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
def test_words_are_cut_as_the_unicode_rule_cuts_them_ascii_or_not(text):
    # ASCII text takes a faster path: the words must be the same
    assert search_words(text) == re.findall(r"[^\W_]+", text.lower())
