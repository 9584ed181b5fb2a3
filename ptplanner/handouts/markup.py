"""Text exactly as typed, made safe for reportlab Paragraph markup.

Every string is escaped, so `<b>`, `&` or `<img src=...>` print literally. Characters the bundled
fonts cannot draw are drawn with an installed fallback font; if none has them they are replaced by a
visible mark and a warning says so, instead of printing silent black boxes. Arabic letters are
joined here (shaping.py) and right-to-left lines put in visual order when drawn (visual_lines.py);
text in a script whose letters ptplanner cannot join or combine is printed and warned about.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from ptplanner.core.safe_text import one_line
from ptplanner.handouts.bidi import embedding
from ptplanner.handouts.fonts import (
    ARABIC,
    arabic_coverage,
    bundled_coverage,
    fallback_candidates,
    load_fallback_font,
    system_font_folders,
)
from ptplanner.handouts.shaping import is_arabic_script, shaped

REPLACEMENT = "\ufffd"  # the standard "cannot show this character" mark, drawn by the bundled font
_DROP = ""


def printable(text: str, most: int | None = None) -> str:
    """`text` without what could take over the line it prints in (core/safe_text.py): an unterminated
    right-to-left override, a flood of accents; cut to `most` characters. Control characters print as a
    space."""
    return one_line(text, most, control=lambda _: " ")


class TextMarkup:
    """One per document: turns text into markup and collects warnings about what cannot be printed."""

    def __init__(self, font_folders: Sequence[Path] | None = None) -> None:
        self._folders = tuple(system_font_folders() if font_folders is None else font_folders)
        self._covered = bundled_coverage()
        self._font_for: dict[str, str | None] = {}  # character -> fallback font name, None: no font has it
        self._missing: dict[str, set[str]] = defaultdict(set)  # character -> where it appears
        self._unshaped: dict[str, set[str]] = defaultdict(set)  # script -> where it appears

    def __call__(self, text: str, where: str = "") -> str:
        """Markup for a Paragraph that prints `text` as typed; `where` names it in warnings."""
        text = self._shaped(printable(text), where)
        start, end = embedding(text)
        if self._covered.issuperset(map(ord, text)):
            return start + escape(text) + end
        return start + "".join(self._marked_run(font, run) for font, run in self._runs(text, where)) + end

    def width(self, text: str, font: str, size: float) -> float:
        """How wide `text` prints in `font` at `size`, counting fallback fonts and replacement marks."""
        runs = self._runs(self._shaped(printable(text), ""), "")
        return sum(stringWidth(run, run_font or font, size) for run_font, run in runs)

    @property
    def warnings(self) -> list[str]:
        return self._missing_warnings() + self._unshaped_warnings()

    def _unshaped_warnings(self) -> list[str]:
        if not self._unshaped:
            return []
        scripts = sorted(self._unshaped)
        places = sorted({place for script in scripts for place in self._unshaped[script] if place})
        where = f" in {', '.join(places)}" if places else ""
        return [
            f"ptplanner cannot join or combine the letters of {' and '.join(scripts)} text{where} "
            "correctly, so some words may print wrongly. Check the printed copy, or type that text "
            "in another script."
        ]

    def _missing_warnings(self) -> list[str]:
        if not self._missing:
            return []
        characters = sorted(self._missing)
        places = sorted({place for ch in characters for place in self._missing[ch] if place})
        shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in characters[:12])
        more = f" and {len(characters) - 12} more" if len(characters) > 12 else ""
        where = f" in {', '.join(places)}" if places else ""
        message = (
            f"No font on this computer can print some characters{where}: {shown}{more}. They show as "
            f'"{REPLACEMENT}" on the handout. Install a font that has them (for Chinese, Japanese or Korean, '
            "for example WenQuanYi Micro Hei or Microsoft YaHei) and print again."
        )
        return [message]

    def _shaped(self, text: str, where: str) -> str:
        shown, scripts = shaped(text, self._drawable)
        for script in scripts:
            self._unshaped[script].add(where)
        return shown

    def _drawable(self, ch: str) -> bool:
        return ord(ch) in self._covered or ord(ch) in arabic_coverage() or self._fallback_for(ch) is not None

    def _runs(self, text: str, where: str) -> list[tuple[str | None, str]]:
        """`text` cut into runs of one font (None: the bundled font), unprintable characters replaced.
        Arabic-script text with a letter DejaVu Sans lacks is all set in Noto Sans Arabic, so the
        letters of a word join in one design."""
        lacking = (ch for ch in text if is_arabic_script(ch) and ord(ch) not in self._covered)
        arabic = any(ord(ch) in arabic_coverage() for ch in lacking)
        runs: list[tuple[str | None, str]] = []
        for ch in text:
            in_arabic_font = arabic and is_arabic_script(ch) and ord(ch) in arabic_coverage()
            font, shown = (ARABIC, ch) if in_arabic_font else self._classify(ch, where)
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + shown)
            else:
                runs.append((font, shown))
        return runs

    def _classify(self, ch: str, where: str) -> tuple[str | None, str]:
        if ord(ch) in self._covered:
            return None, ch
        category = unicodedata.category(ch)
        if category == "Cc":  # tabs, line breaks and other controls print as a space
            return None, " "
        if category == "Cf":  # invisible formatting marks have nothing to draw
            return None, _DROP
        font = self._fallback_for(ch)
        if font is None:
            self._missing[ch].add(where)
            return None, REPLACEMENT
        return font, ch

    def _fallback_for(self, ch: str) -> str | None:
        if ch not in self._font_for:
            self._font_for[ch] = None
            for path in fallback_candidates(self._folders):
                loaded = load_fallback_font(path)
                if loaded is not None and ord(ch) in loaded[1]:
                    self._font_for[ch] = loaded[0]
                    break
        return self._font_for[ch]

    @staticmethod
    def _marked_run(font: str | None, run: str) -> str:
        return escape(run) if font is None else f'<font name="{font}">{escape(run)}</font>'
