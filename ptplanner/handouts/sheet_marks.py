"""What makes a log sheet readable from a scan: a code naming the printed handout and the page, four
corner marks, and a map of where each box was printed.

The log sheet's own layout is untouched: each of its boxes is wrapped in a flowable that draws it as
before and notes where it landed; the first box drawn on a page puts the marks and the code in the
page's margins (outside the text frame, inside what printers print).
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Table

from ptplanner.core.sheet_map import (
    CODE_MODULES,
    CODE_QUIET,
    MARK_MODULES,
    MODULE_MM,
    CellKind,
    Rect,
    SheetCell,
    SheetMap,
    SheetPage,
    code_text,
)
from ptplanner.core.walking_program import is_walking_item
from ptplanner.handouts.content import HandoutContent
from ptplanner.handouts.log_boxes import TickBoxes, WriteIn
from ptplanner.handouts.log_sheet import MAX_BOXES, log_sheet_start, row_names
from ptplanner.handouts.styles import Layout
from ptplanner.handouts.video_code import qr_drawing

MODULE = MODULE_MM * mm
MARK = MARK_MODULES * MODULE  # a solid square in each corner
MARK_INSET = 7 * mm  # from the paper's edges: inside what printers print
CODE_VERSION = 2  # CODE_MODULES a side
CODE_SIDE = (CODE_MODULES + 2 * CODE_QUIET) * MODULE
CODE_GAP = 3 * mm  # between the code and the top right mark
CODE_TOP = 4 * mm  # the code's quiet zone starts this far under the paper's top edge: modules from 5 mm
MAX_PAGE = 99  # two digits in the code


class LogSheetMarks:
    """Marks the log sheet's pages for `handout_id` and collects the map of its boxes as they are drawn."""

    def __init__(self, handout_id: str) -> None:
        self.handout_id = handout_id
        self._pages: dict[int, SheetPage] = {}
        self._cells: dict[int, list[SheetCell]] = {}

    def mark(self, parts: list[Flowable], content: HandoutContent, layout: Layout) -> None:
        """Wrap the boxes of the log sheet tables in `parts` (from `log_sheets`), in place."""
        rows = _row_meanings(content)
        first_day = log_sheet_start(content, layout.today)
        for table in _tables(parts):
            cells = table._cellvalues
            days = [first_day + timedelta(days=offset) for offset in range(len(cells[0]) - 1)]
            first_day += timedelta(days=len(days))
            for row, (name, item_id, kind) in zip(cells[1:], rows):
                if kind is None:
                    continue
                for column, day in enumerate(days, start=1):
                    if isinstance(row[column], (TickBoxes, WriteIn)):
                        row[column] = _MappedBox(row[column], self, name, item_id, kind, day)

    def sheet_map(self) -> SheetMap:
        pages = [page.model_copy(update={"cells": tuple(self._cells[number])}) for number, page in
                 sorted(self._pages.items())]
        return SheetMap(handout_id=self.handout_id, pages=tuple(pages))

    def note(self, canvas: Canvas, cell: SheetCell) -> None:
        number = canvas.getPageNumber()
        if number > MAX_PAGE:  # its code would not fit the code's size: that page is typed in by hand
            return
        if number not in self._pages:
            self._pages[number] = _mark_page(canvas, self.handout_id, number)
            self._cells[number] = []
        self._cells[number].append(cell)


class _MappedBox(Flowable):
    """A log-sheet box drawn as it is, noting where its squares (or its box to write in) landed."""

    def __init__(
        self, box: TickBoxes | WriteIn, marks: LogSheetMarks, row: str, item_id: str | None, kind: CellKind,
        day: date,
    ) -> None:
        super().__init__()
        self.box, self.marks = box, marks
        self.cell = (row, item_id, kind, day)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.box.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        self.box.drawOn(self.canv, 0, 0)
        x, y = self.canv.absolutePosition(0, 0)
        row, item_id, kind, day = self.cell
        boxes = [(x + left, y + bottom, side, side) for left, bottom, side in _squares(self.box)]
        if not boxes:  # a box to write in: the whole box (or the cell, when too narrow to show one)
            boxes = [(x, y, self.width, self.height)]
        cell = SheetCell(row=row, item_id=item_id, kind=kind, day=day, boxes=tuple(boxes))
        self.marks.note(self.canv, cell)


def _squares(box: TickBoxes | WriteIn) -> list[tuple[float, float, float]]:
    """Each square of `box` as (left, bottom, side) from its lower left corner, as TickBoxes draws them."""
    if not isinstance(box, TickBoxes):
        return []
    step = box.size + box.gap
    places = [divmod(index, box.per_row) for index in range(box.count)]
    return [(column * step, box.height - box.size - row * step, box.size) for row, column in places]


def _mark_page(canvas: Canvas, handout_id: str, number: int) -> SheetPage:
    """Draw the corner marks and the code on the current page, and say where they are."""
    width, height = canvas._pagesize
    near, far_x, far_y = MARK_INSET, width - MARK_INSET - MARK, height - MARK_INSET - MARK
    marks: list[Rect] = [(near, far_y, MARK, MARK), (far_x, far_y, MARK, MARK), (far_x, near, MARK, MARK),
                         (near, near, MARK, MARK)]
    code: Rect = (far_x - CODE_GAP - CODE_SIDE, height - CODE_TOP - CODE_SIDE, CODE_SIDE, CODE_SIDE)
    ax, ay = canvas.absolutePosition(0, 0)
    canvas.saveState()
    canvas.translate(-ax, -ay)  # to the page's own coordinates
    canvas.setFillColor(black)
    for left, bottom, side, _ in marks:
        canvas.rect(left, bottom, side, side, stroke=0, fill=1)
    drawing = qr_drawing(code_text(handout_id, number), CODE_SIDE, border=CODE_QUIET, version=CODE_VERSION)
    drawing.drawOn(canvas, code[0], code[1])
    canvas.restoreState()
    return SheetPage(page=number, size=(width, height), marks=tuple(marks), code=code)


def _tables(parts: list[Flowable]) -> list[Table]:
    found: list[Table] = []
    for part in parts:
        if isinstance(part, KeepTogether):
            found += _tables(part._content)
        elif isinstance(part, Table):
            found.append(part)
    return found


def _row_meanings(content: HandoutContent) -> list[tuple[str, str | None, CellKind | None]]:
    """Each row under the header, as the log sheet lays them out: its name, the program item it logs and
    what its boxes hold (None: nothing to read, as the planned minutes and the notes)."""
    names = iter(row_names(content))
    rows: list[tuple[str, str | None, CellKind | None]] = []
    for item in content.stage.items:
        if is_walking_item(item):
            rows += [(next(names), None, None), (next(names), item.id, CellKind.WALKED)]
        else:
            kind = CellKind.TICK if item.dosage.times_per_day <= MAX_BOXES else CellKind.COUNT
            rows.append((next(names), item.id, kind))
    rest = list(names)
    if len(rest) == 5:  # the stage walks without a walking exercise: planned and walked minutes
        rows += [(rest[0], None, None), (rest[1], None, CellKind.WALKED)]
    back, leg, notes = rest[-3:]
    return rows + [(back, None, CellKind.PAIN_BACK), (leg, None, CellKind.PAIN_LEG), (notes, None, None)]
