"""Reading a file a user pointed ptplanner at (a patient file, a library file, a photo, a logo).

Only regular files are read, never more than a set number of bytes: a device such as /dev/zero (or a
link to one) would otherwise fill the memory, and a named pipe would hang the program.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# O_NONBLOCK: opening a named pipe with no writer returns at once instead of waiting for one.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 1024 * 1024

_PLAIN_REASONS = {
    errno.ENOENT: "cannot be read (there is no such file)",
    errno.EACCES: "cannot be read (permission denied)",
    errno.EPERM: "cannot be read (permission denied)",
    errno.EISDIR: "a folder, not a file",
    errno.ELOOP: "a link that leads nowhere (a loop of links)",
    errno.ENAMETOOLONG: "a name too long for this system",
    errno.EIO: "cannot be read (the disk reported an error)",
}


class UnreadableFile(ValueError):
    """A file that was not read; str() is the plain reason, e.g. 'not a regular file'."""


def plain_reason(error: OSError) -> str:
    """An OSError in words a clinic user understands."""
    return _PLAIN_REASONS.get(error.errno or 0, f"cannot be read ({error.strerror or error})")


def size_words(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit // (1024 * 1024)} MB"
    return f"{limit // 1024} KiB"


def read_capped(path: Path, limit: int) -> bytes:
    """The whole content of the regular file at `path` (links followed), if it holds at most `limit` bytes.

    Raises UnreadableFile with a plain reason for anything else: missing, unreadable, a folder, a
    device or pipe, or too large (checked by reading, not by trusting the size the system reports).
    """
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise UnreadableFile(plain_reason(error)) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise UnreadableFile("a folder, not a file")
        if not stat.S_ISREG(mode):
            raise UnreadableFile("not a regular file (it is a device, a pipe or a socket)")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(descriptor, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise UnreadableFile(plain_reason(error)) from None
    finally:
        os.close(descriptor)
    if total > limit:
        raise UnreadableFile(f"larger than {size_words(limit)}")
    return b"".join(chunks)


def read_capped_text(path: Path, limit: int) -> str:
    """read_capped, decoded as UTF-8 (a byte-order mark at the start is dropped)."""
    data = read_capped(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("not UTF-8 text") from None
