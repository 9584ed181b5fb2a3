"""How different two pictures of one exercise look: a coarse greyscale raster of each, compared.

Only filled shapes count (the body, its shading, the props); outlines, hatching and arrows are too
thin to tell two pictures apart on paper. A prop that is only outlined, or a pale one on white,
changes little, as it should: two pictures that differ by a faint pillow look the same to a reader.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from ptplanner.core.figure.geometry import add, scale
from ptplanner.core.figure.primitives import Drawing, Path, body_extent
from ptplanner.core.figure.scene import draw_pictures, pose_camera, posed_skeletons
from ptplanner.core.library import Library
from ptplanner.core.pose import Pictures
from ptplanner.core.problems import Problem

COLUMNS = 120
INK = 0.8  # a cell darker than this shows something
CHANGE = 0.25  # a cell whose grey changes more than this looks different


def raster(drawing: Drawing, columns: int = COLUMNS) -> list[list[float]]:
    """The drawing's filled shapes painted back to front on a white grid, sampled at cell centres."""
    cell = drawing.width / columns
    rows = max(1, round(drawing.height / cell))
    grid = [[1.0] * columns for _ in range(rows)]
    for path in drawing.paths:
        if path.closed and path.fill is not None and len(path.points) >= 3:
            _fill(grid, path, drawing, cell)
    return grid


def _fill(grid: list[list[float]], path: Path, drawing: Drawing, cell: float) -> None:
    fill, opacity = path.fill, path.opacity
    points = path.points
    edges = list(zip(points, points[1:] + points[:1]))
    ys = [y for _, y in points]
    first = max(0, int((min(ys) - drawing.bottom) / cell))
    last = min(len(grid) - 1, int((max(ys) - drawing.bottom) / cell))
    for row in range(first, last + 1):
        y = drawing.bottom + (row + 0.5) * cell
        crossings = sorted(
            x0 + (y - y0) * (x1 - x0) / (y1 - y0) for (x0, y0), (x1, y1) in edges if (y0 <= y) != (y1 <= y)
        )
        line = grid[row]
        for enter, leave in zip(crossings[::2], crossings[1::2]):
            low = max(0, int((enter - drawing.left) / cell + 0.5))
            high = min(len(line), int((leave - drawing.left) / cell + 0.5))
            for column in range(low, high):  # see-through shapes (water) blend with what is under them
                line[column] = line[column] * (1.0 - opacity) + fill * opacity


def difference(a: Drawing, b: Drawing) -> float:
    """The share of the cells showing something in either picture that look different, 0 to 1.
    Both drawings must share one frame, as the pictures of one exercise do."""
    changed = inked = 0
    b = replace(b, left=a.left, bottom=a.bottom, width=a.width, height=a.height)
    for row_a, row_b in zip(raster(a), raster(b), strict=True):
        for grey_a, grey_b in zip(row_a, row_b):
            if grey_a < INK or grey_b < INK:
                inked += 1
                changed += abs(grey_a - grey_b) > CHANGE
    return changed / inked if inked else 0.0


def belly_shift(pictures: Pictures) -> float:
    """How far the front of the belly moves on paper between the first and the last picture, as a share
    of the body's printed length: a breath or a draw-in that moves nothing else must still be seen."""
    poses = pictures.poses()
    fronts = []
    for pose, skeleton in zip(poses, posed_skeletons(poses), strict=True):
        belly = skeleton.sections[2]  # the slice a breath moves most (body.BELLY_RISE_SHARE)
        fronts.append(pose_camera(pose).screen(add(belly.center, scale(belly.front, belly.half_depth))))
    (x0, y0), (x1, y1) = fronts[0], fronts[-1]
    return ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 / max(body_extent(draw_pictures(pictures)[0]))


def without_arrows(pictures: Pictures) -> Pictures:
    """The same pictures with no arrows: an arrow alone does not make two pictures differ."""
    return pictures.model_copy(update={"arrow": None, "middle_arrow": None})


LOOK_ALIKE = 0.05  # below this share of changed cells two pictures look the same to a reader


def look_alike_problems(library: Library) -> list[Problem]:
    """Every exercise with two pictures a reader cannot tell apart (arrows aside)."""
    problems = []
    for exercise_id, exercise in sorted(library.exercises.items()):
        pictures = exercise.pictures
        if pictures is None or len(pictures.poses()) < 2:
            continue
        names = [name for name, _ in pictures.named_checks()]
        drawings = draw_pictures(without_arrows(pictures))
        for (first, a), (second, b) in combinations(zip(names, drawings, strict=True), 2):
            change = difference(a, b)
            if change < LOOK_ALIKE:
                problems.append(
                    Problem(
                        library.files.get(exercise_id, exercise_id),
                        f"pictures.{second}",
                        f"looks the same as the {first} picture (only {change:.0%} of the figure changes); "
                        "show what works with `working`, or leave it out",
                    )
                )
    return problems
