"""One scanned log-sheet page read against its map: each square ticked or not, each box to write in
written or not, every reading with how sure it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from ptplanner.core.sheet_map import CellKind, SheetPage
from ptplanner.scan.boxes import WRITTEN_ABOVE, ink_map, square_ink, tick_reading, written_ink
from ptplanner.scan.register import FoundCode, straighten

SURE = 0.8  # a reading less sure than this is shown for a decision


@dataclass(frozen=True)
class BoxRead:
    row: str
    item_id: str | None
    day: date
    box: int  # 1 for the first square of the day
    ticked: bool
    confidence: float
    ink: float


@dataclass(frozen=True)
class WrittenRead:
    """A box to write a number in. Handwritten numbers are not read: a written box is left empty and
    flagged for the therapist to type in."""

    row: str
    item_id: str | None
    kind: CellKind
    day: date
    written: bool
    confidence: float  # that the box is empty (when not written); 0 when something is written
    value: int | None = None


@dataclass(frozen=True)
class PageRead:
    boxes: list[BoxRead]
    written: list[WrittenRead]


def read_page(image: np.ndarray, code: FoundCode, page: SheetPage) -> PageRead:
    """ScanError when the page cannot be straightened."""
    ink = ink_map(straighten(image, code, page))
    boxes: list[BoxRead] = []
    written: list[WrittenRead] = []
    for cell in page.cells:
        if cell.kind is CellKind.TICK:
            for number, box in enumerate(cell.boxes, start=1):
                share = square_ink(ink, page, box)
                ticked, sure = tick_reading(share)
                boxes.append(BoxRead(cell.row, cell.item_id, cell.day, number, ticked, sure, round(share, 4)))
        else:
            share = written_ink(ink, page, cell.boxes[0])
            is_written = share > WRITTEN_ABOVE
            sure = 0.0 if is_written else round(1 - 0.5 * share / WRITTEN_ABOVE, 3)
            written.append(WrittenRead(cell.row, cell.item_id, cell.kind, cell.day, is_written, sure))
    return PageRead(boxes, written)
