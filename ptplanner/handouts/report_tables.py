"""Tables of the progress report: a grid whose header words are never split, and the column widths that
make it so."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color, black
from reportlab.platypus import Paragraph, Table, TableStyle

from ptplanner.handouts.markup import TextMarkup, printable
from ptplanner.handouts.report_styles import ReportStyles

HEADER_GREY = Color(0.88, 0.88, 0.88)
ELLIPSIS = "\u2026"
CELL_PADDING = 6  # reportlab's default left plus right padding of a cell


def fitting_widths(headers: Sequence[str], shares: Sequence[float], width: float, measure) -> list[float]:
    """Column widths near `shares` of `width` in which every header word fits on one line.

    `measure(word)` is the printed width of a word. A column too narrow for its longest header word is
    widened to it, and the room is taken from the other columns in proportion to what they can spare.
    When the words cannot all fit, each column gets its longest word and the rest is shared out."""
    needs = [
        max((measure(word) for word in header.split()), default=0) + CELL_PADDING + 1 for header in headers
    ]
    widths = [width * share / sum(shares) for share in shares]
    if sum(needs) >= width:
        spare = width - sum(needs)
        return [need + spare / len(needs) for need in needs] if spare >= 0 else needs
    for _ in range(len(widths)):  # each pass fixes at least one column
        short = sum(max(0.0, need - w) for need, w in zip(needs, widths, strict=True))
        if short <= 0:
            break
        spare = [max(0.0, w - need) for need, w in zip(needs, widths, strict=True)]
        room = sum(spare)
        widths = [
            max(w, need) - (short * s / room if room else 0)
            for w, need, s in zip(widths, needs, spare, strict=True)
        ]
    return widths


def grid(
    rows: Sequence[Sequence[str]],
    shares: Sequence[float],
    width: float,
    styles: ReportStyles,
    text: TextMarkup,
) -> Table:
    """A table with a grey header row; every cell printed as typed."""
    header_style = styles.header_cell

    def measure(word: str) -> float:
        return text.width(word, header_style.fontName, header_style.fontSize)

    widths = fitting_widths(rows[0], shares, width, measure)
    body = [[Paragraph(text(cell), header_style) for cell in rows[0]]]
    body += [[Paragraph(text(cell), styles.cell) for cell in row] for row in rows[1:]]
    table = Table(body, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),  # else Helvetica, not embedded
                ("GRID", (0, 0), (-1, -1), 0.5, black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def shortened(text: str, limit: int) -> str:
    return printable(" ".join(text.split()), limit)
