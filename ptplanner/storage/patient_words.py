"""Patient search through a word index: each word of a patient's search_key is a patient_words row holding
the key, so a search reads the index entries of the words that fit what was typed, checks the exact match
(storage/patients.py: exact_condition) on their keys, and reads no patient it does not show.

The words are the runs of letters and digits of the search_key (core/exercise.py: search_words). When
typed text holds a word, every patient it matches has a word that it fits: the word ends with the first
typed word, starts with the last, equals one in between, or holds the only one. The longest typed word
picks the entries; when it fits too many, the caller scans search_key as before.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from sqlalchemy import Engine, delete, insert, select, text
from sqlalchemy.orm import Session

from ptplanner.core.exercise import search_words
from ptplanner.storage.models import PatientRow, PatientWordRow, SearchWordRow

MOST_ENTRIES = 4000  # above this, scanning search_key in order finds the first screenful sooner


def write_words(session: Session, patient_id: str, old_key: str, new_key: str) -> None:
    """Keep the patient's words in step with a save that changes their search_key (same transaction)."""
    old, new = set(search_words(old_key)), set(search_words(new_key))
    _remove(session, patient_id, old)
    if new:
        rows = [{"word": w, "patient_id": patient_id, "search_key": new_key} for w in sorted(new)]
        session.execute(insert(PatientWordRow), rows)
        stored = set(session.scalars(select(SearchWordRow.word).where(SearchWordRow.word.in_(new))))
        if fresh := [{"word": w} for w in sorted(new - stored)]:
            session.execute(insert(SearchWordRow), fresh)


def erase_words(session: Session, patient_id: str, key: str) -> None:
    """Remove the patient's words, and every word no one else has: an erased name leaves no trace."""
    _remove(session, patient_id, set(search_words(key)))


def _remove(session: Session, patient_id: str, words: set[str]) -> None:
    if not words:
        return
    session.execute(
        delete(PatientWordRow).where(PatientWordRow.patient_id == patient_id, PatientWordRow.word.in_(words))
    )
    used = select(PatientWordRow.word).where(PatientWordRow.word == SearchWordRow.word).exists()
    session.execute(delete(SearchWordRow).where(SearchWordRow.word.in_(words), ~used))


def matching_keys(session: Session, needle: str, typed: str, by_id) -> dict[str, str] | None:
    """The search_key of every patient whose key contains `needle` or who `by_id` (a condition) matches,
    by id; None when the index cannot narrow the search (no word typed, or too many entries)."""
    typed_words = search_words(needle)
    if not typed_words:
        return None
    place = max(range(len(typed_words)), key=lambda i: len(typed_words[i]))
    word = typed_words[place]
    query = select(PatientWordRow.patient_id, PatientWordRow.search_key).limit(MOST_ENTRIES + 1)
    if len(typed_words) > 1 and place == len(typed_words) - 1:  # the start of a word
        query = query.where(*starting_with(PatientWordRow.word, word))
    else:
        words = select(SearchWordRow.word)
        if len(typed_words) == 1:
            words = words.where(SearchWordRow.word.contains(word, autoescape=True))
        elif place == 0:
            words = words.where(SearchWordRow.word.endswith(word, autoescape=True))
        else:
            words = words.where(SearchWordRow.word == word)
        query = query.where(PatientWordRow.word.in_(words.scalar_subquery()))
    if session.get_bind().dialect.name == "postgresql":
        # psycopg prepares a statement run five times, and PostgreSQL's plan for any word would then read
        # the whole table: plan for the word typed
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    # Through the connection, not the ORM: thousands of plain rows, no objects (a third of a keystroke's time)
    connection = session.connection()
    entries = connection.execute(query).all()
    if len(entries) > MOST_ENTRIES:
        return None
    # search_key LIKE '%needle%' exactly: both are case-folded, so SQLite ignoring ASCII case changes nothing
    found = {patient_id: key for patient_id, key in entries if needle in key}
    by_id_keys = connection.execute(select(PatientRow.id, PatientRow.search_key).where(by_id))
    found.update((patient_id, key) for patient_id, key in by_id_keys)
    return found


def starting_with(column, start: str) -> list:
    """Strings starting with `start` as a range of the index (byte order: see WORD in models.py)."""
    if ord(start[-1]) >= 0xD7FF:  # no next character to end the range with (surrogates are not text)
        return [column >= start, column.startswith(start, autoescape=True)]
    return [column >= start, column < start[:-1] + chr(ord(start[-1]) + 1)]


def orders_by_code_point(session: Session) -> bool:
    """Whether the database sorts text as Python does (SQLite; PostgreSQL with the C collation). Asked once
    per engine: a database's collation cannot change while it is open (a fresh engine asks again)."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        return True
    engine = bind.engine  # a session bound to a connection: that connection's engine
    known = _CODE_POINT_ORDER.get(engine)
    if known is None:
        known = _CODE_POINT_ORDER[engine] = _collation_is_code_point(session)
    return known


_CODE_POINT_ORDER: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


def _collation_is_code_point(session: Session) -> bool:
    where = "FROM pg_database WHERE datname = current_database()"
    if int(session.scalar(text("SHOW server_version_num"))) >= 150000:  # ICU collations: since PostgreSQL 15
        provider = session.scalar(text(f"SELECT datlocprovider {where}"))
        if provider != "c":  # an ICU locale ("en-US") orders by its rules whatever datcollate says
            return False
    collation = session.scalar(text(f"SELECT datcollate {where}"))
    return collation in ("C", "POSIX", "C.UTF-8", "C.utf8")
