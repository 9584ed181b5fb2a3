"""Finding a log sheet on a scan: its code says which handout and page; the code and then the four corner
marks give the page's position, so rotation, skew and a phone's perspective are undone in one warp."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

from ptplanner.core.sheet_map import (
    CODE_MODULES,
    CODE_QUIET,
    MARK_MODULES,
    CellKind,
    SheetPage,
    read_code_text,
)
from ptplanner.scan import ScanError

PIXELS_PER_POINT = 1.5  # the straightened page: about 108 dpi, 8 pixels to a 5.5 mm box's inner part
TOP_REACH = (120, 40)  # modules (0.5 mm) from where the code puts the top left and top right marks
BOTTOM_REACH = 120  # modules from where the top marks put a bottom one: a phone's perspective
LINE_UP = 12  # points the marks may put the code from where it was printed (a wrong mark: far more)
ON_THE_LINES = 0.6  # share of the boxes' printed sides that must fall on dark pixels


@dataclass(frozen=True)
class FoundCode:
    handout_id: str
    page: int
    corners: np.ndarray  # 4x2 image points: the code's top left, top right, bottom right, bottom left


def find_code(image: np.ndarray) -> FoundCode | None:
    """The log sheet's code on the page, if any (another QR code, such as a video's, is passed by)."""
    # Each attempt made only when the one before found nothing; the last for a small, soft code.
    attempts = ((lambda: image, 1), (_sharpened(image), 1), (_enlarged(image, 2), 2))
    near_misses: list[np.ndarray] = []
    for attempt, scale in attempts:
        found, missed = _read(attempt(), scale, np.zeros(2, np.float32))
        if found is not None:
            return found
        near_misses += missed
    # A code seen but not read (its squares a few blurred pixels): read again closer up, around it alone.
    for corners in _largest_first(near_misses, image.shape)[:NEAR_MISSES_TRIED]:
        window = _window(corners, image.shape)
        left, top = window[0], window[1]
        piece = image[top:window[3], left:window[2]]
        for scale in CLOSER:
            for attempt in (_enlarged(piece, scale), _sharpened_enlarged(piece, scale)):
                found, _ = _read(attempt(), scale, np.array([left, top], np.float32))
                if found is not None:
                    return found
    return None


NEAR_MISSES_TRIED = 4  # a page of noise can hold many; each costs a few milliseconds
CLOSER = (3, 4)  # enlargements of a missed code's window


def _read(image: np.ndarray, scale: float, offset: np.ndarray) -> tuple[FoundCode | None, list[np.ndarray]]:
    """The log sheet's code read on `image` (`scale` times the page, cut from it at `offset`), in page
    pixels; else the page corners of the QR codes seen there but not read."""
    missed = []
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode, return_errors=True):
        position = result.position
        corners = np.array(
            [[point.x, point.y] for point in (position.top_left, position.top_right,
                                              position.bottom_right, position.bottom_left)],
            dtype=np.float32,
        ) / scale + offset
        if not result.valid:
            missed.append(corners)
            continue
        named = read_code_text(result.text)
        if named is not None:
            return FoundCode(named[0], named[1], corners), []
    return None, missed


def _largest_first(quads: list[np.ndarray], shape: tuple[int, ...]) -> list[np.ndarray]:
    """Missed codes no larger than a quarter of the page's shorter side (larger: lines of text taken for
    a code), largest first, one of each place."""
    limit = min(shape[:2]) / 4
    kept: list[np.ndarray] = []
    for quad in sorted(quads, key=lambda quad: -float(np.ptp(quad[:, 0]) * np.ptp(quad[:, 1]))):
        side = max(np.ptp(quad[:, 0]), np.ptp(quad[:, 1]))
        centre = quad.mean(0)
        if 0 < side <= limit and all(np.linalg.norm(centre - other.mean(0)) > side / 2 for other in kept):
            kept.append(quad)
    return kept


def _window(corners: np.ndarray, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of the part of the page around a missed code: a code's side more on each
    side, as what was seen may be only part of the code."""
    side = max(np.ptp(corners[:, 0]), np.ptp(corners[:, 1]))
    low = np.maximum(corners.min(0) - side, 0).astype(int)
    high = np.minimum(corners.max(0) + side, (shape[1], shape[0])).astype(int)
    return int(low[0]), int(low[1]), int(high[0]), int(high[1])


