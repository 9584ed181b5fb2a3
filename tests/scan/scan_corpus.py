"""Synthetic scans of filled-in log sheets, for the scan tests and the benchmark.

A printed log-sheet page is rendered with pdftoppm, pen marks are drawn in its boxes (ticks, crosses,
circles, scribbles, light and heavy strokes, a crossed-out box, numbers written in the pain boxes), and
the page is then spoiled as scanners and phones do: turned up to 10 degrees, seen in perspective on a
table, blurred, unevenly lit, noisy, JPEG-compressed, at 150 to 300 dpi. Each scan comes with the truth.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import cv2
import numpy as np
import pytest

from ptplanner.core.sheet_map import CellKind, SheetPage

@contextmanager
def seeded_handout_ids(seed: int) -> Iterator[None]:
    """Handouts printed inside get ids from a seeded sequence, not at random: the code on a sheet is drawn
    from its id, so a scan test reads the same code on every run."""
    draw = random.Random(seed)
    with pytest.MonkeyPatch.context() as patch:
        handout_ids_from(patch, lambda: uuid.UUID(int=draw.getrandbits(128), version=4))
        yield


def handout_ids_from(patch: pytest.MonkeyPatch, next_id: Callable[[], uuid.UUID]) -> None:
    """Handouts printed while `patch` holds take their ids from `next_id`."""
    patch.setattr("ptplanner.app.handouts.uuid", SimpleNamespace(uuid4=next_id))


MARKS = ("tick", "tick", "tick", "cross", "circle", "scribble", "dot-tick")


@dataclass
class Truth:
    ticked: dict[tuple[str, date, int], bool] = field(default_factory=dict)  # (row, day, box)
    crossed_out: set[tuple[str, date, int]] = field(default_factory=set)  # neither: must be flagged
    written: dict[tuple[CellKind, date], int] = field(default_factory=dict)  # pain numbers written


def render_page(pdf: bytes, page: int, dpi: int) -> np.ndarray:
    """The page as pdftoppm renders it, grey. Without pdftoppm (Debian's poppler-utils) the test skips."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (Debian: poppler-utils), so no synthetic scan can be made")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "sheet.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-gray", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        "-singlefile", str(source), str(Path(folder) / "page")], check=True)
        return cv2.imread(str(Path(folder) / "page.png"), cv2.IMREAD_GRAYSCALE)


def fill_in(
    image: np.ndarray, page: SheetPage, dpi: int, rng: np.random.Generator, tick_share: float = 0.5,
    crossed_out: int = 1, light_share: float = 0.25, sizes: tuple[float, float] = (0.75, 1.15),
) -> Truth:
    """Pen marks in the page's boxes, drawn on `image` in place; what was marked. `sizes`: of a mark
    against its box (above 1 it runs over the box's edge, towards the next box)."""
    truth = Truth()
    scale = dpi / 72
    height = page.size[1]
    squares = [(cell, number, box) for cell in page.cells if cell.kind is CellKind.TICK
               for number, box in enumerate(cell.boxes, start=1)]
    crossed = set(rng.choice(len(squares), size=min(crossed_out, len(squares)), replace=False).tolist())
    for index, (cell, number, (x, y, side, _)) in enumerate(squares):
        key = (cell.row, cell.day, number)
        box = (x * scale, (height - y - side) * scale, side * scale)
        pen = _pen(rng, dpi, light_share)
        if index in crossed:
            _scribble(image, box, rng, pen, dense=True)
            truth.crossed_out.add(key)
            continue
        ticked = bool(rng.random() < tick_share)
        truth.ticked[key] = ticked
        if ticked:
            _mark(image, box, str(rng.choice(MARKS)), rng, pen, sizes)
    for cell in page.cells:
        if cell.kind in (CellKind.PAIN_BACK, CellKind.PAIN_LEG) and rng.random() < 0.5:
            x, y, width, box_height = cell.boxes[0]
            value = int(rng.integers(0, 11))
            origin = (int((x + 2) * scale), int((height - y - box_height * 0.2) * scale))
            cv2.putText(image, str(value), origin, cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, box_height * scale / 30,
                        _pen(rng, dpi, light_share)[0], max(1, int(dpi / 100)), cv2.LINE_AA)
            truth.written[(cell.kind, cell.day)] = value
    return truth


def _pen(rng: np.random.Generator, dpi: int, light_share: float) -> tuple[int, int]:
    """A grey level and a stroke width in pixels: a ballpoint (0.3 to 0.7 mm), light or heavy."""
    light = rng.random() < light_share
    grey = int(rng.integers(120, 165) if light else rng.integers(10, 70))
    width = max(1, int(round(rng.uniform(0.3, 0.7) / 25.4 * dpi)))
    return grey, width


def _mark(image: np.ndarray, box: tuple[float, float, float], kind: str, rng: np.random.Generator,
          pen: tuple[int, int], sizes: tuple[float, float]) -> None:
    left, top, side = box
    grey, width = pen

    def point(u: float, v: float) -> tuple[int, int]:  # u, v in 0-1 of the square, jittered
        return (int(left + side * (u + rng.normal(0, 0.04))), int(top + side * (v + rng.normal(0, 0.04))))

    size = rng.uniform(*sizes)
    if kind in ("tick", "dot-tick"):
        a, b = point(0.2, 0.55), point(0.42, 0.5 + 0.35 * size)
        c = point(0.5 + 0.45 * size, 0.5 - 0.45 * size)
        if kind == "dot-tick":  # a short, small tick
            a, b, c = point(0.35, 0.55), point(0.45, 0.72), point(0.68, 0.35)
        cv2.polylines(image, [np.array([a, b, c])], False, grey, width, cv2.LINE_AA)
    elif kind == "cross":
        cv2.line(image, point(0.2, 0.2), point(0.8, 0.8), grey, width, cv2.LINE_AA)
        cv2.line(image, point(0.8, 0.2), point(0.2, 0.8), grey, width, cv2.LINE_AA)
    elif kind == "circle":
        centre = point(0.5, 0.5)
        axes = (int(side * 0.3 * size), int(side * 0.27 * size))
        cv2.ellipse(image, centre, axes, float(rng.uniform(0, 180)), 0, 360, grey, width, cv2.LINE_AA)
    else:
        _scribble(image, box, rng, pen, dense=False)


def _scribble(image: np.ndarray, box: tuple[float, float, float], rng: np.random.Generator,
              pen: tuple[int, int], dense: bool) -> None:
    left, top, side = box
    count = 40 if dense else 6
    points = np.array([(left + side * rng.uniform(0.12, 0.88), top + side * rng.uniform(0.12, 0.88))
                       for _ in range(count)], dtype=np.int32)
    grey, width = pen
    cv2.polylines(image, [points], False, min(grey, 80), width + (2 if dense else 0), cv2.LINE_AA)


def spoil(image: np.ndarray, rng: np.random.Generator, phone: bool, max_turn: float = 10.0) -> np.ndarray:
    """The page as a scanner (turned, a little skewed) or a phone (perspective, on a darker table, uneven
    light) gives it back: turned, blurred, noisy; then JPEG-compressed."""
    height, width = image.shape
    border = int(0.08 * max(height, width))
    table = int(rng.integers(60, 140)) if phone else 235
    canvas = cv2.copyMakeBorder(image, border, border, border, border, cv2.BORDER_CONSTANT, value=table)
    corners = np.array([[border, border], [border + width, border], [border + width, border + height],
                        [border, border + height]], dtype=np.float32)
    centre = corners.mean(axis=0)
    turn = np.deg2rad(rng.uniform(-max_turn, max_turn))
    rotation = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]], dtype=np.float32)
    moved = (corners - centre) @ rotation.T + centre
    wobble = 0.04 if phone else 0.004
    moved += rng.uniform(-wobble, wobble, moved.shape).astype(np.float32) * max(height, width)
    warp = cv2.getPerspectiveTransform(corners, moved.astype(np.float32))
    out = cv2.warpPerspective(canvas, warp, (canvas.shape[1], canvas.shape[0]), flags=cv2.INTER_LINEAR,
                              borderValue=table)
    out = out.astype(np.float32)
    if phone:  # light falling off across the page
        ys, xs = np.mgrid[0:out.shape[0], 0:out.shape[1]].astype(np.float32)
        angle = rng.uniform(0, 2 * np.pi)
        ramp = (np.cos(angle) * xs / out.shape[1] + np.sin(angle) * ys / out.shape[0])
        out *= 1 - rng.uniform(0.15, 0.4) * (ramp - ramp.min()) / (np.ptp(ramp) + 1e-6)
    sigma = rng.uniform(0.3, 1.3)
    out = cv2.GaussianBlur(out, (0, 0), sigma)
    out += rng.normal(0, rng.uniform(2, 6), out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    quality = int(rng.integers(45, 90))
    _, jpeg = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE)
