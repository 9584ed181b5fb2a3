"""Paragraphs measured without work done twice. A handout measures each exercise's words in several
layouts, and the same exercises recur from handout to handout, so:
- the same markup in the same style is parsed once (reportlab's parser: a fifth of a handout's time), later
  paragraphs get copies of its fragments;
- a paragraph asked its size again at the width it was last broken into lines for keeps those lines
  (half of the measuring asks again, and breaking lines is a quarter of a handout's time);
- a paragraph of markup and style measured before at a width is told its height at that width without
  breaking its lines: they are broken when first needed (to draw it or split it), for the width last asked.
  Most layouts tried are measured and never drawn.

Each gives what the work done again would give (tests/handouts/test_handout_caches.py compares PDFs).
"""

from __future__ import annotations

from copy import deepcopy

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from ptplanner.handouts.bidi import needs_visual_order
from ptplanner.handouts.visual_lines import _draw_in_typing_order as draw_in_typing_order

MOST_KEPT = 5_000  # texts in their styles, about 1.2 KB each; emptied when full
MOST_HEIGHTS = 50_000  # texts in their styles at a width, 100 bytes each besides the text; emptied when full
_STYLE_FIELDS = tuple(ParagraphStyle.defaults)
_kept: dict[tuple, tuple[str, tuple, object]] = {}
_heights: dict[tuple, float] = {}  # (the key of _kept, width) -> height
_style_keys: dict[int, tuple[ParagraphStyle, tuple]] = {}  # by id: the style kept, so its id is not reused
MOST_STYLES = 2_000  # a handout makes a few dozen; emptied when full


def paragraph(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """Paragraph(text, style, bullet), its markup parsed only the first time."""
    key = (text, bullet, style_key(style))
    kept = _kept.get(key)
    if kept is not None:
        cleaned, frags, bullet_text = kept
        made = MeasuredParagraph(cleaned, style, bullet_text, frags=[frag.clone() for frag in frags])
        made._key = key
        return made
    made = MeasuredParagraph(text, style, bullet)
    if made.style is style:  # else the markup changed the style (a <para> tag): not kept
        made._key = key
        if len(_kept) >= MOST_KEPT:
            _kept.clear()
        # Copies taken before the paragraph is measured: breaking its lines replaces its fragments.
        _kept[key] = (made.text, tuple(frag.clone() for frag in made.frags), made.bulletText)
    return made


def forget() -> None:
    """As if no paragraph had been made since the app started."""
    _kept.clear()
    _heights.clear()


class MeasuredParagraph(Paragraph):
    """A Paragraph that breaks its lines again only for another width (the lines depend on nothing else),
    and, made by `paragraph`, only when they are needed if its height at that width is known."""

    _broken_for: tuple[float, object] | None = None  # the width, and the lines broken for it
    _key: tuple | None = None  # the key of _kept it was made from
    _unbroken_at: float | None = None  # the width its height was told for, its lines not broken yet

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._key is not None and "blPara" not in self.__dict__:  # never broken into lines
            height = _heights.get((self._key, availWidth))
            if height is not None:
                self.width, self.height, self._unbroken_at = availWidth, height, availWidth
                return availWidth, height
            self._unbroken_at = None
        # Lines broken by this wrap and untouched since (no one else broke them, as ParagraphAndImage does)
        broken = self._broken_for
        if broken and broken[0] == availWidth == self.width and broken[1] is self.__dict__.get("blPara"):
            return self.width, self.height
        return self._break(availWidth, availHeight)

    def _break(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = super().wrap(availWidth, availHeight)
        if size[0] == availWidth:  # not when too narrow for any line
            self._broken_for = (availWidth, self.blPara)
            if self._key is not None:
                if len(_heights) >= MOST_HEIGHTS:
                    _heights.clear()
                _heights[self._key, availWidth] = size[1]
        return size

    def __getattr__(self, name: str) -> object:
        # Only for attributes the paragraph lacks: its lines, when its height was told without them.
        width = self.__dict__.get("_unbroken_at")
        if name != "blPara" or width is None:
            raise AttributeError(name)
        self._unbroken_at = None
        self._break(width, 1e6)
        return self.__dict__["blPara"]

    def split(self, availWidth: float, availHeight: float) -> list:
        self._broken_for = None  # splitting may break the lines again (visual_lines.py)
        return super().split(availWidth, availHeight)

    def __deepcopy__(self, memo: dict) -> MeasuredParagraph:
        # reportlab copies a paragraph before splitting it beside a picture (ImageAndFlowables): everything
        # copied but its style, which no one changes once made (and copying it copies all its parents).
        memo[id(self.style)] = self.style
        copied = type(self).__new__(type(self))
        memo[id(self)] = copied
        copied.__dict__.update(deepcopy(self.__dict__, memo))
        return copied

    def drawPara(self, debug: int = 0) -> None:
        # Markup with no right-to-left letter, nor a character reference that could make one, has no line to
        # put in visual order (visual_lines.py): drawn as reportlab draws it, without looking at each line.
        markup = self._key[0] if self._key is not None else None
        if markup is not None and "&#" not in markup and not needs_visual_order(markup):
            draw_in_typing_order(self, debug)
        else:
            Paragraph.drawPara(self, debug)


def style_key(style: ParagraphStyle) -> tuple:
    """What of a style the parsed fragments depend on (styles are made afresh for every handout, and not
    changed once made)."""
    kept = _style_keys.get(id(style))
    if kept is None:
        if len(_style_keys) >= MOST_STYLES:
            _style_keys.clear()
        kept = _style_keys[id(style)] = (style, _style_values(style))
    return kept[1]


def _style_values(style: ParagraphStyle) -> tuple:
    extra = tuple(sorted((name, value) for name, value in style.__dict__.items()
                         if name not in ParagraphStyle.defaults and name not in ("name", "parent")))
    return tuple(getattr(style, name) for name in _STYLE_FIELDS) + extra
