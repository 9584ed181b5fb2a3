"""Reading the boxes of a straightened log-sheet page: how much pen is inside each, and how sure that is."""

from __future__ import annotations

import cv2
import numpy as np

from ptplanner.core.sheet_map import Rect, SheetPage
from ptplanner.scan.register import PIXELS_PER_POINT

INSIDE = 0.22  # of a square's side left out at each edge: its printed line, and a little misplacement
EMPTY_BELOW = 0.012  # share of ink inside a square: below this it is empty
TICKED_ABOVE = 0.045  # above this it is ticked
FILLED_ABOVE = 0.8  # a square this dark was filled in or crossed out: the therapist decides
WRITTEN_ABOVE = 0.006  # in a box to write in: something is written


def ink_map(page_image: np.ndarray) -> np.ndarray:
    """Each pixel's darkness against the paper around it (0 paper, 1 black), so shade and uneven light
    do not count as pen."""
    grey = page_image.astype(np.float32)
    paper = cv2.dilate(grey, np.ones((15, 15), np.uint8))
    paper = cv2.GaussianBlur(paper, (0, 0), 8)
    relative = grey / np.maximum(paper, 1)
    return np.clip((0.82 - relative) / 0.32, 0, 1)


def square_ink(ink: np.ndarray, page: SheetPage, box: Rect) -> float:
    return _share(ink, page, box, INSIDE, INSIDE)


def written_ink(ink: np.ndarray, page: SheetPage, box: Rect) -> float:
    """Pen in a box to write in, its unit printed at the top right left out."""
    x, y, width, height = box
    return _share(ink, page, (x, y, width * 0.62, height), 0.12, 0.16)


def _share(ink: np.ndarray, page: SheetPage, box: Rect, edge_x: float, edge_y: float) -> float:
    x, y, width, height = box
    left = (x + width * edge_x) * PIXELS_PER_POINT
    right = (x + width * (1 - edge_x)) * PIXELS_PER_POINT
    top = (page.size[1] - y - height * (1 - edge_y)) * PIXELS_PER_POINT
    bottom = (page.size[1] - y - height * edge_y) * PIXELS_PER_POINT
    inside = ink[int(round(top)):int(round(bottom)), int(round(left)):int(round(right))]
    return float(inside.mean()) if inside.size else 0.0


def tick_reading(share: float) -> tuple[bool, float]:
    """Ticked or not, and how sure (0-1): sure far from the thresholds, unsure between them or when
    the square is filled in (a crossed-out box)."""
    if share >= FILLED_ABOVE:
        return True, 0.4
    if share <= EMPTY_BELOW:
        return False, round(1 - 0.3 * share / EMPTY_BELOW, 3)
    if share >= TICKED_ABOVE:
        return True, round(min(1.0, 0.85 + share), 3)
    middle = (EMPTY_BELOW + TICKED_ABOVE) / 2
    sureness = abs(share - middle) / (middle - EMPTY_BELOW)  # 0 in the middle, 1 at a threshold
    return share > middle, round(0.5 + 0.2 * sureness, 3)
