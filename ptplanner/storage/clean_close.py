"""The mark ptplanner leaves beside a database file it closed cleanly: `ptplanner.db.closed`.

The full check before opening reads every byte: seconds for a big clinic on a cold disk, at every
first start of the day. A file whose size, modification time and SQLite change counter are as noted
at close needs only the quick checks to open. The mark also holds the SHA-256 of each 4 MB chunk of the
file, so damage that leaves those three alone (bytes changed in the middle) is still caught: the chunks
are compared on a background thread, and nothing is written to the file until those the write gate
checks first match (all of a file up to 128 MB; a bounded sample of a bigger one, see write_gate).
Damage found that way replaces the mark with a note of it, so every later start refuses the file at once.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Collection
from pathlib import Path

from ptplanner.safe_write import write_private_text

log = logging.getLogger(__name__)

DIGEST = "sha256"  # hashlib's SHA-256 uses the CPU's SHA instructions: about 1.5 GB/s here
CHUNKS = "chunks"  # the mark's list of each chunk's digest
DAMAGED = "damaged"  # the note left instead of the digests when the file was found damaged
CHUNK_BYTES = 4 << 20
KEPT_HEX = 32  # 128 bits of each chunk's SHA-256: a 10 GB file's mark stays under 100 KB


def mark_path(path: Path) -> Path:
    return path.with_name(path.name + ".closed")


def file_state(path: Path) -> dict[str, int | str]:
    """What tells cheaply whether a database file changed: its size, modification time and the change
    counter SQLite keeps in its header."""
    stat = path.stat()
    with path.open("rb") as file:
        counter = file.read(28)[24:28].hex()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "counter": counter}


def file_digest(
    path: Path, between_chunks: Callable[[], object] | None = None, only: Collection[int] | None = None
) -> dict[int, str]:
    """The digest of each CHUNK_BYTES chunk of the file by its number (of those in `only`, or of all),
    read one chunk at a time (each takes Python's lock only briefly); `between_chunks` lets a background
    reader pause between them."""
    found = {}
    buffer = bytearray(CHUNK_BYTES)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as file:
        size = file.seek(0, 2)
        for number in range(-(-size // CHUNK_BYTES)) if only is None else sorted(only):
            file.seek(number * CHUNK_BYTES)
            read = file.readinto(buffer)
            found[number] = hashlib.new(DIGEST, view[:read]).hexdigest()[:KEPT_HEX]
            if between_chunks is not None:
                between_chunks()
    return found


def _log_file(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _log_empty(path: Path) -> bool:
    """No write-ahead log, or an empty one: all there is lies in the file itself. (A program that read
    the file read-only leaves an empty log behind, as it may not remove it; taken for an unclean close,
    it cost the next start the check of every page.)"""
    try:
        return _log_file(path).stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def remember_closed(path: Path) -> None:
    """Once ptplanner has closed the database cleanly, note what the file looks like, and its digest."""
    if _log_file(path).exists():  # a write-ahead log left: still open elsewhere
        return
    mark = mark_path(path)
    try:
        mark.unlink(missing_ok=True)  # a stale mark must not outlive a failure below
        state = file_state(path)
        chunks = file_digest(path)
        if file_state(path) != state:  # written to while it was read: no mark rather than a wrong one
            return
        write_private_text(mark, json.dumps(state | {CHUNKS: [chunks[n] for n in range(len(chunks))]}))
    except OSError as error:  # only a lost shortcut: the next start checks the whole file
        log.warning("Cannot note that %s was closed cleanly: %s", path, error)


def digest_if_unchanged(path: Path) -> tuple[str, ...] | None:
    """The chunks' digests noted at the last clean close when the file still looks exactly as it did
    then (size, time, counter, and no write-ahead log); None when the file must get the full check."""
    try:
        noted = json.loads(mark_path(path).read_text(encoding="utf-8"))
        chunks = noted.pop(CHUNKS)
        unchanged = _log_empty(path) and noted == file_state(path)
        valid = isinstance(chunks, list) and all(isinstance(chunk, str) for chunk in chunks)
    except (OSError, ValueError, KeyError, AttributeError, TypeError, RecursionError):
        return None
    return tuple(chunks) if unchanged and valid else None


def note_damaged(path: Path, reason: str) -> None:
    """Damage found behind the mark's back: the mark becomes a note of it (see noted_damage)."""
    try:
        write_private_text(mark_path(path), json.dumps({DAMAGED: reason}))
    except OSError as error:
        log.warning("Cannot note that %s is damaged: %s", path, error)
        mark_path(path).unlink(missing_ok=True)


def noted_damage(path: Path) -> str | None:
    """What a check found wrong with the file on an earlier start, if one did (until it is restored)."""
    try:
        reason = json.loads(mark_path(path).read_text(encoding="utf-8")).get(DAMAGED)
    except (OSError, ValueError, AttributeError, RecursionError):
        return None
    return reason if isinstance(reason, str) else None
