"""A small QR code of an exercise's video address, with "Scan to watch" under it: the patient's phone opens
the video; ptplanner never fetches it. Drawn with reportlab's own QR widget, as vector squares."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from ptplanner.handouts.styles import Layout

CODE_SIDE = 2.4 * cm  # the code with its quiet zone (4 modules each side): about 1.9 cm of modules
CAPTION = "Scan to watch"
ERROR_LEVEL = "M"  # recovers about 15% of the modules: a smudged or folded sheet still scans


def qr_drawing(address: str, side: float = CODE_SIDE, border: int = 4, version: int | None = None) -> Drawing:
    """The code of `address` as a `side`-square drawing, its quiet zone (`border` modules) included;
    `version` fixes the code's size (None: the smallest that holds `address`)."""
    widget = QrCodeWidget(address, barLevel=ERROR_LEVEL, barBorder=border, qrVersion=version)
    x0, y0, x1, y1 = widget.getBounds()
    scale_x, scale_y = side / (x1 - x0), side / (y1 - y0)
    drawing = Drawing(side, side, transform=[scale_x, 0, 0, scale_y, -x0 * scale_x, -y0 * scale_y])
    drawing.add(widget)
    return drawing


def video_code(address: str, layout: Layout) -> list[Flowable]:
    """The code and its caption, one under the other, for a narrow column beside the exercise's name."""
    return [qr_drawing(address), Paragraph(CAPTION, layout.look.label)]


def code_column_width(layout: Layout) -> float:
    """Wide enough for the code and for the caption on one line."""
    caption = layout.look.label
    return max(CODE_SIDE, stringWidth(CAPTION, caption.fontName, caption.fontSize) + 2)
