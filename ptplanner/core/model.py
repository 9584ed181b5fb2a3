"""The base of every core model: frozen, no unknown fields, and only text that can be stored."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from ptplanner.core.language import clinic_word

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # one pass in C: every text of every model is checked
_UNSTORABLE_ESCAPE = re.compile("\\\\u(?:0000|[dD][89abcdefABCDEF])")  # how JSON text writes them
UNSTORABLE = clinic_word("contains a character that cannot be stored ({bad})")
# Set while validating JSON text whose every text was checked at once (validate_json); per thread.
_text_checked: ContextVar[bool] = ContextVar("text_checked", default=False)


def unstorable_character(text: str) -> str | None:
    """NUL and unpaired surrogates cannot be written to UTF-8 files, SQLite text or PostgreSQL."""
    found = _UNSTORABLE.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


class CoreModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # One check of the whole model once its fields are in, rather than a validator on every field: pydantic
    # calls each validator for each field of each model, and that was a quarter of reading the clinic's
    # 5,000 exercises (0.17 s to 0.13 s). Each bad field is still named (its `loc`), as pydantic names them.
    @model_validator(mode="after")
    def _text_can_be_stored(self) -> Any:
        if _text_checked.get():
            return self
        bad_fields = []
        for name, value in self.__dict__.items():
            texts = (value,) if isinstance(value, str) else value if isinstance(value, tuple) else ()
            for text in texts:
                if isinstance(text, str) and (bad := unstorable_character(text)):
                    reason = {"reason": UNSTORABLE.format(bad=bad)}
                    error = PydanticCustomError("value_error", "Value error, {reason}", reason)
                    bad_fields.append(InitErrorDetails(type=error, loc=(name,), input=value))
                    break
        if bad_fields:
            raise ValidationError.from_exception_data(type(self).__name__, bad_fields)
        return self


Model = TypeVar("Model", bound=CoreModel)


def validate_json(model: type[Model], text: str) -> Model:
    """`model` read from JSON text. The text as a whole is searched once for what could become an
    unstorable character, instead of each text in it (a third of reading the clinic's 5,000 exercises);
    should anything look like one, it is parsed and validated as usual, with the usual messages."""
    if _storable_json(text):
        return _text_already_checked(model.model_validate_json, text)
    return model.model_validate(json.loads(text))


def validate_json_list(model: type[Model], text: str) -> list[Model]:
    """A list of `model` read from the JSON text of an array, the text searched once as by validate_json.
    ValueError (pydantic's ValidationError is one) if the text is not such an array."""
    if _storable_json(text):
        return _text_already_checked(_list_of(model).validate_json, text)
    documents = json.loads(text)
    if not isinstance(documents, list):
        raise ValueError("not a JSON array")
    return [model.model_validate(document) for document in documents]


@functools.cache
def _list_of(model: type[Model]) -> TypeAdapter[list[Model]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _text_already_checked(validate: Callable[[str], Any], text: str) -> Any:
    checked = _text_checked.set(True)
    try:
        return validate(text)
    finally:
        _text_checked.reset(checked)


def _storable_json(text: str) -> bool:
    """No text in this JSON can hold NUL or a lone surrogate. (False for a surrogate pair too, as in an
    emoji: the usual validation then lets it through.)"""
    if "\x00" in text or (not text.isascii() and _UNSTORABLE.search(text)):  # (stored JSON is ASCII)
        return False
    return _UNSTORABLE_ESCAPE.search(text) is None
