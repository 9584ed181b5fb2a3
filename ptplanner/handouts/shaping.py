"""Arabic letters joined as they are written, and the scripts ptplanner cannot print correctly.

An Arabic letter takes a different shape at the start, middle or end of a word. reportlab draws one
glyph per character with no shaping engine, so arabic-reshaper swaps each letter for its joined form
from Unicode's Arabic presentation forms (which the bundled DejaVu Sans draws), in typing order; the
line is put in visual order when it is drawn (see visual_lines.py). Scripts whose letters join or
combine in ways presentation forms cannot express are named, so the person printing is told.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from arabic_reshaper import ArabicReshaper

_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": False,  # keep the vowel marks the therapist typed
        "ARABIC LIGATURE ALLAH": False,  # a word ligature the bundled fonts lack; letters join anyway
    }
)
_ARABIC_LETTERS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF))
_PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_FIRST_SHAPED = "\u0600"  # no letter below this is Arabic or needs shaping
# Scripts that need a shaping engine (joining, reordered vowels, stacked letters) to print correctly.
_NEEDS_SHAPING = (
    (0x0700, 0x074F, "Syriac"),
    (0x07C0, 0x07FF, "N'Ko"),
    (0x0840, 0x085F, "Mandaic"),
    (0x0860, 0x086F, "Syriac"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Odia"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1800, 0x18AF, "Mongolian"),
    (0x1900, 0x194F, "Limbu"),
    (0x1A20, 0x1AAF, "Tai Tham"),
    (0x1B00, 0x1B7F, "Balinese"),
    (0x1B80, 0x1BFF, "Sundanese or Batak"),
    (0x1C00, 0x1C4F, "Lepcha"),
    (0x1CD0, 0x1CFF, "Devanagari"),
    (0xA800, 0xA82F, "Syloti Nagri"),
    (0xA840, 0xA87F, "Phags-pa"),
    (0xA880, 0xA8DF, "Saurashtra"),
    (0xA8E0, 0xA8FF, "Devanagari"),
    (0xA930, 0xA95F, "Rejang"),
    (0xA980, 0xA9DF, "Javanese"),
    (0xA9E0, 0xA9FF, "Myanmar"),
    (0xAA00, 0xAA5F, "Cham"),
    (0xAA60, 0xAA7F, "Myanmar"),
    (0xABC0, 0xABFF, "Meetei Mayek"),
    (0x10D00, 0x10D3F, "Hanifi Rohingya"),
    (0x10F30, 0x10FFF, "Sogdian or Old Uyghur"),
    (0x11000, 0x11FFF, "an Indic script"),
)


def shaped(text: str, drawable: Callable[[str], bool]) -> tuple[str, set[str]]:
    """`text` with its Arabic letters in their joined forms, and the names of the scripts in it that
    still cannot print correctly (letters no font draws, as `drawable` tells, are warned about
    elsewhere). A joined form no font draws is left as the plain letter, and Arabic is named."""
    if not text or max(text) < _FIRST_SHAPED:  # most text (Latin, Greek, Cyrillic): looked at once, in C
        return text, set()
    scripts = {name for ch in text if (name := _script_needing_shaping(ch)) is not None and drawable(ch)}
    if not any(_within(ch, _ARABIC_LETTERS) for ch in text):
        return text, scripts
    shown = []
    for ch in _RESHAPER.reshape(text):
        if _within(ch, _PRESENTATION_FORMS) and not drawable(ch):
            ch = unicodedata.normalize("NFKC", ch)
            scripts.add("Arabic")
        elif _within(ch, _ARABIC_LETTERS) and unicodedata.category(ch) == "Lo" and drawable(ch):
            scripts.add("Arabic")  # a letter the reshaper does not know, so it was not joined
        shown.append(ch)
    return "".join(shown), scripts


def is_arabic_script(ch: str) -> bool:
    """Arabic letters, marks and digits, and their joined presentation forms."""
    return _within(ch, _ARABIC_LETTERS) or _within(ch, _PRESENTATION_FORMS)


def _script_needing_shaping(ch: str) -> str | None:
    point = ord(ch)
    if point < 0x0700:
        return None
    return next((name for first, last, name in _NEEDS_SHAPING if first <= point <= last), None)


def _within(ch: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    point = ord(ch)
    return any(first <= point <= last for first, last in ranges)
