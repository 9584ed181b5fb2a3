"""A video address prints as a QR code beside its exercise, with "Scan to watch"; no address, no code.

No QR decoder is installed here, so the code is read back from the PDF's drawing: every dark square
under a caption is put on a grid, and the grid must equal the QR matrix of the exercise's address (so
a phone reading it gets that address)."""

from __future__ import annotations

import re
from io import BytesIO

import pdfplumber
import pytest
from handout_samples import CLINIC, build, library, make_patient, program_with_items
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from ptplanner.core.program import ProgramItem
from ptplanner.handouts.video_code import CAPTION, ERROR_LEVEL

OWN = "https://videos.example.org/clinic/bridge-with-band?lang=en&t=0"
MAPPED = "https://youtu.be/dQw4w9WgXcQ"


def qr_matrix(address: str) -> set[tuple[int, int]]:
    """The dark modules (row, column) reportlab's encoder makes for `address`."""
    widget = QrCodeWidget(address, barLevel=ERROR_LEVEL)
    drawing = Drawing(10, 10)
    drawing.add(widget)
    renderPDF.drawToString(drawing)  # drawing it makes the matrix
    size = widget.qr.getModuleCount()
    return {(row, col) for row in range(size) for col in range(size) if widget.qr.isDark(row, col)}


def codes_on(pdf: bytes) -> list[tuple[str, set[tuple[int, int]]]]:
    """For each "Scan to watch" on each page, the number of the exercise it is in ('3.') and the dark
    modules of the code above it, read from the filled rectangles drawn there."""
    found = []
    with pdfplumber.open(BytesIO(pdf)) as document:
        for page in document.pages:
            words = page.extract_words()
            for index, word in enumerate(words):
                if word["text"] != "Scan" or words[index + 2]["text"] != "watch":
                    continue
                above = [r for r in page.rects if r["fill"] and r["bottom"] <= word["top"] + 0.5
                         and r["top"] >= word["top"] - 80 and r["x0"] >= word["x0"] - 30]
                module = min(r["height"] for r in above)
                left, top = min(r["x0"] for r in above), min(r["top"] for r in above)
                dark = set()
                for r in above:
                    row, col = round((r["top"] - top) / module), round((r["x0"] - left) / module)
                    dark |= {(row, col + step) for step in range(round(r["width"] / module))}
                numbers = [w for w in words if re.fullmatch(r"\d+\.", w["text"]) and w["top"] < word["top"]]
                found.append((max(numbers, key=lambda w: w["top"])["text"], dark))
    return found


@pytest.fixture
def items():
    bridge, clamshell, dead_bug = (library().get(name) for name in ("bridge", "clamshell", "dead-bug"))
    return [
        ProgramItem.of(bridge.model_copy(update={"video_url": OWN})),
        ProgramItem.of(clamshell),
        ProgramItem.of(dead_bug),
    ]


def test_only_exercises_with_an_address_get_a_code_of_that_address(items):
    clinic = CLINIC.model_copy(update={"exercise_videos": {"dead-bug": MAPPED}})
    patient = make_patient()
    pdf = build(patient, program_with_items(patient, items), clinic=clinic, log_sheet=False).pdf
    codes = codes_on(pdf)
    # the bridge (its own address) and the dead bug (the clinic's)
    assert [title for title, _ in codes] == ["1.", "3."]
    assert codes[0][1] == qr_matrix(OWN)
    assert codes[1][1] == qr_matrix(MAPPED)
    assert qr_matrix(OWN) != qr_matrix(MAPPED)


def test_no_address_no_code_and_no_caption(items):
    patient = make_patient()
    plain = [ProgramItem.of(item.exercise.model_copy(update={"video_url": None})) for item in items]
    pdf = build(patient, program_with_items(patient, plain), log_sheet=False).pdf
    assert codes_on(pdf) == []
    with pdfplumber.open(BytesIO(pdf)) as document:
        assert all(CAPTION not in (page.extract_text() or "") for page in document.pages)


@pytest.mark.parametrize("large_print", [False, True])
def test_a_code_costs_no_page(items, large_print):
    patient = make_patient()
    plain = [ProgramItem.of(item.exercise.model_copy(update={"video_url": None})) for item in items]
    videos = {item.exercise.id: MAPPED for item in items}
    without = build(patient, program_with_items(patient, plain), large_print=large_print)
    with_codes = build(patient, program_with_items(patient, plain), large_print=large_print,
                       clinic=CLINIC.model_copy(update={"exercise_videos": videos}))
    assert with_codes.pages == without.pages
    assert len(codes_on(with_codes.pdf)) == 3
