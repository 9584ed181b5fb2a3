"""Scans as grey images: each page of a PDF, or a PNG or JPEG file."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import cv2
import numpy as np
import pypdfium2
from PIL import Image

from ptplanner.scan import ScanError

PDF_DPI = 200  # enough for 5 mm boxes and a code of 0.5 mm modules; a scanner's PDF is rendered at this
MAX_BYTES = 80 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 600 dpi Letter page is 34 million
MAX_PAGES = 100  # a scanner's batch of returned sheets; more is not a stack of log sheets
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}
LONGEST_SIDE = 4000  # pixels: about 340 dpi on a Letter page; a page in a photo keeps 150 dpi or more


@dataclass(frozen=True)
class ScanPage:
    source: str  # e.g. "visit.pdf, page 2"
    image: np.ndarray  # grey, 8 bits


def scan_pages(path: Path) -> list[ScanPage]:
    """Every page of `path` (PDF, PNG or JPEG) as a grey image; ScanError with the file's name if not."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ScanError(f"{path.name}: the file is over {MAX_BYTES // 2**20} MB; scan at 300 dpi or less")
        data = path.read_bytes()
    except OSError as error:
        raise ScanError(f"{path.name}: the file cannot be read ({error.strerror or error}).") from None
    if data.startswith(b"%PDF"):
        return _pdf_pages(path.name, data)
    if path.suffix.lower() not in IMAGE_SUFFIXES and not _looks_like_image(data):
        raise ScanError(f"{path.name}: not a PDF, PNG or JPEG file.")
    _refuse_huge_picture(path.name, data)
    try:
        image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    except cv2.error:
        image = None
    if image is None:
        raise ScanError(f"{path.name}: the picture is damaged or not a PNG or JPEG.")
    return [ScanPage(path.name, _at_most(image))]


def _at_most(image: np.ndarray) -> np.ndarray:
    """A phone's 12 or 48 megapixels, or a 600 dpi scan, brought down to what the boxes need (faster)."""
    longest = max(image.shape[:2])
    if longest <= LONGEST_SIDE:
        return image
    scale = LONGEST_SIDE / longest
    return cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def _refuse_huge_picture(name: str, data: bytes) -> None:
    """A small file can declare a vast picture (a PNG of zeros compresses 1000 to 1): its size is read from
    the header, before anything is decoded, so such a file cannot take all the memory."""
    try:
        with warnings.catch_warnings():  # Pillow's own bomb warning: the check below is ours, and stricter
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data)) as picture:
                width, height = picture.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return  # not readable as a picture at all: decoding says it is damaged
    if width * height > MAX_PIXELS:
        size = f"{width} x {height} pixels"
        raise ScanError(f"{name}: the picture is too large to be a scanned sheet ({size}).")


def _looks_like_image(data: bytes) -> bool:
    return data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")


def _pdf_pages(name: str, data: bytes) -> list[ScanPage]:
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        raise ScanError(f"{name}: the PDF is damaged or locked with a password.") from None
    pages: list[ScanPage] = []
    try:
        if len(document) > MAX_PAGES:
            count = len(document)
            raise ScanError(f"{name}: {count} pages; scan at most {MAX_PAGES} log-sheet pages at a time.")
        for index in range(len(document)):
            try:
                pages.append(ScanPage(f"{name}, page {index + 1}", _page_image(name, document, index)))
            except pypdfium2.PdfiumError:  # the file opens, but this page's own data is damaged
                raise ScanError(f"{name}: page {index + 1} is damaged and cannot be read.") from None
    finally:
        document.close()
    return pages


def _page_image(name: str, document: pypdfium2.PdfDocument, index: int) -> np.ndarray:
    """Page `index` drawn in grey at the scan resolution; PdfiumError when its data is damaged."""
    page = document[index]
    width, height = page.get_size()
    scale = PDF_DPI / 72
    if width * height * scale * scale > MAX_PIXELS:
        raise ScanError(f"{name}: page {index + 1} is too large to be a scanned sheet.")
    bitmap = page.render(scale=scale, grayscale=True)
    image = np.array(bitmap.to_numpy(), copy=True)
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
