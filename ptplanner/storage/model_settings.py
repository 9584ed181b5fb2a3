"""Settings kept as one JSON value each and checked by a core model when read back."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ptplanner.core.problems import problems_from_validation
from ptplanner.storage.errors import DatabaseError
from ptplanner.storage.store import Store

Model = TypeVar("Model", bound=BaseModel)


def load_model_setting(
    store: Store, key: str, model: type[Model], damaged: type[DatabaseError], what: str, fix: str
) -> Model:
    """The stored value, or the model's defaults when none was ever saved.

    A stored value that no longer passes the model's checks raises `damaged`, naming each field.
    """
    try:
        stored = store.get_setting(key)
    except ValueError as error:  # not JSON at all (SQLite keeps any text): damaged, or edited by hand
        raise damaged(f"The saved {what} cannot be read: their stored text is damaged. {fix}") from error
    if stored is None:
        return model()
    try:
        return model.model_validate(stored)
    except ValidationError as error:
        problems = "; ".join(f"{p.field}: {p.message}" for p in problems_from_validation("", error))
        raise damaged(f"The saved {what} cannot be read ({problems}). {fix}") from error


def save_model_setting(store: Store, key: str, value: BaseModel) -> None:
    store.set_setting(key, value.model_dump(mode="json"))
