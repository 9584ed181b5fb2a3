"""The embedded TTF fonts every PDF uses (reportlab's built-in fonts cover Latin-1 only).

The bundled DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew and most Arabic. The bundled Noto Sans
Arabic (regular only) prints Arabic-script text with letters DejaVu lacks (Urdu, Pashto, Sindhi...).
For anything else (Chinese, Japanese, Korean...) a TrueType font already installed on the computer
is looked for, never shipped.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import zlib
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ptplanner.handouts.visual_lines import draw_paragraphs_in_visual_order
from ptplanner.resources import fonts_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ARABIC = "NotoSansArabic"
# Fonts known to hold CJK glyphs as TrueType outlines (reportlab cannot embed CFF/OpenType outlines;
# such files are tried and skipped). Earlier hints are preferred.
MAX_FONT_BYTES = 64 * 1024 * 1024  # the largest CJK fonts are about 20 MB
FALLBACK_HINTS = (
    "wqy-microhei",
    "wqy-zenhei",
    "droidsansfallback",
    "notosanssc",
    "notosanstc",
    "notosansjp",
    "notosanskr",
    "msyh",
    "simhei",
    "simsun",
    "msgothic",
    "meiryo",
    "yugoth",
    "malgun",
    "gulim",
    "arial unicode",
    "arialuni",
    "ipag",
    "takao",
    "nanum",
    "ukai",
    "uming",
    "notosanscjk",
    "unifont",
)
_FONT_SUFFIXES = (".ttf", ".ttc")


@cache
def register_fonts() -> tuple[str, str]:
    """Register the bundled sans-serif family once; returns (regular, bold) font names. Every PDF
    calls this first, so this is also where paragraphs learn to draw right-to-left text."""
    draw_paragraphs_in_visual_order()
    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    return REGULAR, BOLD


@cache
def bundled_coverage() -> frozenset[int]:
    """Code points both bundled fonts draw (text may be regular or bold)."""
    regular, bold = register_fonts()
    return frozenset(_code_points(regular)) & frozenset(_code_points(bold))


@cache
def arabic_coverage() -> frozenset[int]:
    """Code points the bundled Arabic font draws (registered on first use)."""
    register_fonts()
    pdfmetrics.registerFont(TTFont(ARABIC, str(fonts_dir() / "NotoSansArabic-Regular.ttf")))
    return frozenset(_code_points(ARABIC))


def system_font_folders() -> tuple[Path, ...]:
    """The usual font folders of Linux, macOS and Windows that exist here."""
    home = Path.home()
    folders = [
        home / ".fonts",
        home / ".local/share/fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / "Library/Fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
    ]
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData/Local"))
        folders += [windows / "Fonts", local / "Microsoft/Windows/Fonts"]
    return tuple(folder for folder in folders if folder.is_dir())


@cache
def fallback_candidates(folders: tuple[Path, ...]) -> tuple[Path, ...]:
    """Font files in `folders` (searched recursively) whose names match a known CJK font, best first."""
    found = []
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                lower = name.lower()
                rank = next((i for i, hint in enumerate(FALLBACK_HINTS) if hint in lower), None)
                if rank is not None and lower.endswith(_FONT_SUFFIXES):
                    found.append((rank, str(Path(root) / name)))
    return tuple(Path(path) for _rank, path in sorted(found))


@cache
def load_fallback_font(path: Path) -> tuple[str, frozenset[int]] | None:
    """Register a system font for embedding; (its name, the code points it draws), or None if unusable."""
    # The name goes into Paragraph markup (<font name="...">): only letters, digits and dashes, so a
    # file named like markup cannot break the handout. The checksum tells two such files apart.
    stem = re.sub(r"[^A-Za-z0-9-]", "_", path.stem)
    name = f"Fallback-{stem}-{zlib.crc32(str(path).encode()):08x}"
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FONT_BYTES:
            return None  # a pipe or device named like a font would hang printing; a huge file, use memory
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None  # CFF outlines, a damaged file or no permission: try the next candidate
    return name, frozenset(_code_points(name))


def _code_points(font_name: str) -> set[int]:
    return set(pdfmetrics.getFont(font_name).face.charToGlyph)
