"""Spanish reading ease (Fernández-Huerta) with a small rule-based syllable counter.

Used by the tests to check that the Spanish patient texts read easily. Fernández-Huerta adapts Flesch:
    L = 206.84 - 0.60 P - 1.02 F
with P the syllables per 100 words and F the mean words per sentence (the form textstat uses; the
"sentences per 100 words" reading often quoted would score long sentences as easier).
Rough bands: 90+ very easy, 80-90 easy, 70-80 fairly easy, 60-70 standard.
"""

from __future__ import annotations

import re

VOWELS = frozenset("aeiouáéíóúü")
# a, e, o and an accented i or u form their own syllable next to another of these (hiatus);
# an unaccented i, u or ü joins its neighbour (diphthong).
OPEN_VOWELS = frozenset("aeoáéóíú")
NUMBER_SYLLABLES = 2  # "cinco", "diez", "treinta": a digit group read aloud is about two syllables
WORD = re.compile(r"[a-záéíóúüñ]+|\d+")


def syllables(word: str) -> int:
    """Syllables in one Spanish word: one per vowel group, plus one at each hiatus."""
    word = word.lower()
    if word.isdigit():
        return NUMBER_SYLLABLES
    count, previous = 0, ""
    for letter in word:
        if letter not in VOWELS:
            previous = ""
            continue
        if not previous or (previous in OPEN_VOWELS and letter in OPEN_VOWELS):
            count += 1
        previous = letter
    return max(count, 1)  # "y" alone is a syllable


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def sentences(lines: list[str] | tuple[str, ...]) -> int:
    """Sentences in the lines; a line with no closing full stop still counts as one."""
    return sum(max(1, len([part for part in re.split(r"[.!?]+", line) if part.strip()])) for line in lines)


def fernandez_huerta(lines: list[str] | tuple[str, ...]) -> float:
    all_words = [word for line in lines for word in words(line)]
    if not all_words:
        raise ValueError("no words to score")
    per_hundred_words = 100 * sum(syllables(word) for word in all_words) / len(all_words)
    words_per_sentence = len(all_words) / sentences(lines)
    return 206.84 - 0.60 * per_hundred_words - 1.02 * words_per_sentence
