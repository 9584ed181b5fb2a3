"""The boxes on the log sheet: squares to tick, and a box to write a number in with its unit."""

from __future__ import annotations

from math import ceil

from reportlab.lib.colors import black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

LINE_WIDTH = 1


class TickBoxes(Flowable):
    """`count` empty squares of side `size`, as many to a row as fit the cell."""

    def __init__(self, count: int, size: float) -> None:
        super().__init__()
        self.count = count
        self.size = size
        self.gap = size * 0.25
        self.per_row = count

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.per_row = max(1, min(self.count, int((available_width + self.gap) // (self.size + self.gap))))
        rows = ceil(self.count / self.per_row)
        self.width = self.per_row * (self.size + self.gap) - self.gap
        self.height = rows * (self.size + self.gap) - self.gap
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(LINE_WIDTH)
        self.canv.setStrokeColor(black)
        step = self.size + self.gap
        for index in range(self.count):
            row, column = divmod(index, self.per_row)
            self.canv.rect(column * step, self.height - self.size - row * step, self.size, self.size)


class WriteIn(Flowable):
    """A box as wide as the cell to write a number in, its unit ("min", "/10", "times") printed small at
    its top right, the left half free for writing. In a cell too narrow for that, the cell itself is the
    box (the row's name says what to write): a second box inside it would only crowd it."""

    def __init__(self, height: float, unit: str, font: str, unit_size: float) -> None:
        super().__init__()
        self.unit, self.font, self.unit_size = unit, font, unit_size
        self.height = height * 1.2
        self.shows_unit = True

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.shows_unit = stringWidth(self.unit, self.font, self.unit_size) + 4 <= available_width / 2
        return self.width, self.height

    def draw(self) -> None:
        if not self.shows_unit:
            return
        canvas = self.canv
        canvas.setLineWidth(LINE_WIDTH)
        canvas.setStrokeColor(black)
        canvas.setFillColor(black)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setFont(self.font, self.unit_size)
        canvas.drawRightString(self.width - 2, self.height - self.unit_size, self.unit)
