"""Text that people typed or imported, made safe to show in one line: on screen, on paper, in a terminal.

Records keep every character typed (reliability.md: stored exactly); what is *shown* passes through
one_line, so that no name, title or note can take over the line it sits in:
- an unterminated right-to-left override in a name ("Ahmed \\u202eHaddad") would print the rest of the
  line backwards ("Page 1 of 6" as "6 fo 1 egaP"). The direction controls that reach beyond a character
  (embeddings, overrides, isolates) are left out; the marks LRM, RLM and ALM, which reach no further,
  stay, as do the joiners that Persian, Indic scripts and emoji need.
- tabs, line breaks and line separators show as a space; other control characters (ESC, which can
  clear a terminal) show as a visible mark, never raw.
- zero-width spaces and other invisible characters are left out: they show nothing anyway. tidy_typed
  keeps them (and direction controls) out of what is typed into a name, so that no two new names differ
  only by what cannot be seen.
- a letter carries at most MOST_MARKS accents: hundreds of combining marks on one letter ("Zalgo" text)
  would draw over the lines above and below it.
isolated() also wraps right-to-left text in a first-strong isolate, for Qt sentences such as a window
title or a question in a dialog: a Hebrew name then keeps its own direction without turning the sentence
around.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters without a use in a name: zero-width space, word joiner, invisible operators,
# byte order mark, Mongolian vowel separator.
INVISIBLE = frozenset("\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u180e")
MOST_MARKS = 4  # accents on one letter: Vietnamese uses 2, pointed Hebrew up to 4
REPLACEMENT = "\ufffd"
ELLIPSIS = "\u2026"
ISOLATE_START, ISOLATE_END = "\u2068", "\u2069"  # first strong isolate ... pop directional isolate
_MARKS = frozenset({"Mn", "Me"})
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})
_LINE_CONTROLS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]")


def replaced(control: str) -> str:
    """How one_line shows a control character that is not a space or a line break."""
    return REPLACEMENT


def escaped(control: str) -> str:
    """A control character as Python writes it ("\\x1b"), for a terminal: visible, and inert."""
    return repr(control)[1:-1]


def one_line(text: str, most: int | None = None, control: Callable[[str], str] = replaced) -> str:
    """`text` fit to show in one line (see the module's notes); cut to `most` characters with an
    ellipsis when given. Plain text, in any script, comes back unchanged."""
    if not (text.isascii() and text.isprintable()):
        text = _capped_marks("".join(_shown(ch, control) for ch in text))
    if most is not None and len(text) > most:
        text = text[: max(most - 1, 0)].rstrip() + ELLIPSIS
    return text


def isolated(text: str, most: int | None = None) -> str:
    """one_line(text) to put in a sentence shown by Qt: inside a first-strong isolate when it holds
    right-to-left letters or Arabic digits, which could otherwise reorder the sentence around them."""
    shown = one_line(text, most)
    if shown.isascii() or not any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in shown):
        return shown  # left-to-right text shows in typing order as it is
    return ISOLATE_START + shown + ISOLATE_END


def tidy_typed(text: str) -> str:
    """A one-line field as typed (a name), without what can only make trouble: direction controls and
    invisible characters are left out, tabs and line breaks become spaces. Everything else is kept."""
    text = "".join(ch for ch in text if ch not in DIRECTION_CONTROLS and ch not in INVISIBLE)
    return _LINE_CONTROLS.sub(" ", text)


def control_character(text: str) -> str | None:
    """The first control character in `text` as "U+001B", or None: a one-line field refuses them."""
    found = next((ch for ch in text if unicodedata.category(ch) in ("Cc", "Zl", "Zp")), None)
    return None if found is None else f"U+{ord(found):04X}"


def hidden_character(text: str) -> str | None:
    """The first direction control or invisible character in `text` as "U+202E", or None."""
    found = next((ch for ch in text if ch in DIRECTION_CONTROLS or ch in INVISIBLE), None)
    return None if found is None else f"U+{ord(found):04X}"


def _shown(ch: str, control: Callable[[str], str]) -> str:
    if ch.isprintable() or ch == " ":
        return ch
    category = unicodedata.category(ch)
    if category in ("Cc", "Zl", "Zp"):
        return " " if _LINE_CONTROLS.match(ch) else control(ch)
    if ch in DIRECTION_CONTROLS or ch in INVISIBLE:
        return ""
    return ch  # other spaces, marks such as RLM and ZWNJ, private and unassigned characters


def _capped_marks(text: str) -> str:
    kept: list[str] = []
    marks = 0
    for ch in text:
        marks = marks + 1 if unicodedata.category(ch) in _MARKS else 0
        if marks <= MOST_MARKS:
            kept.append(ch)
    return "".join(kept)
