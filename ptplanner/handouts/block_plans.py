"""How each exercise block was laid out, kept so that the same exercise printed again (in the next handout
of a running app, or the next of a batch) is built in its layout straight away instead of trying them all.

A plan is known by everything its layout depends on: the block's words as printed (block_words.py: so its
number, dose, note, language and fonts), its pictures, the video address, the lead printed over it, the
text frame's size and every type style. Any change to one of them is another key, so a kept plan is
never used for a block it was not made for; the block built from a plan is the one the layouts tried would
have chosen (tests/handouts/test_handout_caches.py compares the PDFs).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from threading import Lock

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ptplanner.core.pose import Pictures
from ptplanner.handouts.block_words import BlockWords
from ptplanner.handouts.paragraphs import style_key
from ptplanner.handouts.styles import Layout

MOST_PLANS = 2_000  # blocks, a few hundred bytes each besides the words; the least recently used go first


@dataclass(frozen=True)
class Way:
    """How the pictures and the words of one size of a block stand: `place` "words" (no pictures), "above"
    (the rows of pictures across the page over the words), "left" (the pictures at the left, the words
    beside and then under them), "rows" (words beside each row that leaves them room) or "one-a-row"
    (pictures too wide for the page, made smaller); `rows`: the number of pictures in each row; `split`:
    the steps' share of the width beside the reminders (0: the reminders under the steps)."""

    place: str
    rows: tuple[int, ...] = ()
    split: float = 0


@dataclass(frozen=True)
class Size:
    """One size a block may print at: its pictures' body length, whether packed, and its layout."""

    body_cm: float
    packed: bool
    way: Way


@dataclass(frozen=True)
class Plan:
    """The sizes of a block, largest first; `code_beside`: its QR code stands beside the pictures, not
    beside the name and dose."""

    code_beside: bool
    sizes: tuple[Size, ...]


_plans: OrderedDict[tuple, Plan] = OrderedDict()
_lock = Lock()


def plan_key(
    words: BlockWords, pictures: Pictures | None, video: str | None, lead: Sequence[Flowable], layout: Layout
) -> tuple | None:
    """What a block's layout depends on; None when the lead is not plain paragraphs (then not kept)."""
    if not all(type(part) is Paragraph for part in lead):
        return None
    lead_key = tuple((part.text, part.bulletText, style_key(part.style)) for part in lead)
    look = tuple(
        style_key(value) if isinstance(value, ParagraphStyle) else value for value in _fields(layout.look)
    )
    return words, pictures, video, lead_key, layout.width, layout.height, look


def _fields(instance: object) -> tuple:
    """A dataclass's field values (dataclasses.astuple would deep-copy the styles)."""
    return tuple(getattr(instance, name) for name in instance.__dataclass_fields__)


def kept_plan(key: tuple | None) -> Plan | None:
    if key is None:
        return None
    with _lock:  # handouts may be printed on several threads at once
        plan = _plans.get(key)
        if plan is not None:
            _plans.move_to_end(key)
        return plan


def keep_plan(key: tuple | None, plan: Plan) -> None:
    if key is None:
        return
    with _lock:
        _plans[key] = plan
        while len(_plans) > MOST_PLANS:
            _plans.popitem(last=False)


def forget_plans() -> None:
    """As if no block had been laid out since the app started."""
    with _lock:
        _plans.clear()
