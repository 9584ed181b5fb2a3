"""Two small flowables the exercise blocks need and reportlab lacks."""

from __future__ import annotations

from reportlab.platypus import Flowable


class Whole(Flowable):
    """Flowables one under the other, as wide as offered, never split."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self.heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.heights = [part.wrap(available_width, 1e6)[1] for part in self.parts]
        self.height = sum(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        top = self.height
        for part, height in zip(self.parts, self.heights):
            top -= height
            part.drawOn(self.canv, 0, top)


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
