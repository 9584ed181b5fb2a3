"""How a program's log is stored: one row per calendar month, holding that month's days as compressed JSON.

A logged day as its own row cost about 1 KB (the document repeats the program's and items' ids, and each
row has its keys and two index entries); ten years of daily logs for a clinic came to 8.7 GB. A month of
days compressed together costs about 75 bytes a day, and a patient's whole log is a few rows to read.
Each day keeps its document exactly as `AdherenceEntry.model_dump(mode="json")` writes it, ids included.

Pure functions: the migration that made these rows (0015) uses them too.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from datetime import date
from typing import Any

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.core.model import validate_json_list


def month_of(day: date) -> date:
    return day.replace(day=1)


def packed_month(documents: Iterable[Any]) -> bytes:
    """The month's day documents, in the order given (by day), as compressed compact JSON."""
    text = json.dumps(list(documents), separators=(",", ":"), ensure_ascii=False)
    return zlib.compress(text.encode("utf-8"), 6)


def month_documents(data: bytes) -> list[Any]:
    """The day documents of a packed month. ValueError or zlib.error when the bytes are not a packed month
    (the caller names whose log it is); the documents themselves are checked by whoever reads them."""
    documents = json.loads(_month_text(data))
    if not isinstance(documents, list):
        raise ValueError("a packed month holds a list of days")
    return documents


def month_entries(program_id: str, month: date, data: bytes) -> list[AdherenceEntry]:
    """The logged days of the program's packed `month`, read as the app reads them: ValueError (or
    zlib.error) if the bytes are not a packed month, a day does not read or is another program's, or the
    days are not each of that month once, in order. The month's text is searched for unstorable characters
    once, not each text in it."""
    entries = validate_json_list(AdherenceEntry, _month_text(data))
    _check_days(month, [entry.day for entry in entries])
    if any(entry.program_id != program_id for entry in entries):
        raise ValueError("a packed month holds its own program's days")
    return entries


def month_days(month: date, data: bytes) -> list[Any]:
    """The day documents of the packed `month`, checked to be days of that month, each once, in order:
    ValueError (or TypeError, KeyError) otherwise, as for bytes that are not a packed month."""
    documents = month_documents(data)
    _check_days(month, [document_day(document) for document in documents])
    return documents


def _check_days(month: date, days: list[date]) -> None:
    if any(month_of(day) != month for day in days) or days != sorted(set(days)):
        raise ValueError("a packed month holds each of its own days once, in order")


def _month_text(data: bytes) -> str:
    return zlib.decompress(bytes(data)).decode("utf-8")


def document_day(document: Any) -> date:
    """The day a day document is for; ValueError or TypeError if it names none."""
    return date.fromisoformat(document["day"])
