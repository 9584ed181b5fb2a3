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
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_private_text(path: Path, text: str) -> None:
    write_private_bytes(path, text.encode("utf-8"))
