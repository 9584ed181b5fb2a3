"""Which backup files still hold a patient after they were erased from the database.

An erasure cannot reach into backups (they are verified copies the clinic may need), so the user is told
which ones hold the patient until rotation removes them or the clinic deletes them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backups_holding(candidates: list[Path], patient_id: str) -> list[Path]:
    """The files among `candidates` holding the patient; a file that cannot be read is named too, as it
    may hold them."""
    return [path for path in sorted(candidates) if _holds(path, patient_id)]


def backup_files(database: Path, backups: Path) -> list[Path]:
    """Every SQLite copy ptplanner keeps: the backups folder's and the copy kept before an update."""
    found = list(database.parent.glob(f"{database.stem}-before-update-from-*{database.suffix}"))
    try:
        found += [p for p in backups.iterdir() if p.suffix == ".db" and p.is_file()]
    except OSError:
        pass
    return found


def _holds(path: Path, patient_id: str) -> bool:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = connection.execute("SELECT 1 FROM patients WHERE id = ?", (patient_id,)).fetchone()
            return found is not None
        finally:
            connection.close()
    except sqlite3.Error:
        return True
