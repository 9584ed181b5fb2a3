"""Changes made on other workstations (or by another ptplanner program) since this one last looked.

Every change to the clinic's data writes an audit row in its own transaction: a patient's record with
the patient's id, the clinic's own exercises and settings with none (storage/store.py). So the audit
trail is also the list of what changed, in order, and one cheap question (the newest row's id) says
whether anything did. Rows this clinic object wrote itself are left out: its database remembers their
ids before they are committed. Views and exports change nothing and are left out too.
"""

from __future__ import annotations

import threading

from ptplanner.app.changes import Change, Changed
from ptplanner.app.clinic import Clinic
from ptplanner.storage.audit_feed import AuditEntry, audit_after, newest_audit_id

MAX_ROWS = 1000  # more new rows than this (a clinic imported): everything is read again instead
EVERYTHING = (Changed.PATIENTS, Changed.LIBRARY, Changed.SETTINGS)
_BY_ACTION = {"print": Changed.HANDOUTS, "import": Changed.PATIENTS, "erase": Changed.PATIENTS,
              "discharge": Changed.PATIENTS}
_BY_RECORD = {
    "patient": Changed.PATIENTS,
    "program": Changed.PROGRAM,
    "log": Changed.LOG,
    "outcome": Changed.OUTCOMES,
    "decision": Changed.DECISIONS,
    "exercise": Changed.LIBRARY,
    "setting": Changed.SETTINGS,
}
_NOT_CHANGES = {"view", "export"}


class ChangeWatch:
    """Looks for changes made elsewhere; `check` reports them to the clinic's listeners."""

    def __init__(self, clinic: Clinic) -> None:
        self._clinic = clinic
        self._database = clinic.workspace.database
        self._seen: int | None = None
        self._lock = threading.Lock()  # one look at a time, so no change is reported twice

    def start(self, since: int | None = None) -> None:
        """From now on: what is already stored is not a change. Call it before reading what to show.
        `since`: a newest change taken earlier (newest_change), before reading something shown now too."""
        with self._lock:
            self._seen = newest_audit_id(self._database) if since is None else since

    def check(self) -> list[Change]:
        """The changes made elsewhere since the last look (or `start`), each reported with elsewhere=True
        to the clinic's listeners, and returned. The first look without `start` only takes the baseline."""
        with self._lock:
            if self._seen is None:
                self._seen = newest_audit_id(self._database)
                return []
            newest, entries = audit_after(self._database, self._seen, MAX_ROWS)
            if newest <= self._seen:
                return []
            mine = self._database.own_audit_ids
            if len(entries) >= MAX_ROWS:
                changes = [Change(what, None, elsewhere=True) for what in EVERYTHING]
            else:
                changes = _changes([entry for entry in entries if entry.id not in mine])
            mine.difference_update([id_ for id_ in tuple(mine) if id_ <= newest])  # never seen again
            self._seen = newest
        self._clinic.report(*changes)
        return changes


def newest_change(clinic: Clinic) -> int:
    """Where the changes stored so far end: a ChangeWatch started from here reports every later one."""
    return newest_audit_id(clinic.workspace.database)


def _changes(entries: list[AuditEntry]) -> list[Change]:
    """One change per kind and patient, in the order first made."""
    found: dict[Change, None] = {}
    for entry in entries:
        what = _what(entry)
        if what is not None:
            found.setdefault(Change(what, entry.patient_id, elsewhere=True))
    return list(found)


def _what(entry: AuditEntry) -> Changed | None:
    if entry.action in _NOT_CHANGES:
        return None
    if entry.action in _BY_ACTION:
        return _BY_ACTION[entry.action]
    record = entry.details.get("record") if isinstance(entry.details, dict) else None
    if record in _BY_RECORD:
        return _BY_RECORD[record]
    return Changed.PATIENTS if entry.patient_id else None  # a change of a kind this version does not know
