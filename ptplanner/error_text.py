"""What an unexpected error may say on screen or in a log: where it happened, never the data it held.

The message of an arbitrary exception can quote anything it was given: a pydantic error repeats the
input (a patient's name), a database error the row being written. For a bug, the type of each error
and the lines of code it passed through are what a developer needs; the messages are left out, but
for the few kinds whose message ptplanner itself words without patient data.
"""

from __future__ import annotations

import errno
import traceback
from pathlib import Path
from types import TracebackType

_PACKAGE = Path(__file__).resolve().parent


def user_message(error: BaseException) -> str:
    """An expected failure (a database refusal, a file that cannot be written, a refused photo) in words for
    the user. Not for an unexpected error: its message could hold anything (see summary)."""
    from ptplanner.core.files import WriteFailed, plain_os_reason
    from ptplanner.storage.errors import DatabaseError

    if isinstance(error, DatabaseError | WriteFailed):
        return str(error)  # worded by ptplanner
    if isinstance(error, OSError):
        reason = plain_os_reason(error)
        return f"{error.filename}: {reason}" if error.filename else reason
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    from ptplanner.storage.driver_errors import describe

    if isinstance(error, DBAPIError):  # its text repeats the SQL statement, and may quote a row
        return describe(error.orig, None)[1]
    if isinstance(error, SQLAlchemyError):
        from ptplanner.core.language import tr_clinic

        return tr_clinic("the database refused it ({kind})").format(kind=type(error).__name__)
    return str(error)


def summary(error: BaseException) -> str:
    """One line: the error's type and, where that is safe, what it says."""
    kind = type(error).__name__
    detail = _safe_detail(error)
    return f"{kind}: {detail}" if detail else kind


def where(tb: TracebackType | None) -> str:
    """'ptplanner/handouts/document.py, line 72': the last frame of ptplanner's code (else the last one)."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    ours = [frame for frame in frames if _inside_ptplanner(frame.filename)]
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return "an unknown place"
    return f"{_short(frame.filename)}, line {frame.lineno}"


def scrubbed_traceback(error: BaseException) -> str:
    """Like traceback.format_exception, with each message replaced by summary(): safe for logs and dialogs."""
    chain: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and link not in chain and len(chain) < 10:
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    parts = []
    for link in reversed(chain):
        lines = [f'  File "{_short(f.filename)}", line {f.lineno}, in {f.name}'
                 for f in traceback.extract_tb(link.__traceback__)]
        parts.append("\n".join(["Traceback (most recent call last):", *lines, summary(link)]))
    return "\n\nwhich led to:\n\n".join(parts)


def _safe_detail(error: BaseException) -> str:
    from ptplanner.storage.driver_errors import PlainDriverError

    if isinstance(error, PlainDriverError):
        return str(error)  # worded by ptplanner from the error's code; no values
    if isinstance(error, OSError):
        name = errno.errorcode.get(error.errno or 0, "")
        return f"[{name}] {error.strerror}" if name else ""
    errors = getattr(error, "errors", None)
    if callable(errors) and type(error).__name__ == "ValidationError":
        places = sorted({(".".join(map(str, e["loc"])) or "the whole record") + f" ({e['type']})"
                         for e in errors(include_input=False)})
        return f"{len(places)} problem(s) at " + ", ".join(places[:10])
    return ""


def _inside_ptplanner(filename: str) -> bool:
    return Path(filename).resolve().is_relative_to(_PACKAGE)


def _short(filename: str) -> str:
    path = Path(filename)
    try:
        return path.resolve().relative_to(_PACKAGE.parent).as_posix()
    except (ValueError, OSError):
        return path.name
