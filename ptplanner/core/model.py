"""The base of every core model: frozen, no unknown fields, and only text that can be stored."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # one pass in C: every text of every model is checked


def unstorable_character(text: str) -> str | None:
    """NUL and unpaired surrogates cannot be written to UTF-8 files, SQLite text or PostgreSQL."""
    found = _UNSTORABLE.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


class CoreModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="after")
    @classmethod
    def _text_can_be_stored(cls, value: Any) -> Any:
        texts = (value,) if isinstance(value, str) else value if isinstance(value, tuple) else ()
        for text in texts:
            if isinstance(text, str) and (bad := unstorable_character(text)):
                raise ValueError(f"contains a character that cannot be stored ({bad})")
        return value
