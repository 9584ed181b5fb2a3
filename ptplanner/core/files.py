"""Files a user points ptplanner at: read safely, written all or nothing.

Only regular files are read (a patient file, a library file, a photo, a logo), never more than a
set number of bytes: a device such as /dev/zero (or a link to one) would otherwise fill the memory,
and a named pipe would hang the program. Output files (exports, handouts, reports, the catalog,
library files) are written to a temporary file, flushed to disk and renamed: a full disk or a crash
never leaves half a file, and a failure names the file and says why in plain words.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ptplanner.core.language import clinic_word, tr_clinic

# O_NONBLOCK: opening a named pipe with no writer returns at once instead of waiting for one.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)
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


_WRITE_REASONS = {
    errno.ENOSPC: clinic_word("the disk is full"),
    errno.EDQUOT: clinic_word("your disk quota is used up"),
    errno.EACCES: clinic_word("permission denied"),
    errno.EPERM: clinic_word("permission denied"),
    errno.EROFS: clinic_word("the disk is read-only"),
    errno.ENOENT: clinic_word("its folder does not exist"),
    errno.ENOTDIR: clinic_word("its folder does not exist"),
    errno.EISDIR: clinic_word("it is a folder"),
    errno.EIO: clinic_word("the disk reported an error"),
    errno.EFBIG: clinic_word("the file would be too large for this disk"),
    errno.ENAMETOOLONG: clinic_word("the name is too long"),
}


class WriteFailed(OSError):
    """An output file that could not be written; nothing of it was left behind."""

    def __str__(self) -> str:
        said = tr_clinic("Cannot write {file}: {why}. Nothing was written.")
        return said.format(file=self.filename, why=self.strerror)


def plain_os_reason(error: OSError) -> str:
    """Why, in the app's language for the reasons ptplanner words itself (else the system's own words)."""
    reason = _WRITE_REASONS.get(error.errno or 0)
    return tr_clinic(reason) if reason else error.strerror or str(error)


def write_file_atomically(path: Path, data: bytes, private: bool = True) -> None:
    """Write `data` to `path` all or nothing (see atomic_path). Raises WriteFailed."""
    with atomic_path(path, private) as temporary:
        temporary.write_bytes(data)


@contextmanager
def atomic_path(path: Path, private: bool = True) -> Iterator[Path]:
    """A temporary file beside `path` to write to; once the block ends, it is flushed to disk and renamed
    over `path`. If the block or the write fails, it is removed and `path` is left as it was.

    `private`: readable by this user only (0600); otherwise the permissions a new file gets here.
    Any OSError, the block's included, comes out as WriteFailed naming `path`.
    """
    path = _writable_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        os.close(handle)
        yield Path(temporary)
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600 if private else 0o666 & ~_umask())
        os.replace(temporary, path)
        fsync_folder(folder)  # so the new name survives a power cut
    except OSError as error:
        raise WriteFailed(error.errno, plain_os_reason(error), str(path)) from None
    finally:
        if temporary is not None and os.path.lexists(temporary):
            try:
                os.unlink(temporary)
            except OSError:
                pass  # what failed (or not) before is what the caller hears about


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder as a file; NTFS journals the rename itself
        return
    descriptor = os.open(folder if str(folder) else ".", os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _writable_target(path: Path) -> Path:
    """The file the rename may replace: a link is followed to its file (the link stays); a device, pipe or
    folder is refused (renaming over /dev/null would replace the device itself)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return path
    except OSError as error:
        raise WriteFailed(error.errno, plain_os_reason(error), str(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise WriteFailed(errno.EISDIR, plain_os_reason(IsADirectoryError(errno.EISDIR, "")), str(path))
    if not stat.S_ISREG(info.st_mode):
        raise WriteFailed(errno.EINVAL, tr_clinic("it is not a regular file (a device or a pipe)"), str(path))
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def _umask() -> int:
    current = os.umask(0o077)
    os.umask(current)
    return current