def _enlarged(image: np.ndarray, scale: int):
    return lambda: cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)


def _sharpened(image: np.ndarray):
    def sharpen() -> np.ndarray:
        blurred = cv2.GaussianBlur(image, (0, 0), 2)
        return cv2.addWeighted(image, 1.8, blurred, -0.8, 0)

    return sharpen


def _sharpened_enlarged(image: np.ndarray, scale: int):
    return lambda: _sharpened(_enlarged(image, scale)())()


def straighten(image: np.ndarray, code: FoundCode, page: SheetPage) -> np.ndarray:
    """The page as printed, PIXELS_PER_POINT to a point, from the scan: ScanError when the corner marks
    are not all on it or do not line up with the code."""
    width, height = page.size
    size = (round(width * PIXELS_PER_POINT), round(height * PIXELS_PER_POINT))
    module = float(np.linalg.norm(code.corners[1] - code.corners[0])) / CODE_MODULES
    candidates = _solid_squares(image, module * MARK_MODULES)
    ideal = np.array([_centre(_pixels(page, mark)) for mark in page.marks], dtype=np.float32)
    # The code is small, so it places the top marks (in line with it) well and the bottom ones roughly;
    # the top marks, far apart, then place the bottom ones.
    code_fit = _similarity(_code_corners(page), code.corners)
    near_code = [_nearest(candidates, code_fit, point, reach * module, count) for point, reach, count in
                 zip(ideal[:2], TOP_REACH, (6, 2))]
    choices = []
    for top_left in near_code[0]:
        for top_right in near_code[1]:
            top_fit = _similarity(ideal[:2], np.array([top_left, top_right], dtype=np.float32))
            reach = BOTTOM_REACH * module
            right, left = (_nearest(candidates, top_fit, point, reach, 4) for point in ideal[2:])
            choices += [(top_left, top_right, bottom_right, bottom_left) for bottom_right in right
                        for bottom_left in left]
    if not choices:
        raise ScanError("the corner marks cannot all be found: scan the whole page, flat, with its four "
                        "corners showing.")
    # Of the solid squares near each corner, the four that put the code where it was printed and the
    # printed boxes' lines on dark pixels.
    fits = [fit for fit in (_fit_and_error(choice, ideal, code, page) for choice in choices)
            if fit[1] <= LINE_UP * PIXELS_PER_POINT]
    ink = _line_ink(image, module)
    scored = [(_on_the_lines(ink, exact, page), exact) for exact, _ in fits]
    if not scored or max(score for score, _ in scored) < ON_THE_LINES:
        raise ScanError("the corner marks and the code do not line up: scan the page flat, not folded.")
    exact = max(scored, key=lambda pair: pair[0])[1]
    return cv2.warpPerspective(image, exact, size, flags=cv2.INTER_AREA, borderValue=255)


def _line_ink(image: np.ndarray, module: float) -> np.ndarray:
    """Where the scan is clearly darker than the paper around it (shade and uneven light left out),
    widened by about a module so that a line a pixel or two off still counts."""
    darkest = cv2.erode(image, np.ones((_odd(module), _odd(module)), np.uint8))
    paper = cv2.dilate(image, np.ones((_odd(5 * module), _odd(5 * module)), np.uint8))
    return darkest.astype(np.float32) < 0.75 * paper.astype(np.float32)


def _on_the_lines(ink: np.ndarray, exact: np.ndarray, page: SheetPage) -> float:
    """The share of the printed squares' sides (their midpoints) that `exact` puts on dark pixels (a box
    to write in may be a whole cell, its sides no printed line)."""
    height = page.size[1]
    squares = [box for cell in page.cells if cell.kind is CellKind.TICK for box in cell.boxes]
    sides = np.array([point for x, y, w, h in squares
                      for point in [(x + w / 2, y), (x + w / 2, y + h), (x, y + h / 2), (x + w, y + h / 2)]],
                     dtype=np.float32)
    if not len(sides):
        return 1.0
    on_page = np.stack([sides[:, 0], height - sides[:, 1]], axis=1) * PIXELS_PER_POINT
    on_scan = cv2.perspectiveTransform(on_page.reshape(-1, 1, 2), np.linalg.inv(exact)).reshape(-1, 2)
    columns, rows = np.round(on_scan[:, 0]).astype(int), np.round(on_scan[:, 1]).astype(int)
    inside = (columns >= 0) & (rows >= 0) & (columns < ink.shape[1]) & (rows < ink.shape[0])
    return float(ink[rows[inside], columns[inside]].sum()) / len(sides)


