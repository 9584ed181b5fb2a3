"""Which other program holds a write lock on the database files, to name it when a save has to wait.

Linux lists every file lock in /proc/locks with the process that holds it; elsewhere nothing is
found and the message falls back to the usual suspects.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ptplanner.core.language import tr_clinic

PROC_LOCKS = Path("/proc/locks")


def write_lock_holders(files: Iterable[Path], locks_table: str | None = None) -> list[str]:
    """Other processes holding a write lock on any of `files`, e.g. ['ptplanner (process 4321)']."""
    wanted = set()
    for file in files:
        try:
            info = file.stat()
        except OSError:
            continue
        wanted.add(f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}")
    if not wanted:
        return []
    if locks_table is None:
        try:
            locks_table = PROC_LOCKS.read_text(encoding="ascii", errors="replace")
        except OSError:
            return []
    pids: list[int] = []
    for line in locks_table.splitlines():
        fields = line.split()
        if len(fields) < 6 or fields[1] == "->":  # "->" marks a process waiting for the lock, not holding it
            continue
        access, pid, where = fields[3], fields[4], fields[5]
        if access == "WRITE" and where in wanted and pid.isdigit() and int(pid) != os.getpid():
            pids.append(int(pid))
    said = tr_clinic("{program} (process {number})")
    return [said.format(program=program_name(pid), number=pid) for pid in dict.fromkeys(pids)]


def program_name(pid: int) -> str:
    """'ptplanner' for any ptplanner process (the app or a command), else the program's own name."""
    try:
        arguments = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "a program"
    words = [os.path.basename(argument.decode(errors="replace")) for argument in arguments if argument]
    # The `ptplanner` script, or python -m ptplanner.
    if any(word.removesuffix(".exe") == "ptplanner" for word in words[:3]):
        return "ptplanner"
    return words[0] if words else "a program"
