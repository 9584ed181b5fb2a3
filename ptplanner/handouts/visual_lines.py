"""Every reportlab Paragraph draws right-to-left words in visual order, line by line, after wrapping.

reportlab wraps text in typing order and draws each line left to right, so a Hebrew or Arabic name
came out backwards. Reordering the text before wrapping would put the wrong words on the first line
of a wrapped paragraph; so the lines reportlab has already broken are reordered just before they are
drawn (wrapping, splitting across pages and text extraction keep the typing order). Lines with no
right-to-left letter are drawn exactly as before. A paragraph part that starts with a right-to-left
letter and wraps is set flush right, as it would be in a Hebrew or Arabic document; a paragraph split
across pages keeps that direction and alignment on both pages.

This is installed once on reportlab's Paragraph class, so every PDF ptplanner makes (handout, log
sheet, footer, progress report, catalog) gets it without each section having to ask.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.enums import TA_LEFT
from reportlab.platypus.paragraph import Paragraph

from ptplanner.handouts.bidi import base_level, needs_visual_order, visual_order

_draw_in_typing_order = Paragraph.drawPara
_split_in_typing_order = Paragraph.split
_NONE = object()
# Set on the two halves of a split paragraph: the direction of the part that goes on across the break.
_GOES_ON = "_ptplanner_direction_goes_on"
_WENT_ON = "_ptplanner_direction_went_on"


def draw_paragraphs_in_visual_order() -> None:
    """Install the reordering on reportlab's Paragraph (doing it again changes nothing)."""
    Paragraph.drawPara = _draw_para
    Paragraph.split = _split


def _split(self: Paragraph, width: float, height: float) -> list:
    halves = _split_in_typing_order(self, width, height)
    if len(halves) != 2 or not all(hasattr(paragraph, "blPara") for paragraph in (self, halves[0])):
        return halves
    typed = self.blPara
    cut = len(halves[0].blPara.lines)
    if getattr(typed.lines[cut - 1], "lineBreak", False):
        return halves  # the break falls after a forced line break: nothing goes on
    parts = _parts(typed.kind, typed.lines)
    ends = [sum(len(part) for part in parts[: number + 1]) for number in range(len(parts))]
    number = next(number for number, end in enumerate(ends) if end >= cut)
    text = "".join(_line_text(typed.kind, line) for line in parts[number])
    if needs_visual_order(text):
        direction = _direction(self, number, len(parts), text)
        setattr(halves[0], _GOES_ON, direction)
        setattr(halves[1], _WENT_ON, direction)
    return halves


def _direction(self: Paragraph, number: int, count: int, text: str) -> int:
    """The direction of part `number` of `count`: that of the part it goes on from, if split."""
    if number == 0 and hasattr(self, _WENT_ON):
        return getattr(self, _WENT_ON)
    if number == count - 1 and hasattr(self, _GOES_ON):
        return getattr(self, _GOES_ON)
    return base_level(text)


def _goes_across_a_break(self: Paragraph, number: int, count: int) -> bool:
    return (number == 0 and hasattr(self, _WENT_ON)) or (number == count - 1 and hasattr(self, _GOES_ON))


def _draw_para(self: Paragraph, debug: int = 0) -> None:
    typed = self.blPara
    lines = typed.lines
    if not any(needs_visual_order(_line_text(typed.kind, line)) for line in lines):
        _draw_in_typing_order(self, debug)
        return
    own_offsets = self.__dict__.get("_offsets", _NONE)  # text flowing around a picture sets these
    offsets = list(getattr(self, "_offsets", [0]))
    offsets += [offsets[-1]] * (len(lines) - len(offsets))
    shown = []
    parts = _parts(typed.kind, lines)
    for number, part in enumerate(parts):
        typed_lines = [_typed_chars(typed.kind, line) for line in part]
        base = _direction(self, number, len(parts), "".join(ch for line in typed_lines for ch, _tag in line))
        wraps = len(part) > 1 or _goes_across_a_break(self, number, len(parts))
        flush_right = base == 1 and wraps and self.style.alignment == TA_LEFT
        for line, chars in zip(part, visual_order(typed_lines, base)):
            if flush_right:
                offsets[len(shown)] += max(_extra_space(typed.kind, line), 0)
            shown.append(_visual_line(typed.kind, line, chars))
    self.blPara = typed.clone(lines=shown)
    self._offsets = offsets
    try:
        _draw_in_typing_order(self, debug)
    finally:
        self.blPara = typed
        if own_offsets is _NONE:
            del self._offsets
        else:
            self._offsets = own_offsets


def _parts(kind: int, lines: list) -> list[list]:
    """The lines cut after each forced line break (<br/>): each part takes its own direction."""
    parts: list[list] = [[]]
    for line in lines:
        parts[-1].append(line)
        if kind == 1 and getattr(line, "lineBreak", False):
            parts.append([])
    return [part for part in parts if part]


def _line_text(kind: int, line) -> str:
    if kind == 0:
        return " ".join(line[1])
    return "".join(_text_of(word) for word in line.words)


def _text_of(word) -> str:
    return "" if hasattr(word, "cbDefn") else word.text


def _extra_space(kind: int, line) -> float:
    return line[0] if kind == 0 else line.extraSpace


def _typed_chars(kind: int, line) -> list[tuple[str, int]]:
    """The line's characters in typing order, each with the number of the styled piece it is in."""
    if kind == 0:
        return [(ch, 0) for ch in " ".join(line[1])]
    return [(ch, number) for number, word in enumerate(line.words) for ch in _text_of(word)]


def _visual_line(kind: int, line, chars: list[tuple[str, int]]):
    """The line drawn in the order of `chars`: simple lines as words of one font, others as pieces."""
    if kind == 0:
        return line[0], "".join(ch for ch, _number in chars).split(" ")
    words = line.words
    pieces = []
    for number, run in groupby(chars, key=lambda pair: pair[1]):
        piece = words[number].clone()
        piece.text = "".join(ch for ch, _number in run)
        pieces.append(piece)
    pieces += [word for word in words if not _text_of(word)]  # images, anchors, line-break marks
    return line.clone(words=pieces)