def _similarity(page_points: np.ndarray, image_points: np.ndarray) -> np.ndarray:
    """Turn, scale and shift taking straightened-page pixels to scan pixels, fitted to matching points."""
    if len(page_points) == 2:  # two points fix a similarity: add a third at a right angle to them
        page_points, image_points = _with_right_angle(page_points), _with_right_angle(image_points)
    fit, _ = cv2.estimateAffinePartial2D(page_points, image_points, method=cv2.LMEDS)
    return fit


def _with_right_angle(points: np.ndarray) -> np.ndarray:
    a, b = points
    turned = a + np.array([-(b - a)[1], (b - a)[0]], dtype=np.float32)
    return np.array([a, b, turned], dtype=np.float32)


def _nearest(
    candidates: np.ndarray, fit: np.ndarray | None, page_point: np.ndarray, reach: float, count: int
) -> list[tuple[float, float]]:
    """Up to `count` candidates within `reach` of where `fit` puts `page_point`, nearest first."""
    if fit is None or not len(candidates):
        return []
    expected = fit[:, :2] @ page_point + fit[:, 2]
    distances = np.linalg.norm(candidates - expected, axis=1)
    order = [index for index in np.argsort(distances)[:count] if distances[index] < reach]
    return [(float(candidates[index][0]), float(candidates[index][1])) for index in order]


def _fit_and_error(
    marks: tuple[tuple[float, float], ...], ideal: np.ndarray, code: FoundCode, page: SheetPage
) -> tuple[np.ndarray, float]:
    """The warp the marks give, and how far it puts the code from where it was printed (pixels)."""
    exact = cv2.getPerspectiveTransform(np.array(marks, dtype=np.float32), ideal)
    placed = cv2.perspectiveTransform(code.corners.reshape(-1, 1, 2), exact).reshape(-1, 2)
    return exact, float(np.abs(placed - _code_corners(page)).max())


def _solid_squares(image: np.ndarray, side: float) -> np.ndarray:
    """The centres of the solid, squarish blobs of about `side` pixels a side (turned or not)."""
    ink = cv2.adaptiveThreshold(image, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV,
                                _odd(side * 4), 15)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    area = side * side
    found = []
    for label in range(1, count):
        pixels = stats[label, cv2.CC_STAT_AREA]
        w, h = stats[label, cv2.CC_STAT_WIDTH], stats[label, cv2.CC_STAT_HEIGHT]
        if 0.4 * area < pixels < 2.5 * area and 0.6 < w / max(h, 1) < 1.6 and pixels > 0.62 * w * h:
            found.append(centroids[label])
    return np.array(found, dtype=np.float32).reshape(-1, 2)


def _odd(number: float) -> int:
    return int(number) // 2 * 2 + 1




def _pixels(page: SheetPage, rect: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A rectangle in points (from the lower left) as left, top, width, height on the straightened page."""
    x, y, width, height = rect
    top = page.size[1] - y - height
    return x * PIXELS_PER_POINT, top * PIXELS_PER_POINT, width * PIXELS_PER_POINT, height * PIXELS_PER_POINT


def _centre(rect: tuple[float, float, float, float]) -> tuple[float, float]:
    left, top, width, height = rect
    return left + width / 2, top + height / 2


def _code_corners(page: SheetPage) -> np.ndarray:
    left, top, side, _ = _pixels(page, page.code)
    inset = side * CODE_QUIET / (CODE_MODULES + 2 * CODE_QUIET)
    a, b = inset, side - inset
    return np.array([[left + a, top + a], [left + b, top + a], [left + b, top + b], [left + a, top + b]],
                    dtype=np.float32)
