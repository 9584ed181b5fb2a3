"""Flags for the patient list and page: low adherence, pain going up, and notes that mention a red flag."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from ptplanner.core.dates import US_WORDS, DateWords
from ptplanner.core.language import number, tr_clinic
from ptplanner.core.progress.adherence import Sessions
from ptplanner.core.progress.log import LogDay
from ptplanner.core.progress.pain import PainChange, site_words
from ptplanner.core.progress_rules import ProgressRules
from ptplanner.core.safe_text import one_line

NOTE_EXCERPT = 120
_ENDINGS = r"(?:s|es|ed|ing|ness|er|y)?"  # so "numb" also finds "numbness" and "fall" finds "falls"


class FlagKind(StrEnum):
    LOW_ADHERENCE = "low adherence"
    PAIN_UP = "pain up"
    RED_FLAG_NOTE = "red-flag note"


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    message: str  # plain words, for the therapist
    day: date | None = None  # the note's day, for a red-flag note


def red_flag_terms_in(note: str, terms: tuple[str, ...]) -> list[str]:
    """The red-flag terms `note` mentions, each once, in the order of `terms`."""
    found = {_normal(match.group(1)) for match in _pattern(terms).finditer(note)} if terms else set()
    return [term for term in terms if _normal(term) in found]


@lru_cache(maxsize=8)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(
        r"\s+".join(map(re.escape, term.split())) for term in sorted(terms, key=len, reverse=True)
    )
    return re.compile(rf"\b({words}){_ENDINGS}\b", re.IGNORECASE)


def _normal(term: str) -> str:
    return " ".join(term.split()).casefold()


def flags(
    recent: Sessions,
    changes: Sequence[PainChange],
    recent_days: Sequence[LogDay],
    rules: ProgressRules,
    words: DateWords = US_WORDS,
) -> list[Flag]:
    """The flags raised by the last `rules.flag_weeks` weeks of the log (`recent`, `recent_days`)."""
    raised = []
    if recent.percent is not None and recent.percent < rules.low_adherence_percent:
        said = tr_clinic("Did {percent}% of the prescribed sessions in {span} (flagged under {limit}%).")
        span = last_weeks(rules.flag_weeks)
        raised.append(
            Flag(
                FlagKind.LOW_ADHERENCE,
                said.format(percent=f"{recent.percent:.0f}", span=span, limit=rules.low_adherence_percent),
            )
        )
    for change in changes:
        if change.rise >= rules.pain_rise_points:  # as ProgressFigures.pain_rises
            raised.append(Flag(FlagKind.PAIN_UP, pain_rise_text(change, words)))
    for log_day in reversed(recent_days):  # latest first
        note = log_day.entry.note if log_day.entry is not None else ""
        terms = red_flag_terms_in(note, rules.red_flag_terms) if note else []
        if terms:
            mentions = ", ".join(f"\u201c{term}\u201d" for term in terms)
            said = tr_clinic("The note of {day} mentions {terms}: \u201c{note}\u201d")
            raised.append(
                Flag(
                    FlagKind.RED_FLAG_NOTE,
                    said.format(day=words.short(log_day.day), terms=mentions, note=excerpt(note)),
                    log_day.day,
                )
            )
    return raised


def pain_rise_text(change: PainChange, words: DateWords = US_WORDS) -> str:
    """'Back pain in the daily log is up 3.3 points: 6.1 a day on average in the last 7 days (Nov 30 to
    Dec 6), against 2.9 in the first week of this stage (Nov 13 to Nov 19).': what it measures and over
    which days, so it is not read against the pain scores taken at visits on other days."""
    said = tr_clinic(
        "{site} pain in the daily log is up {rise} points: {last} a day on average in {recent} ({last_span}),"
        " against {first} in the first week of this stage ({first_span})."
    ).format(
        site=site_words(change.site),
        rise=number(change.rise, 1),
        last=number(change.last_week, 1),
        recent=last_days(days_in(change.last_days)),
        last_span=words.short_span(*change.last_days),
        first=number(change.first_week, 1),
        first_span=words.short_span(*change.first_days),
    )
    return said[:1].upper() + said[1:]


def days_in(span: tuple[date, date]) -> int:
    return (span[1] - span[0]).days + 1


def last_days(days: int) -> str:
    """'the last day', 'the last 7 days'."""
    if days == 1:
        return tr_clinic("the last day")
    return tr_clinic("the last {days} days").format(days=days)


def last_weeks(weeks: int) -> str:
    """'the last week', 'the last 2 weeks'."""
    if weeks == 1:
        return tr_clinic("the last week")
    return tr_clinic("the last {weeks} weeks").format(weeks=weeks)


def excerpt(note: str) -> str:
    return one_line(" ".join(note.split()), NOTE_EXCERPT)  # quoted in a sentence: it must not take it over
