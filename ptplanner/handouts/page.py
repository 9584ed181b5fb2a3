"""The foot of every page: whose handout, which program version, and page x of y: on one line where they
fit (the page keeps the room for its text), else the program on a second line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ptplanner.handouts.markup import TextMarkup, printable
from ptplanner.handouts.paragraphs import paragraph
from ptplanner.handouts.styles import MARGIN, SIDE_MARGIN

ELLIPSIS = "\u2026"
GAP = 8  # points between the text frame and the footer
NARROWEST = 0.2  # the narrowest character, as a share of the font size


@dataclass(frozen=True)
class Footer:
    """Two lines under a rule: the patient's name and the page number, then the program's date and version."""

    name: str  # the patient's name
    program: str  # e.g. "Program of 3 March 2025, version 4"
    style: ParagraphStyle
    text: TextMarkup
    # Taken in the document's language when the footer is made: pages are drawn after the build.
    page_words: str = "Page {number} of {total}"
    side: float = SIDE_MARGIN  # the page's margin at the left and the right, as the text frame's
    width: float = 0  # between the side margins (0: two lines, whatever their length)

    @property
    def height(self) -> float:
        """The room the footer needs below the text frame."""
        return self._lines * self.style.leading + GAP

    @cached_property
    def _lines(self) -> int:  # measured once: the footer's height sizes every page's frame and each draw
        room = self._room(self.width, self.page_words.format(number=99, total=99))  # the widest it prints
        return 1 if self.text.width(self._one_line(), self.style.fontName, self.style.fontSize) <= room else 2

    def _one_line(self) -> str:
        return f"{' '.join(self.name.split())} \u00b7 {self.program}"

    def _room(self, width: float, pages: str) -> float:
        """What the page number leaves of `width` for the name (and the program)."""
        return width - stringWidth(pages, self.style.fontName, self.style.fontSize) - 2 * self.style.fontSize

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        style = self.style
        page_width = canvas._pagesize[0]
        side = self.side
        width = page_width - 2 * side
        pages = self.page_words.format(number=number, total=total)
        room = self._room(width, pages)
        top = MARGIN + self.height - GAP / 2
        canvas.setStrokeColor(black)
        canvas.setLineWidth(0.75)
        canvas.line(side, top, page_width - side, top)
        if self._lines == 1:
            name = self.text(" ".join(self.name.split()), "the patient's name")
            text = f"{name} \u00b7 {self.text(self.program)}"
        else:
            name = self.text(self._shortened_name(room), "the patient's name")
            text = f"{name}<br/>{self.text(self.program)}"
        lines = paragraph(text, style)
        lines.wrapOn(canvas, room, self._lines * style.leading)
        lines.drawOn(canvas, side, MARGIN)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(black)
        canvas.drawRightString(page_width - side, MARGIN + self._lines * style.leading - style.fontSize, pages)

    def _shortened_name(self, room: float) -> str:
        """The name on one line (spaces for line breaks), cut with an ellipsis to fit `room` points."""
        size = self.style.fontSize
        full = printable(" ".join(self.name.split()))
        longest = int(room / (size * NARROWEST)) + 1  # more characters than this never fit

        def fits(text: str) -> bool:
            return self.text.width(text, self.style.fontName, size) <= room

        if len(full) <= longest and fits(full):
            return full
        line = full[:longest]
        low, high = 0, len(line)
        while low < high:  # the longest prefix that fits with the ellipsis
            middle = (low + high + 1) // 2
            if fits(line[:middle] + ELLIPSIS):
                low = middle
            else:
                high = middle - 1
        return line[:low].rstrip() + ELLIPSIS


def numbered_canvas(decorate: Callable[[Canvas, int, int], None], pages: list[int]) -> type[Canvas]:
    """A canvas that calls `decorate(canvas, page, pages)` on each page once the page count is known
    (for "page x of y"); the page count is appended to `pages`."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            pages.append(total)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
