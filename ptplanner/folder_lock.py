"""One ptplanner at a time writes to an SQLite data folder: the app for as long as it is open, a
command-line write (import, demo, handout) while it runs.

The lock is the operating system's lock on `ptplanner.lock` (flock on Linux and macOS, a byte-range
lock on Windows), so the system gives it back the moment a holder dies: a crash never leaves a stale
lock. The file says who holds it (program, process id, computer), for the message to the next one.
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

from ptplanner.datadirs import create_private_folder

LOCK_FILE = "ptplanner.lock"
_INFO_OFFSET = 16  # Windows locks byte 0 only, so others can still read who holds it


class FolderBusy(Exception):
    """Another ptplanner holds the data folder; the message says which one and what to do."""

    def __init__(self, folder: Path, holder: str) -> None:
        self.folder, self.holder = folder, holder
        super().__init__(
            f"the data folder {folder} is in use by {holder}. Wait for it to finish, or close it, "
            "then try again. Clinics that work on several computers at once should share a PostgreSQL database."
        )


class FolderLock:
    def __init__(self, folder: Path, program: str) -> None:
        self.folder = folder
        self.path = folder / LOCK_FILE
        self.program = program  # "the ptplanner app", "ptplanner import", ...
        self._descriptor: int | None = None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        """Take the lock, trying for up to `wait_seconds`; FolderBusy if another ptplanner keeps it."""
        create_private_folder(self.folder)
        deadline = time.monotonic() + wait_seconds
        while True:
            holder = self._try()
            if holder is None:
                return
            if time.monotonic() >= deadline:
                raise FolderBusy(self.folder, holder)
            time.sleep(0.05)

    def _try(self) -> str | None:
        """None once the lock is ours, else who holds it."""
        while True:
            try:
                descriptor = _open_private(self.path)
            except FileNotFoundError:  # removed by its holder between two steps: try again
                continue
            try:
                if not _lock(descriptor):
                    holder = _read_holder(descriptor)
                elif _same_file(descriptor, self.path):
                    _write_holder(descriptor, self.program)
                    self._descriptor = descriptor
                    return None
                else:  # its holder removed it while this one waited: lock the file now named so
                    holder = None
            except BaseException:
                os.close(descriptor)
                raise
            os.close(descriptor)
            if holder is not None:
                return holder

    def release(self) -> None:
        """Give the lock back and remove the file (those waiting on it check they hold the file still named so)."""
        if self._descriptor is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError:  # Windows cannot remove an open file: it stays, unlocked
            pass
        os.close(self._descriptor)
        self._descriptor = None

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def _open_private(path: Path) -> int:
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return os.open(path, flags)
    if hasattr(os, "fchmod"):
        os.fchmod(descriptor, 0o600)  # whatever the umask
    return descriptor


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        named = path.stat()
    except FileNotFoundError:
        return False
    opened = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _write_holder(descriptor: int, program: str) -> None:
    info = f"{os.getpid()}\n{socket.gethostname()}\n{program}\n".encode()
    os.ftruncate(descriptor, _INFO_OFFSET)
    os.lseek(descriptor, _INFO_OFFSET, os.SEEK_SET)
    os.write(descriptor, info)


def _read_holder(descriptor: int) -> str:
    os.lseek(descriptor, _INFO_OFFSET, os.SEEK_SET)
    try:
        pid, host, program = os.read(descriptor, 1024).decode("utf-8", "replace").split("\n")[:3]
    except ValueError:
        return "another copy of ptplanner"
    where = "this computer" if host == socket.gethostname() else host
    return f"{program or 'another copy of ptplanner'} (process {pid} on {where})"


if os.name == "nt":
    import msvcrt

    def _lock(descriptor: int) -> bool:
        os.lseek(descriptor, 0, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
