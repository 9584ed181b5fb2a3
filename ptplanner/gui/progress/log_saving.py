"""Writing a log sheet's changes: every changed day in one transaction, so a failure leaves the log
as it was."""

from __future__ import annotations

from collections.abc import Sequence

from ptplanner.core.adherence import AdherenceEntry
from ptplanner.storage import logs
from ptplanner.storage.database import Database
from ptplanner.storage.errors import NotFound


def save_log(db: Database, to_save: Sequence[AdherenceEntry], to_delete: Sequence[AdherenceEntry]) -> None:
    with db.session() as session:
        for entry in to_delete:
            try:
                logs.delete_entry(session, entry.id)
            except NotFound:
                pass  # already gone (deleted on another workstation): the day is empty either way
        for entry in to_save:
            logs.save_entry(session, entry)
