"""How many pages a handout's last part (its closing sections, then the log sheet) takes from where it
starts, found without building the handout again: each part stands in as a blank of its size, laid out
by reportlab's own frame from the very height and spacing the handout left it (HereOrOverleaf.asked).
document.py uses it to try the log sheet's other row names, which only that part holds: a whole second
build, drawn and compressed, doubled the time of most handouts."""

from __future__ import annotations

from io import BytesIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from ptplanner.handouts.flowables import HereOrOverleaf, Where
from ptplanner.handouts.styles import Layout, stacked_height


class Blank(Flowable):
    """A stand-in of `part`'s height and spacing (a KeepTogether's as its content's), never split."""

    def __init__(self, part: Flowable, width: float, canvas: Canvas) -> None:
        super().__init__()
        self.width, self.height = width, stacked_height([part], width, canvas)
        content = getattr(part, "_content", None) or [part]
        self.spaceBefore, self.spaceAfter = content[0].getSpaceBefore(), content[-1].getSpaceAfter()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        pass


def tail_pages(
    parts: list[Flowable], following: list[Flowable], layout: Layout, where: Where | None
) -> int | None:
    """The pages `parts` and then `following` take, placed as HereOrOverleaf places them from `where` (None:
    `following` alone, from the top of a page). None when only a whole build can tell: a part is longer
    than a page, the stand-ins were not given the room the handout had, or `parts` is empty where the
    handout had some (then the log sheet follows a page break, not the closing part)."""
    if where is not None and not parts:
        return None
    canvas = Canvas(BytesIO())
    stand_ins = [Blank(part, layout.width, canvas) for part in following]
    closing = [Blank(part, layout.width, canvas) for part in parts]
    if any(blank.height > layout.height for blank in [*stand_ins, *closing]):
        return None  # a part longer than a page is split where it is printed: a blank cannot be
    story: list[Flowable] = stand_ins
    tail = None
    if where is not None:
        tail = HereOrOverleaf(closing, stand_ins, layout.height)
        story = [tail]
        if not where.at_top:  # what stood above it, and the space after it
            above = Spacer(layout.width, layout.height - where.height - where.space_above)
            above.spaceAfter = where.space_above
            story = [above, tail]
    frame = Frame(0, 0, layout.width, layout.height, 0, 0, 0, 0)
    document = BaseDocTemplate(
        BytesIO(), pagesize=(layout.width, layout.height), pageTemplates=[PageTemplate(frames=[frame])]
    )
    document.build(story)
    if tail is not None and not _same_place(tail.asked, where):
        return None
    return document.page


def _same_place(found: Where | None, wanted: Where) -> bool:
    """Equal but for the last digits of the heights' sums (reportlab fits to within 1e-6 points too)."""
    return (
        found is not None
        and abs(found.height - wanted.height) < 1e-6
        and (found.at_top, found.space_above) == (wanted.at_top, wanted.space_above)
    )
