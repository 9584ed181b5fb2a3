"""Catches database work done on the GUI thread by ptplanner's GUI code: it freezes the window while
the disk or a PostgreSQL server answers. Every GUI test runs with it (see conftest.py)."""

from __future__ import annotations

import threading
import traceback

from sqlalchemy import event
from sqlalchemy.pool import Pool

# GUI code allowed to use the database on the GUI thread ("module function"): none.
KNOWN: frozenset[str] = frozenset()

_seen: list[str] = []
_watching = threading.Event()


@event.listens_for(Pool, "checkout")
def _on_checkout(dbapi_connection, record, proxy) -> None:
    if not _watching.is_set() or threading.current_thread() is not threading.main_thread():
        return
    gui = [frame for frame in traceback.extract_stack() if "/ptplanner/gui/" in frame.filename]
    if gui:
        frame = gui[-1]
        _seen.append(f"{frame.filename.split('/ptplanner/gui/')[-1]} {frame.name}")


def start() -> None:
    _seen.clear()
    _watching.set()


def stop() -> list[str]:
    """The GUI code that used the database on the GUI thread since start(), known offenders left out."""
    _watching.clear()
    return sorted({site for site in _seen if site not in KNOWN})
