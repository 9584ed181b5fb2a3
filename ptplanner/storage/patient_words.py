"""Patient search through a word index: each word of a patient's search_key is a patient_words row, so a
search finds the few patients whose words fit what was typed through the index, and only then checks the
exact match (storage/patients.py: search_condition) on those few instead of on every patient.

The words are the runs of letters and digits of the search_key (core/exercise.py: search_words). When
typed text holds a word, every patient it matches has a word that it fits: the word ends with the first
typed word, starts with the last, equals one in between, or holds the only one. The longest typed word
picks the candidates; when it fits too many, the caller scans search_key as before.
"""

from __future__ import annotations

from sqlalchemy import delete, exists, insert, or_, select
from sqlalchemy.orm import Session

from ptplanner.core.exercise import search_words
from ptplanner.storage.models import PatientRow, PatientWordRow, SearchWordRow

MOST_CANDIDATES = 2000  # above this, scanning search_key in order finds the first screenful sooner


def key_words(search_key: str) -> set[str]:
    return set(search_words(search_key))


def write_words(session: Session, patient_id: str, old_key: str, new_key: str) -> None:
    """Keep the patient's words in step with a save that changes their search_key (same transaction)."""
    old, new = key_words(old_key), key_words(new_key)
    _remove(session, patient_id, old - new)
    added = sorted(new - old)
    if added:
        session.execute(insert(PatientWordRow), [{"word": w, "patient_id": patient_id} for w in added])
        stored = set(session.scalars(select(SearchWordRow.word).where(SearchWordRow.word.in_(added))))
        fresh = [{"word": w} for w in added if w not in stored]
        if fresh:
            session.execute(insert(SearchWordRow), fresh)


def erase_words(session: Session, patient_id: str, key: str) -> None:
    """Remove the patient's words, and every word no one else has: an erased name leaves no trace."""
    _remove(session, patient_id, key_words(key))


def _remove(session: Session, patient_id: str, words: set[str]) -> None:
    if not words:
        return
    session.execute(
        delete(PatientWordRow).where(PatientWordRow.patient_id == patient_id, PatientWordRow.word.in_(words))
    )
    used = exists().where(PatientWordRow.word == SearchWordRow.word)
    session.execute(delete(SearchWordRow).where(SearchWordRow.word.in_(words), ~used))


def candidate_ids(session: Session, needle: str, typed: str, id_prefix: bool) -> set[str] | None:
    """Ids of every patient that search_condition's exact match can accept (and maybe some it will not);
    None when the index cannot narrow the search (no word typed, or too many candidates)."""
    typed_words = search_words(needle)
    if not typed_words:
        return None
    place = max(range(len(typed_words)), key=lambda i: len(typed_words[i]))
    word = typed_words[place]
    query = select(PatientWordRow.patient_id).limit(MOST_CANDIDATES + 1)
    if len(typed_words) > 1 and place == len(typed_words) - 1:  # the start of a word
        query = query.where(*_starting_with(PatientWordRow.word, word))
    else:
        words = select(SearchWordRow.word)
        if len(typed_words) == 1:
            words = words.where(SearchWordRow.word.contains(word, autoescape=True))
        elif place == 0:
            words = words.where(SearchWordRow.word.endswith(word, autoescape=True))
        else:
            words = words.where(SearchWordRow.word == word)
        query = query.where(PatientWordRow.word.in_(words.scalar_subquery()))
    found = list(session.scalars(query))
    if len(found) > MOST_CANDIDATES:
        return None
    return set(found) | _ids_like(session, typed, id_prefix)


def _ids_like(session: Session, typed: str, id_prefix: bool) -> set[str]:
    """Ids equal to `typed` and, with `id_prefix`, starting with it as typed, in lower or in upper case."""
    found = or_(PatientRow.id == typed)
    if id_prefix:
        starts = {typed, typed.casefold(), typed.upper()}
        found = or_(found, *(_range(PatientRow.id, start) for start in starts))
    return set(session.scalars(select(PatientRow.id).where(found)))


def _starting_with(column, start: str) -> list:
    """Strings starting with `start` as a range of the index (byte order: see WORD in models.py)."""
    if ord(start[-1]) >= 0xD7FF:  # no next character to end the range with (surrogates are not text)
        return [column >= start, column.startswith(start, autoescape=True)]
    return [column >= start, column < start[:-1] + chr(ord(start[-1]) + 1)]


def _range(column, start: str):
    low, high = _starting_with(column, start)
    return low & high
