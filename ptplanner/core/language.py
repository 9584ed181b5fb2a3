"""The languages a handout can be printed in, and the one a piece of patient text is being written in.

A handout is written in one language from top to bottom, so the builder says it once (`speaking`) and
every sentence-making function below it asks `tr()` for its words: English text is the key, as with
gettext, and the Spanish for it is in core/spanish.py. Outside `speaking` everything is English, so the
app, the progress report and the tests that know nothing of languages keep their words.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum
import re

from ptplanner.core.local_formats import SPANISH, US_ENGLISH, BabelFormats


class Language(StrEnum):
    ENGLISH = "en"
    SPANISH = "es"

    @property
    def label(self) -> str:
        """The language's own name for itself, as a patient or a therapist would pick it from a list."""
        return {Language.ENGLISH: "English", Language.SPANISH: "Español"}[self]

    @property
    def english_name(self) -> str:
        """For the therapist's messages, which are in English."""
        return {Language.ENGLISH: "English", Language.SPANISH: "Spanish"}[self]


_NUMBER = re.compile(r"\d+")
_current: ContextVar[Language] = ContextVar("language", default=Language.ENGLISH)
_missed: ContextVar[list[str] | None] = ContextVar("missed", default=None)
_phrases: ContextVar[Mapping[str, str]] = ContextVar("phrases", default={})


@contextmanager
def speaking(language: Language, phrases: Mapping[str, str] | None = None) -> Iterator[list[str]]:
    """Within this block, `tr()` and the number and date words answer in `language`; `phrases` are the
    translations the data files hold (templates' stage names and goals). Yields the list of sentences
    the catalog lacked (printed in English), for the caller to report."""
    missed: list[str] = []
    tokens = (_current.set(language), _missed.set(missed), _phrases.set(phrases or {}))
    try:
        yield missed
    finally:
        _current.reset(tokens[0])
        _missed.reset(tokens[1])
        _phrases.reset(tokens[2])


def current_language() -> Language:
    return _current.get()


def tr(english: str) -> str:
    """`english` in the current language. A sentence the catalog lacks is given in English and noted in
    the list `speaking` yields, never dropped silently (a test prints every handout part in Spanish)."""
    text = known(english, _current.get())
    if text is not None:
        return text
    missed = _missed.get()
    if missed is not None and english not in missed:
        missed.append(english)
    return english


def data_text(english: str) -> str:
    """A text from a data file or typed by the therapist (a stage's goal, a note): its translation where
    one is known, else as written, noted in the list `speaking` yields so the preview can say so."""
    text = known(english, _current.get())
    if text is not None or not english.strip():
        return text or english
    missed = _missed.get()
    if missed is not None and english not in missed:
        missed.append(english)
    return english


def known(english: str, language: Language) -> str | None:
    """`english` in `language` if the catalog has it (for texts from data files: a stage's goal, a
    dose note), else None, so the caller can print the English marked."""
    if language is Language.ENGLISH:
        return english
    from ptplanner.core.spanish import SPANISH

    found = SPANISH.get(english) or _phrases.get().get(english.strip())
    if found is None and (count := _NUMBER.search(english)):  # "Week 5 of your walking plan."
        pattern = SPANISH.get(f"{english[: count.start()]}{{number}}{english[count.end():]}")
        found = None if pattern is None else pattern.format(number=count.group())
    return found


def number(value: float, decimals: int | None = None) -> str:
    """'4.5' in English, '4,5' in Spanish (a decimal comma), as CLDR writes them (through Babel); whole
    numbers without decimals unless `decimals` asks for them."""
    locale = SPANISH if _current.get() is Language.SPANISH else US_ENGLISH
    return BabelFormats(locale).decimal(value, decimals)
