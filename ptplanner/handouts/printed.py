"""What every PDF renderer returns: the document's bytes, its page count and what the printer should know.

The renderers take core objects and give this back; they never read the database or write a file (the
caller keeps or writes the bytes: ptplanner.safe_write, or the app layer's record of a printed handout).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrintedDocument:
    pdf: bytes
    pages: int
    warnings: tuple[str, ...]  # things the person printing should know (e.g. characters no font has)
