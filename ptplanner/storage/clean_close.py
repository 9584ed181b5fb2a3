"""The mark ptplanner leaves beside a database file it closed cleanly: `ptplanner.db.closed`.

The full check before opening reads every byte: seconds for a big clinic on a cold disk, at every
first start of the day. A file whose size, modification time and SQLite change counter are as noted
at close needs only the quick checks to open. The mark also holds the SHA-256 of the whole file, so
damage that leaves those three alone (bytes changed in the middle) is still caught: the digest is
compared on a background thread, and nothing is written to the file until it matches (write_gate).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from ptplanner.safe_write import write_private_text

log = logging.getLogger(__name__)

DIGEST = "sha256"  # hashlib's SHA-256 uses the CPU's SHA instructions: about 1.5 GB/s here
CHUNK_BYTES = 4 << 20


def mark_path(path: Path) -> Path:
    return path.with_name(path.name + ".closed")


def file_state(path: Path) -> dict[str, int | str]:
    """What tells cheaply whether a database file changed: its size, modification time and the change
    counter SQLite keeps in its header."""
    stat = path.stat()
    with path.open("rb") as file:
        counter = file.read(28)[24:28].hex()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "counter": counter}


def file_digest(path: Path, between_chunks: Callable[[], object] | None = None) -> str:
    """The file's digest, read in big chunks (each takes Python's lock only briefly); `between_chunks`
    lets a background reader pause between them."""
    digest = hashlib.new(DIGEST)
    buffer = bytearray(CHUNK_BYTES)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as file:
        while size := file.readinto(buffer):
            digest.update(view[:size])
            if between_chunks is not None:
                between_chunks()
    return digest.hexdigest()


def _log_file(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def remember_closed(path: Path) -> None:
    """Once ptplanner has closed the database cleanly, note what the file looks like, and its digest."""
    if _log_file(path).exists():  # a write-ahead log left: still open elsewhere
        return
    mark = mark_path(path)
    try:
        mark.unlink(missing_ok=True)  # a stale mark must not outlive a failure below
        state = file_state(path)
        digest = file_digest(path)
        if file_state(path) != state:  # written to while it was read: no mark rather than a wrong one
            return
        write_private_text(mark, json.dumps(state | {DIGEST: digest}))
    except OSError as error:  # only a lost shortcut: the next start checks the whole file
        log.warning("Cannot note that %s was closed cleanly: %s", path, error)


def digest_if_unchanged(path: Path) -> str | None:
    """The digest noted at the last clean close when the file still looks exactly as it did then
    (size, time, counter, and no write-ahead log); None when the file must get the full check."""
    try:
        noted = json.loads(mark_path(path).read_text(encoding="utf-8"))
        digest = noted.pop(DIGEST)
        unchanged = not _log_file(path).exists() and noted == file_state(path)
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None
    return digest if unchanged and isinstance(digest, str) else None
