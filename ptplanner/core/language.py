"""The languages a handout can be printed in, and the one a piece of patient text is being written in.

A handout is written in one language from top to bottom, so the builder says it once (`speaking`) and
every sentence-making function below it asks `tr()` for its words: English text is the key, as with
gettext, and the Spanish for it is in core/spanish.py. Outside `speaking` everything is English, so the
progress report, the command line and the tests that know nothing of languages keep their words.

The therapist's sentences made outside the GUI (suggestions, flags, safety warnings, error messages) ask
`tr_clinic()`: same language, their own catalog (core/spanish_clinic.py), a clinician's words. The app's
GUI thread speaks its interface language from start-up (`set_language`) and its task runner carries the
language into each worker thread (a ContextVar does not follow a thread by itself).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from enum import StrEnum
import re



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


def set_language(language: Language) -> Token[Language]:
    """From now on, in this thread's context, speak `language` (the app's GUI thread: its interface
    language); give the token to `reset_language` to go back."""
    return _current.set(language)


def reset_language(token: Token[Language]) -> None:
    _current.reset(token)


def set_phrases(phrases: Mapping[str, str]) -> None:
    """From now on, in this thread's context, `data_text` also knows `phrases` (the templates' stage names
    and goals in the language being spoken), as `speaking` does within its block."""
    _phrases.set(dict(phrases))


def tr_clinic(english: str) -> str:
    """`english`, a sentence for the therapist, in the current language (core/spanish_clinic.py). A template
    ("Move to stage {number}") is looked up before it is filled in; one the catalog lacks stays English."""
    if _current.get() is Language.ENGLISH:
        return english
    from ptplanner.core.spanish_clinic import CLINIC_SPANISH

    return CLINIC_SPANISH.get(english, english)


def clinic_word(english: str) -> str:
    """Marks a word kept in a table and handed to `tr_clinic` later (a test finds every marked word in the
    catalog, as it finds the literal texts of `tr_clinic`)."""
    return english


def clinic_list(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' in the current language."""
    if len(parts) < 2:
        return "".join(parts)
    return tr_clinic("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])


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
    from ptplanner.core.local_formats import SPANISH, US_ENGLISH, BabelFormats  # Babel: only for numbers

    locale = SPANISH if _current.get() is Language.SPANISH else US_ENGLISH
    return BabelFormats(locale).decimal(value, decimals)
