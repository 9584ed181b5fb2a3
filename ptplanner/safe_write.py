"""Writing files that hold patient data: private (0600) and all-or-nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, then rename: a full disk never leaves half a file."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        replace_durably(Path(temporary), path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_private_text(path: Path, text: str) -> None:
    write_private_bytes(path, text.encode("utf-8"))


def replace_durably(source: Path, target: Path) -> None:
    """Rename `source` over `target`, then flush the folder, so the new name survives a power cut."""
    os.replace(source, target)
    fsync_folder(target.parent)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder as a file; NTFS journals the rename itself
        return
    descriptor = os.open(folder if str(folder) else ".", os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
