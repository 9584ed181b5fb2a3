"""Where a printed log sheet put its boxes, and what its code says: what a scan is read against.

The code on a log-sheet page names only the printed handout's id and the page, nothing about the
patient. The map is kept with the printed handout; it gives, in PDF points from the page's lower left
corner, the page's corner marks and code and each box with the row and day it stands for.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from pydantic import Field

from ptplanner.core.model import CoreModel

CODE_PREFIX = "PT"
# The printed code and marks, in the code's squares (modules) of 0.5 mm: the reader relies on these.
CODE_MODULES = 25  # QR version 2: holds the code's text (38 alphanumerics at most) at level M
CODE_QUIET = 2  # white modules around the code (the margin around it is white too)
MODULE_MM = 0.5  # 3 pixels at 150 dpi
MARK_MODULES = 10  # a corner mark's side: 5 mm
_CODE = re.compile(rf"^{CODE_PREFIX}/([0-9A-F]{{32}})/([0-9]{{1,2}})$")

Rect = tuple[float, float, float, float]  # x, y (lower left), width, height in points


class CellKind(StrEnum):
    TICK = "tick"  # squares to tick, one a session
    COUNT = "count"  # a box to write how many times
    WALKED = "walked"  # minutes walked
    PAIN_BACK = "back"
    PAIN_LEG = "leg"


class SheetCell(CoreModel):
    """One day of one row: its boxes (several squares to tick, or one box to write in)."""

    row: str = Field(max_length=400)  # the row's name as printed
    item_id: str | None = None  # the program item the row logs (None: a pain or walking row)
    kind: CellKind
    day: date
    boxes: tuple[Rect, ...]


class SheetPage(CoreModel):
    page: int = Field(ge=1)  # in the printed PDF
    size: tuple[float, float]  # page width and height
    marks: tuple[Rect, ...]  # the corner marks: top left, top right, bottom right, bottom left
    code: Rect
    cells: tuple[SheetCell, ...] = ()


class SheetMap(CoreModel):
    handout_id: str
    pages: tuple[SheetPage, ...] = ()

    def page(self, number: int) -> SheetPage | None:
        return next((page for page in self.pages if page.page == number), None)


def code_text(handout_id: str, page: int) -> str:
    """What the code on a page says: short and in QR's alphanumeric set, so the code stays small."""
    return f"{CODE_PREFIX}/{handout_id.replace('-', '').upper()}/{page}"


def read_code_text(text: str) -> tuple[str, int] | None:
    """The handout id (as stored, with dashes) and page a code names; None for any other code."""
    found = _CODE.match(text.strip())
    if found is None:
        return None
    hex_id = found.group(1).lower()
    handout_id = f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"
    return handout_id, int(found.group(2))
