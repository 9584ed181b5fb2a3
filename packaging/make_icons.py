"""Render the app icon (assets/icons/ptplanner.svg) to the PNG sizes, a Windows .ico and a macOS .icns.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Needs PySide6 with QtSvg (the build environment has it; the app itself does not use QtSvg). The
results are kept in the repository, so a build on any system needs only this SVG's renderings.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose images are PNG data (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", len(pngs[size]) + 8) + pngs[size] for size, kind in ICNS_TYPES.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 - QPainter needs an application
    renderer = QSvgRenderer(str(ICONS / "ptplanner.svg"))
    if not renderer.isValid():
        print(f"{ICONS / 'ptplanner.svg'}: not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in PNG_SIZES}
    for size, png in pngs.items():
        (ICONS / f"ptplanner-{size}.png").write_bytes(png)
    (ICONS / "ptplanner.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (ICONS / "ptplanner.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs)} PNG sizes, ptplanner.ico and ptplanner.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
