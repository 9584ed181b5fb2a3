"""Settings kept as one JSON value each and checked by a core model when read back."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ptplanner.core.language import tr_clinic
from ptplanner.core.problems import problems_from_validation
from ptplanner.storage.errors import DatabaseError
from ptplanner.storage.store import Store

Model = TypeVar("Model", bound=BaseModel)


def load_model_setting(
    store: Store, key: str, model: type[Model], damaged: type[DatabaseError], what: str, fix: str
) -> Model:
    """The stored value, or the model's defaults when none was ever saved.

    A stored value that no longer passes the model's checks raises `damaged`, naming each field. `what` ("the
    saved clinic settings") and `fix` are marked with clinic_word and said in the language spoken.
    """
    try:
        stored = store.get_setting(key)
    except (ValueError, RecursionError) as error:  # not JSON (SQLite keeps any text), or nested too deep
        said = tr_clinic("{what} cannot be read: their stored text is damaged. {fix}")
        raise damaged(_sentence(said.format(what=tr_clinic(what), fix=tr_clinic(fix)))) from error
    if stored is None:
        return model()
    try:
        return model.model_validate(stored)
    except ValidationError as error:
        problems = "; ".join(f"{p.field}: {p.message}" for p in problems_from_validation("", error))
        said = tr_clinic("{what} cannot be read ({problems}). {fix}")
        said = said.format(what=tr_clinic(what), problems=problems, fix=tr_clinic(fix))
        raise damaged(_sentence(said)) from error


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def save_model_setting(store: Store, key: str, value: BaseModel) -> None:
    store.set_setting(key, value.model_dump(mode="json"))
