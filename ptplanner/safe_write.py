"""Writing files that hold patient data: private (0600) and all or nothing (see core.files)."""

from __future__ import annotations

from pathlib import Path

from ptplanner.core.files import WriteFailed, write_file_atomically

__all__ = ["WriteFailed", "write_private_bytes", "write_private_text"]


def write_private_bytes(path: Path, data: bytes) -> None:
    write_file_atomically(path, data, private=True)


def write_private_text(path: Path, text: str) -> None:
    write_private_bytes(path, text.encode("utf-8"))
