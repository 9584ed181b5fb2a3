"""ptplanner's own Spanish patient sentences and the templates' Spanish read as easy: Fernández-Huerta
(206.84 - 0.60 x syllables per 100 words - 1.02 x sentences per 100 words) at least 80, 'bastante fácil'.

Syllables are counted with pyphen's Spanish hyphenation (one letter allowed at each end of a word), which
splits Spanish words at their syllables."""

from __future__ import annotations

import re

import pyphen

from ptplanner.core.library import load_library
from ptplanner.core.spanish import SPANISH
from ptplanner.core.templates import load_templates
from ptplanner.resources import exercises_dir, templates_dir

EASY = 80
WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")
_HYPHENS = pyphen.Pyphen(lang="es", left=1, right=1)


def fernandez_huerta(texts: list[str]) -> float:
    words = syllables = sentences = 0
    for text in texts:
        text = re.sub(r"\{[a-z_]+\}", "10", text)  # a number the caller fills in
        found = WORD.findall(text)
        words += len(found)
        syllables += sum(len(_HYPHENS.inserted(word.lower()).split("-")) for word in found)
        sentences += max(1, len(re.findall(r"[.!?](\s|$)", text)))
    return 206.84 - 0.60 * syllables / words * 100 - 1.02 * sentences / words * 100


def test_the_syllable_count_is_spanish():
    # (A stressed hiatus, "dí-a", counts as one: the score errs towards easy by a little.)
    counts = [len(_HYPHENS.inserted(word).split("-")) for word in ("caminata", "pierna", "ejercicio", "nalgas")]
    assert counts == [4, 2, 4, 2]
    assert fernandez_huerta(["Camine todos los días."]) > fernandez_huerta(["Fortalecimiento musculatura glútea."])


def test_ptplanners_own_spanish_sentences_are_easy_to_read():
    sentences = [text for text in SPANISH.values() if len(text.split()) > 6]  # labels are not prose
    assert len(sentences) > 40
    assert fernandez_huerta(sentences) >= EASY


def test_the_templates_spanish_is_easy_to_read():
    templates, problems = load_templates(templates_dir(), load_library(exercises_dir()))
    assert not problems
    for template in templates.values():
        phrases = list(template.phrases("es").values())
        assert phrases, template.id
        assert fernandez_huerta(phrases) >= EASY, template.id
