"""Writing files that hold patient data: private (0600) and all or nothing (see core.files)."""

from __future__ import annotations

import os
from pathlib import Path

from ptplanner.core.files import WriteFailed, fsync_folder, write_file_atomically

__all__ = ["WriteFailed", "replace_durably", "write_private_bytes", "write_private_text"]


def write_private_bytes(path: Path, data: bytes) -> None:
    write_file_atomically(path, data, private=True)


def write_private_text(path: Path, text: str) -> None:
    write_private_bytes(path, text.encode("utf-8"))


def replace_durably(source: Path, target: Path) -> None:
    """Rename `source` over `target`, then flush the folder, so the new name survives a power cut."""
    os.replace(source, target)
    fsync_folder(target.parent)
