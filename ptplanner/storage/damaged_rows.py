"""A stored document that no longer reads, named in one line: the rest of the clinic reads on.

A row written behind the app's back (an older version, a hand edit, a damaged page) can hold JSON that fails
its core model's checks or, on SQLite, text that is not JSON at all (the driver's decoding then fails while
the query's rows are read). Either way the reader is told which record it is and what to do, never the
parser's words; the row itself is left as it is until that record is saved anew. The words are in the language
spoken (core/language.py: tr_clinic), the record's included, made when the error is raised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar
from zlib import error as ZlibError

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ptplanner.core.language import Language, current_language, tr_clinic
from ptplanner.storage.errors import DatabaseDamaged, DatabaseError
from ptplanner.storage.models import PatientRow, ProgramRow

# What a document that does not read raises: pydantic's ValidationError and json's JSONDecodeError are
# ValueErrors; a document of the wrong shape fails where it is taken apart (TypeError, AttributeError);
# JSON nested thousands deep stops Python's parser (RecursionError).
UNREADABLE = (ValueError, TypeError, AttributeError, KeyError, ZlibError, RecursionError)
Model = TypeVar("Model", bound=BaseModel)


class RecordDamaged(DatabaseDamaged):
    """One stored record does not read; the rest of the database does. `part`: found where the record is not
    known (a packed program, a program's shared exercise snapshot); the reader that knows the record names it
    (see reading), after `inside` ("the exercise snapshot ..."; "" for the whole document)."""

    def __init__(self, what: str, part: bool = False, inside: str = "") -> None:
        self.part, self.inside = part, inside
        said = tr_clinic("{what} cannot be read: its stored text is damaged. {restore}")
        said = said.format(what=what, restore=restore_words())
        super().__init__(said[:1].upper() + said[1:])


def restore_words() -> str:
    return tr_clinic("Restore the latest good backup.")


def record_words(template: str, **phrases: str) -> str:
    """`template` (given by tr_clinic: "the log of {program}") filled in with record words. In Spanish "de"
    joins a phrase's "el" ("del programa"), as the language always writes it; quoted names are left alone."""
    if current_language() is Language.SPANISH:
        for name, phrase in phrases.items():
            if phrase.startswith("el ") and f"de {{{name}}}" in template:
                template = template.replace(f"de {{{name}}}", f"del {{{name}}}")
                phrases[name] = phrase.removeprefix("el ")
    return template.format(**phrases)


def damaged(what: str) -> RecordDamaged:
    """`what` ("the log of ..."): its stored text is damaged."""
    return RecordDamaged(what)


@contextmanager
def reading(what: Callable[[], str]) -> Iterator[None]:
    """A document met in the block that does not read raises RecordDamaged naming `what()` (and the part of
    it, when known). Other errors ptplanner words itself (a missing record, a damaged file) go through."""
    try:
        yield
    except RecordDamaged as error:
        if not error.part:
            raise
        if error.inside:
            raise damaged(record_words(tr_clinic("{part} in {record}"), part=error.inside, record=what())) from error
        raise damaged(what()) from error
    except DatabaseError:
        raise
    except UNREADABLE as error:
        raise damaged(what()) from error


def validated(model: type[Model], document: object, what: Callable[[], str]) -> Model:
    with reading(what):
        return model.model_validate(document)


def patient_words(session: Session, patient_id: str | None) -> str:
    """"patient Ana Silva (id 1359d05b)": the name column is plain text, readable when a document is not."""
    name = session.scalar(select(PatientRow.name).where(PatientRow.id == patient_id))
    return patient_named(name, patient_id)


def patient_named(name: str | None, patient_id: str | None) -> str:
    short = (patient_id or "")[:8]
    if name is None:
        return tr_clinic("patient {id}").format(id=short)
    return tr_clinic("patient {name} (id {id})").format(name=name, id=short)


def program_words(session: Session, program_id: str) -> str:
    """"the program “Home program” of patient Ana Silva (id 1359d05b)", from the program's plain columns."""
    query = select(ProgramRow.title, ProgramRow.patient_id).where(ProgramRow.id == program_id)
    row = session.execute(query).one_or_none()
    if row is None:
        return tr_clinic("the program {id}").format(id=program_id[:8])
    patient = patient_words(session, row.patient_id)
    return record_words(tr_clinic("the program “{title}” of {patient}"), title=row.title, patient=patient)
