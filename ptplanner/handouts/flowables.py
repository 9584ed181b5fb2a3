"""Small flowables the handout needs and reportlab lacks."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from ptplanner.handouts.styles import stacked_height


class HeadedLines(Flowable):
    """A heading and its lines one under the other, as wide as offered; split only between lines, and
    the heading never without its first line (beside pictures, the lines that do not fit go under them).
    `least`: the parts that stay together at the top (after a split, the lines left need no heading).
    `columns_from`: offered at least this width, the lines stand in two columns under the heading (the
    first ones at the left) where that is shorter; in columns they are not split."""

    def __init__(
        self, parts: list[Flowable], least: int = 2, columns_from: float | None = None, gutter: float = 0
    ) -> None:
        super().__init__()
        self.parts, self.least = parts, least
        self.columns_from, self.gutter = columns_from, gutter
        self.heights: list[float] = []
        self.left = 0  # in two columns, the lines in the left one (0: one column)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.heights = [part.wrap(available_width, 1e6)[1] for part in self.parts]
        self.height = sum(self.heights)
        self.left = 0
        if self.columns_from is not None and available_width >= self.columns_from and len(self.parts) > 2:
            self._in_columns()
        return self.width, self.height

    def _in_columns(self) -> None:
        """Two columns under the heading, the left one never the shorter, when that saves height."""
        column = (self.width - self.gutter) / 2
        lines = [part.wrap(column, 1e6)[1] for part in self.parts[1:]]
        left = min(range(1, len(lines)), key=lambda k: (max(sum(lines[:k]), sum(lines[k:])), -k))
        height = self.heights[0] + max(sum(lines[:left]), sum(lines[left:]))
        if height < self.height - 1:
            self.left, self.height = left, height
            self.heights = self.heights[:1] + lines
        else:  # measuring wrapped them narrower: as wide as offered again
            for part in self.parts[1:]:
                part.wrap(self.width, 1e6)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self.left:
            return []
        fits, total = 0, 0.0
        while fits < len(self.parts) and total + self.heights[fits] <= available_height:
            total += self.heights[fits]
            fits += 1
        if fits < self.least or fits == len(self.parts):
            return []
        return [HeadedLines(self.parts[:fits], self.least), HeadedLines(self.parts[fits:], least=1)]

    def draw(self) -> None:
        top = self.height
        if self.left:  # the heading across, then the lines in two columns
            top -= self.heights[0]
            self.parts[0].drawOn(self.canv, 0, top)
            lines = list(zip(self.parts[1:], self.heights[1:]))
            for x, column in ((0, lines[: self.left]), ((self.width + self.gutter) / 2, lines[self.left :])):
                below = top
                for part, height in column:
                    below -= height
                    part.drawOn(self.canv, x, below)
            return
        for part, height in zip(self.parts, self.heights):
            top -= height
            part.drawOn(self.canv, 0, top)


class FittingBlock(KeepTogether):
    """Flowables kept on one page, in the first of their `sizes` (lists of flowables, largest first) that
    fits in what is left of the page, else in the last: a block with larger pictures takes its least size
    rather than move on to the next page. With a `follower` (the block printed right after it), a block
    takes the largest of its sizes that leaves room for the follower's least, where one does: so two
    blocks that fit on a page together share it."""

    def __init__(self, sizes: list[list[Flowable]]) -> None:
        super().__init__(sizes[0])
        self.sizes = sizes
        self.follower: FittingBlock | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._content = self._size(available_width, available_height)
        return super().wrap(available_width, available_height)

    def _size(self, width: float, height: float) -> list[Flowable]:
        canvas = self.canv
        if self.follower is not None:
            least = self.follower.sizes[-1]
            both = (size for size in self.sizes if stacked_height([*size, *least], width, canvas) <= height)
            size = next(both, None)
            if size is not None:
                return size
        larger = self.sizes[:-1]  # the last is taken when none of these fits, so it is never measured here
        fits = (size for size in larger if stacked_height(size, width, canvas) <= height)
        return next(fits, self.sizes[-1])


class Whole(Flowable):
    """A flowable that is never split: beside pictures, it stands there whole or goes under them."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.content.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def getSpaceBefore(self) -> float:
        return self.content.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.content.getSpaceAfter()

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


class FixedSize(Flowable):
    """A flowable as ImageAndFlowables wants its image: one size, which it may not restrict."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content
        self.width, self.height = content.wrap(1e6, 1e6)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _restrictSize(self, available_width: float, available_height: float) -> tuple[float, float]:  # noqa: N802
        return self.width, self.height

    def _unRestrictSize(self) -> None:  # noqa: N802
        pass

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


@dataclass(frozen=True)
class Where:
    """Where a flowable was placed: the height left for it, whether at the top of the page, and the
    space after the flowable above it (reportlab's frame takes it from the space before the next)."""

    height: float
    at_top: bool
    space_above: float


class HereOrOverleaf(Flowable):
    """`parts` and then `following` on this page where they all fit in what is left of it; else `parts` on
    this page when they fit in what is left of it, then `following` from a new page; else
    `parts` at the top of the new page with `following` right after them; else those of `parts` that fit
    stay on this page and the others go under the last of `following` where they fit there, else on a
    page before it. So a short section (the stage's goals, the walking advice) does not take a page of its
    own before the log sheet, which always starts a page, where that can be helped, and never trails
    after it alone. `page_height`: the text frame's."""

    def __init__(self, parts: list[Flowable], following: list[Flowable], page_height: float) -> None:
        super().__init__()
        self.parts, self.following, self.page_height = parts, following, page_height
        self.asked: Where | None = None  # where it was placed (tail_trial.py lays out its like from there)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, available_height + 1  # never fits as it is: the frame asks to split it

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.asked is None:
            frame = self._frame
            space_above = frame._prevASpace if frame._oASpace and not frame._atTop else 0
            self.asked = Where(available_height, bool(frame._atTop), space_above)
        room = available_height - self.parts[0].getSpaceBefore()  # the frame adds it above the first part
        together = stacked_height([*self.parts, *self.following[:1]], available_width, self.canv)
        at_top = available_height >= self.page_height - 1  # the page before was full: this one is new
        # Known to fit: their content, as a KeepTogether always asks the frame to split it first.
        here = [flowable for part in self.parts for flowable in _unwrapped(part)]
        if together <= (self.page_height if at_top else room):  # all on this page: one page fewer
            return [*here, *self.following]
        if stacked_height(self.parts, available_width, self.canv) <= room:
            return [*here, PageBreak(), *self.following]
        if together <= self.page_height:
            return [PageBreak(), *self.parts, *self.following]
        stay: list[Flowable] = []
        for part in self.parts:  # in their order, each that still fits under those that stay
            room = available_height - part.getSpaceBefore()
            if stacked_height([*stay, part], available_width, self.canv) <= room:
                stay.append(part)
        later = [part for part in self.parts if part not in stay]
        here = [flowable for part in stay for flowable in _unwrapped(part)]
        if stacked_height([self.following[-1], *later], available_width, self.canv) <= self.page_height:
            return [*here, PageBreak(), *self.following, *later]  # on the last page of `following`
        return [*here, PageBreak(), *later, *self.following]  # their own page, not a few lines after it

    def draw(self) -> None:
        pass


def _unwrapped(part: Flowable) -> list[Flowable]:
    return list(part._content) if isinstance(part, KeepTogether) else [part]
